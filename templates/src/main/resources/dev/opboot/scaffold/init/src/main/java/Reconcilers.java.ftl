package [=project.package];

<#if project.namespaced>
import io.fabric8.kubernetes.api.model.HasMetadata;
</#if>
import io.javaoperatorsdk.operator.Operator;
<#if project.namespaced>
import io.javaoperatorsdk.operator.api.config.ControllerConfigurationOverrider;
</#if>
import java.time.Clock;
<#if project.namespaced>
import java.util.Set;
import java.util.function.Consumer;
</#if>
// op-boot:scaffold:imports

/**
 * The reconcilers of [=project.name], and what each is built with.
 *
 * <p>This class is yours: construct reconcilers here with what they need (a clock, settings,
 * clients). {@code op-boot create api} only ever adds an import and a registration at the markers
 * below, and adds nothing for a reconciler this class already constructs or registers, however you
 * have changed that line; {@link [=project.mainClass]} is never edited by op-boot after init, but for the
 * line {@code op-boot create webhook} adds at its marker to start the webhook server.
 */
final class Reconcilers {

    private Reconcilers() {
    }

<#if project.namespaced>
    /**
     * Registers every reconciler with {@code operator}, each watching {@code namespaces} only (the
     * operator's Role is there); {@code op-boot create api} adds new ones. They read the time from
     * {@code clock} rather than the system, so that their tests can fix it.
     */
    static void registerAll(Operator operator, Set<String> namespaces) {
        Clock clock = Clock.systemUTC();
        // op-boot:scaffold:reconcilers
    }

    /** Has a reconciler watch {@code namespaces}, whatever its {@code @ControllerConfiguration} says. */
    static <P extends HasMetadata> Consumer<ControllerConfigurationOverrider<P>> watching(Set<String> namespaces) {
        return overrider -> overrider.settingNamespaces(namespaces);
    }
<#else>
    /**
     * Registers every reconciler with {@code operator}; {@code op-boot create api} adds new ones. They read
     * the time from {@code clock} rather than the system, so that their tests can fix it.
     */
    static void registerAll(Operator operator) {
        Clock clock = Clock.systemUTC();
        // op-boot:scaffold:reconcilers
    }
</#if>
}
