package com.example.guestbookoperator;

import io.javaoperatorsdk.operator.Operator;
import java.time.Clock;
import com.example.guestbookoperator.controller.GuestbookReconciler;
import com.example.guestbookoperator.controller.MemcachedReconciler;
// op-boot:scaffold:imports

/**
 * The reconcilers of guestbook-operator, and what each is built with.
 *
 * <p>This class is yours: construct reconcilers here with what they need (a clock, settings,
 * clients). {@code op-boot create api} only ever adds an import and a registration at the markers
 * below, and adds nothing for a reconciler this class already constructs or registers, however you
 * have changed that line; {@link OperatorMain} is never edited by op-boot after init, but for the
 * line {@code op-boot create webhook} adds at its marker to start the webhook server.
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
        operator.register(new GuestbookReconciler(clock));
        operator.register(new MemcachedReconciler(clock));
        // op-boot:scaffold:reconcilers
    }
}
