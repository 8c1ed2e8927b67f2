package com.example.guestbookoperator.controller;

import com.example.guestbookoperator.Conditions;
import com.example.guestbookoperator.Events;
import com.example.guestbookoperator.api.cache.v1alpha1.Memcached;
import com.example.guestbookoperator.api.cache.v1alpha1.MemcachedStatus;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MemcachedReconciler reconciles Memcached objects (cache.example.com/v1alpha1).
 */
@ControllerConfiguration
public class MemcachedReconciler implements Reconciler<Memcached> {

    public static final String CONDITION_READY = "Ready";

    private static final Logger log = LoggerFactory.getLogger(MemcachedReconciler.class);

    private final Clock clock;

    /**
     * @param clock the time the reconciler stamps the status with; {@code Reconcilers} passes the system's,
     *     a test a fixed one
     */
    public MemcachedReconciler(Clock clock) {
        this.clock = clock;
    }

    /** On the system's clock, as registrations written before reconcilers took one construct it. */
    public MemcachedReconciler() {
        this(Clock.systemUTC());
    }

    /**
     * Moves the current state of the cluster closer to the desired state described by the Memcached.
     */
    @Override
    public UpdateControl<Memcached> reconcile(Memcached resource, Context<Memcached> context) {
        log.info("Reconciling Memcached {}", resource.getMetadata().getName());

        // TODO(user): your reconciliation logic here, e.g. create or update secondary resources
        // with context.getClient() or use dependent resources (see 'op-boot create api --owns').

        Long generation = resource.getMetadata().getGeneration();
        MemcachedStatus status = resource.getStatus() != null ? resource.getStatus() : new MemcachedStatus();
        boolean wasReady = Conditions.find(status.getConditions(), CONDITION_READY)
                .map(c -> Conditions.TRUE.equals(c.getStatus()))
                .orElse(false);
        status.setObservedGeneration(generation);
        status.setConditions(Conditions.set(status.getConditions(), new ConditionBuilder()
                .withType(CONDITION_READY)
                .withStatus(Conditions.TRUE)
                .withReason("Reconciled")
                .withMessage("Memcached reconciled successfully")
                .withObservedGeneration(generation)
                .build(), clock));
        resource.setStatus(status);
        if (!wasReady) {
            Events.record(context.getClient(), resource, Events.NORMAL, "Ready", "Memcached is ready", clock);
        }
        return UpdateControl.patchStatus(resource);
    }
}
