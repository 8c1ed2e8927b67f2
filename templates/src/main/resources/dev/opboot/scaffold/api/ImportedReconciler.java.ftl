package [=project.controllerPackage];

import [=resource.apiPackage].[=resource.kind];
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * [=resource.reconciler] reconciles [=resource.kind] objects ([=resource.apiGroup]/[=resource.version]).
<#if resource.external>
 *
 * <p>[=resource.kind] is another project's API: its CRD is installed by its owner, and this operator
 * reads it through the imported classes. Leave its status to its owner.
</#if>
 */
@ControllerConfiguration
public class [=resource.reconciler] implements Reconciler<[=resource.kind]> {

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

        return UpdateControl.noUpdate();
    }
}
