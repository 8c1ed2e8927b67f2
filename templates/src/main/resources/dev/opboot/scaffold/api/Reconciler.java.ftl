package [=project.controllerPackage];

import [=project.package].Conditions;
import [=project.package].Events;
import [=resource.apiPackage].[=resource.kind];
import [=resource.apiPackage].[=resource.kind]Status;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
<#if resource.owns?has_content>
import io.javaoperatorsdk.operator.api.reconciler.Workflow;
import io.javaoperatorsdk.operator.api.reconciler.dependent.Dependent;
</#if>
import java.time.Clock;
<#if resource.owns?has_content>
import java.util.Map;
</#if>
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * [=resource.reconciler] reconciles [=resource.kind] objects ([=resource.apiGroup]/[=resource.version]).
<#if resource.owns?has_content>
 *
 * <p>The objects a [=resource.kind] owns are JOSDK's managed dependent resources, one class each, listed in
 * the {@code @Workflow} below: JOSDK's recommended way for a reconciler to own Kubernetes objects.
 * Before {@link #reconcile} runs, JOSDK applies each dependent's desired state (server-side apply), with an
 * owner reference to the [=resource.kind]; it watches the owned kinds and maps their events back to the
 * owner through that reference, so an owned object that is changed or deleted is put back, and Kubernetes'
 * garbage collector deletes the owned objects with their owner. This reconciler is left with the status.
 * (An {@code InformerEventSource} with the owner-reference mapper gives the same watch for objects you
 * create yourself with {@code context.getClient()}, when a dependent's fixed desired state does not fit.)
</#if>
 */
<#if resource.owns?has_content>
@Workflow(dependents = {
<#list resource.owns as owned>
        @Dependent(type = [=owned.dependent].class)<#sep>,</#sep>
</#list>
})
</#if>
@ControllerConfiguration
public class [=resource.reconciler] implements Reconciler<[=resource.kind]> {

    public static final String CONDITION_READY = "Ready";

    private static final Logger log = LoggerFactory.getLogger([=resource.reconciler].class);

    private final Clock clock;

    /**
     * @param clock the time the reconciler stamps the status with; {@code Reconcilers} passes the system's,
     *     a test a fixed one
     */
    public [=resource.reconciler](Clock clock) {
        this.clock = clock;
    }

    /** On the system's clock, as registrations written before reconcilers took one construct it. */
    public [=resource.reconciler]() {
        this(Clock.systemUTC());
    }
<#if resource.owns?has_content>

    /**
     * The labels of every object a [=resource.kind] owns: they tell its objects apart from other
     * [=resource.kind]s', and the selectors of its workloads and services match them.
     */
    static Map<String, String> labels([=resource.kind] resource) {
        return Map.of(
                "app.kubernetes.io/name", "[=resource.kindLower]",
                "app.kubernetes.io/instance", resource.getMetadata().getName(),
                "app.kubernetes.io/managed-by", "[=project.name]");
    }
</#if>

    /**
     * Moves the current state of the cluster closer to the desired state described by the [=resource.kind].
     */
    @Override
    public UpdateControl<[=resource.kind]> reconcile([=resource.kind] resource, Context<[=resource.kind]> context) {
<#if resource.namespaced>
        log.info("Reconciling [=resource.kind] {}/{}",
                resource.getMetadata().getNamespace(), resource.getMetadata().getName());
<#else>
        log.info("Reconciling [=resource.kind] {}", resource.getMetadata().getName());
</#if>

<#if resource.owns?has_content>
        // The owned <#list resource.owns as owned>[=owned.kind]<#sep>, </#sep></#list> are up to date here: JOSDK reconciled the
        // dependents of the @Workflow first. context.getSecondaryResource([=resource.owns[0].kind].class) reads one.
        // TODO(user): the rest of your reconciliation logic here.
<#else>
        // TODO(user): your reconciliation logic here, e.g. create or update secondary resources
        // with context.getClient() or use dependent resources (see 'op-boot create api --owns').
</#if>

        Long generation = resource.getMetadata().getGeneration();
        [=resource.kind]Status status = resource.getStatus() != null ? resource.getStatus() : new [=resource.kind]Status();
        boolean wasReady = Conditions.find(status.getConditions(), CONDITION_READY)
                .map(c -> Conditions.TRUE.equals(c.getStatus()))
                .orElse(false);
        status.setObservedGeneration(generation);
        status.setConditions(Conditions.set(status.getConditions(), new ConditionBuilder()
                .withType(CONDITION_READY)
                .withStatus(Conditions.TRUE)
                .withReason("Reconciled")
                .withMessage("[=resource.kind] reconciled successfully")
                .withObservedGeneration(generation)
                .build(), clock));
        resource.setStatus(status);
        if (!wasReady) {
            Events.record(context.getClient(), resource, Events.NORMAL, "Ready", "[=resource.kind] is ready", clock);
        }
        return UpdateControl.patchStatus(resource);
    }
}
