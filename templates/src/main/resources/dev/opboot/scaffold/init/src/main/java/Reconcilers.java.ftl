package [=project.package];

import io.javaoperatorsdk.operator.Operator;
import java.time.Clock;
// op-boot:scaffold:imports

/**
 * The reconcilers of [=project.name], and what each is built with.
 *
 * <p>This class is yours: construct reconcilers here with what they need (a clock, settings,
 * clients). {@code op-boot create api} only ever adds an import and a registration at the markers
 * below, and adds nothing for a reconciler this class already constructs or registers, however you
 * have changed that line; {@link [=project.mainClass]} is never edited by op-boot after init.
 */
final class Reconcilers {

    private Reconcilers() {
    }

    /**
     * Registers every reconciler with {@code operator}; {@code op-boot create api} adds new ones. They read
     * the time from {@code clock} rather than the system, so that their tests can fix it.
     */
    static void registerAll(Operator operator) {
        Clock clock = Clock.systemUTC();
        // op-boot:scaffold:reconcilers
    }
}
