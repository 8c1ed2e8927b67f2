package [=project.controllerPackage];

import [=resource.apiPackage].[=resource.kind];
import [=owned.modelClass];
import [=owned.modelClass]Builder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
<#if owned.kind == "Secret">
import java.nio.charset.StandardCharsets;
import java.util.Base64;
</#if>
<#if owned.kind == "ConfigMap" || owned.kind == "Secret">
import java.util.Map;
</#if>

/**
 * The [=owned.kind] a [=resource.kind] owns, as a JOSDK managed dependent resource of
 * [=resource.reconciler]'s {@code @Workflow}. This class says only what the [=owned.kind] should be
 * ({@link #desired}); JOSDK creates it, or updates it when it differs (server-side apply), with an owner
 * reference to the [=resource.kind], watches [=owned.kind]s and puts this one back when it is changed or
 * deleted. 'op-boot generate rbac' reads the {@code @Workflow} and grants the operator what that takes.
 */
public class [=owned.dependent] extends CRUDKubernetesDependentResource<[=owned.kind], [=resource.kind]> {

    public [=owned.dependent]() {
        super([=owned.kind].class);
    }

    /** The [=owned.kind] the [=resource.kind] asks for: named after it, in its namespace, with its labels. */
    @Override
    protected [=owned.kind] desired([=resource.kind] primary, Context<[=resource.kind]> context) {
        // TODO(user): the [=owned.kind] your [=resource.kind] needs, from its spec.
        return new [=owned.kind]Builder()
                .withNewMetadata()
                    .withName(primary.getMetadata().getName())
<#if resource.namespaced>
                    .withNamespace(primary.getMetadata().getNamespace())
<#else>
                    // [=resource.kind] is cluster-scoped, and a [=owned.kind] lives in a namespace
                    .withNamespace("default")
</#if>
                    .withLabels([=resource.reconciler].labels(primary))
                .endMetadata()
<#switch owned.kind>
<#case "Deployment">
                .withNewSpec()
                    .withReplicas(1)
                    .withNewSelector().withMatchLabels([=resource.reconciler].labels(primary)).endSelector()
                    .withNewTemplate()
                        .withNewMetadata().withLabels([=resource.reconciler].labels(primary)).endMetadata()
                        .withNewSpec()
                            .addNewContainer()
                                .withName("[=resource.kindLower]")
                                .withImage(primary.getSpec().getImage())
                            .endContainer()
                        .endSpec()
                    .endTemplate()
                .endSpec()
<#break>
<#case "StatefulSet">
                .withNewSpec()
                    .withReplicas(1)
                    .withServiceName(primary.getMetadata().getName())
                    .withNewSelector().withMatchLabels([=resource.reconciler].labels(primary)).endSelector()
                    .withNewTemplate()
                        .withNewMetadata().withLabels([=resource.reconciler].labels(primary)).endMetadata()
                        .withNewSpec()
                            .addNewContainer()
                                .withName("[=resource.kindLower]")
                                .withImage(primary.getSpec().getImage())
                            .endContainer()
                        .endSpec()
                    .endTemplate()
                .endSpec()
<#break>
<#case "DaemonSet">
                .withNewSpec()
                    .withNewSelector().withMatchLabels([=resource.reconciler].labels(primary)).endSelector()
                    .withNewTemplate()
                        .withNewMetadata().withLabels([=resource.reconciler].labels(primary)).endMetadata()
                        .withNewSpec()
                            .addNewContainer()
                                .withName("[=resource.kindLower]")
                                .withImage(primary.getSpec().getImage())
                            .endContainer()
                        .endSpec()
                    .endTemplate()
                .endSpec()
<#break>
<#case "Job">
                // a Job's pod template cannot change once created: a new image needs a new Job
                .withNewSpec()
                    .withBackoffLimit(3)
                    .withNewTemplate()
                        .withNewMetadata().withLabels([=resource.reconciler].labels(primary)).endMetadata()
                        .withNewSpec()
                            .withRestartPolicy("Never")
                            .addNewContainer()
                                .withName("[=resource.kindLower]")
                                .withImage(primary.getSpec().getImage())
                            .endContainer()
                        .endSpec()
                    .endTemplate()
                .endSpec()
<#break>
<#case "Service">
                .withNewSpec()
                    .withSelector([=resource.reconciler].labels(primary))
                    .addNewPort()
                        .withName("http")
                        .withProtocol("TCP")
                        .withPort(80)
                        .withNewTargetPort(80)
                    .endPort()
                .endSpec()
<#break>
<#case "ConfigMap">
                .withData(Map.of("foo", foo(primary)))
<#break>
<#case "Secret">
                .withType("Opaque")
                // data, not stringData: the API server keeps only data, so the two would never match
                .withData(Map.of("foo", Base64.getEncoder().encodeToString(foo(primary).getBytes(StandardCharsets.UTF_8))))
<#break>
<#default>
</#switch>
                .build();
    }
<#if owned.kind == "ConfigMap" || owned.kind == "Secret">

    private static String foo([=resource.kind] primary) {
        String foo = primary.getSpec() != null ? primary.getSpec().getFoo() : null;
        return foo != null ? foo : "";
    }
</#if>
}
