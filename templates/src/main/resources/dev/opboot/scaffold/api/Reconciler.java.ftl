package [=project.controllerPackage];

import [=project.package].Conditions;
import [=resource.apiPackage].[=resource.kind];
import [=resource.apiPackage].[=resource.kind]Status;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * [=resource.reconciler] reconciles [=resource.kind] objects ([=resource.apiGroup]/[=resource.version]).
 */
@ControllerConfiguration
public class [=resource.reconciler] implements Reconciler<[=resource.kind]> {

    public static final String CONDITION_READY = "Ready";

    private static final Logger log = LoggerFactory.getLogger([=resource.reconciler].class);

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

        // TODO(user): your reconciliation logic here, e.g. create or update secondary resources
        // with context.getClient() or use dependent resources.

        Long generation = resource.getMetadata().getGeneration();
        [=resource.kind]Status status = resource.getStatus() != null ? resource.getStatus() : new [=resource.kind]Status();
        status.setObservedGeneration(generation);
        status.setConditions(Conditions.set(status.getConditions(), new ConditionBuilder()
                .withType(CONDITION_READY)
                .withStatus(Conditions.TRUE)
                .withReason("Reconciled")
                .withMessage("[=resource.kind] reconciled successfully")
                .withObservedGeneration(generation)
                .build()));
        resource.setStatus(status);
        return UpdateControl.patchStatus(resource);
    }
}
