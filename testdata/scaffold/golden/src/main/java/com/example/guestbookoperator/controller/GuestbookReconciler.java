package com.example.guestbookoperator.controller;

import com.example.guestbookoperator.Conditions;
import com.example.guestbookoperator.Events;
import com.example.guestbookoperator.api.webapp.v1.Guestbook;
import com.example.guestbookoperator.api.webapp.v1.GuestbookStatus;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GuestbookReconciler reconciles Guestbook objects (webapp.example.com/v1).
 */
@ControllerConfiguration
public class GuestbookReconciler implements Reconciler<Guestbook> {

    public static final String CONDITION_READY = "Ready";

    private static final Logger log = LoggerFactory.getLogger(GuestbookReconciler.class);

    private final Clock clock;

    /**
     * @param clock the time the reconciler stamps the status with; {@code Reconcilers} passes the system's,
     *     a test a fixed one
     */
    public GuestbookReconciler(Clock clock) {
        this.clock = clock;
    }

    /** On the system's clock, as registrations written before reconcilers took one construct it. */
    public GuestbookReconciler() {
        this(Clock.systemUTC());
    }

    /**
     * Moves the current state of the cluster closer to the desired state described by the Guestbook.
     */
    @Override
    public UpdateControl<Guestbook> reconcile(Guestbook resource, Context<Guestbook> context) {
        log.info("Reconciling Guestbook {}/{}",
                resource.getMetadata().getNamespace(), resource.getMetadata().getName());

        // TODO(user): your reconciliation logic here, e.g. create or update secondary resources
        // with context.getClient() or use dependent resources (see 'op-boot create api --owns').

        Long generation = resource.getMetadata().getGeneration();
        GuestbookStatus status = resource.getStatus() != null ? resource.getStatus() : new GuestbookStatus();
        boolean wasReady = Conditions.find(status.getConditions(), CONDITION_READY)
                .map(c -> Conditions.TRUE.equals(c.getStatus()))
                .orElse(false);
        status.setObservedGeneration(generation);
        status.setConditions(Conditions.set(status.getConditions(), new ConditionBuilder()
                .withType(CONDITION_READY)
                .withStatus(Conditions.TRUE)
                .withReason("Reconciled")
                .withMessage("Guestbook reconciled successfully")
                .withObservedGeneration(generation)
                .build(), clock));
        resource.setStatus(status);
        if (!wasReady) {
            Events.record(context.getClient(), resource, Events.NORMAL, "Ready", "Guestbook is ready", clock);
        }
        return UpdateControl.patchStatus(resource);
    }
}
