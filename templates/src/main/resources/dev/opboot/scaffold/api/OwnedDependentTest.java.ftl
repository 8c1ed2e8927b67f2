package [=project.controllerPackage];

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import [=resource.apiPackage].[=resource.kind];
import [=resource.apiPackage].[=resource.kind]Spec;
import [=owned.modelClass];
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.javaoperatorsdk.operator.api.reconciler.Context;
<#if owned.kind == "Secret">
import java.nio.charset.StandardCharsets;
import java.util.Base64;
</#if>
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The [=owned.kind] a [=resource.kind] owns, created the way JOSDK creates it, against fabric8's mock API
 * server (CRUD mode: it keeps what it is sent). That the operator keeps it there, and puts it back when it is
 * deleted, is [=resource.kind]OwnedResourcesIT's to prove against a real API server.
 */
@EnableKubernetesMockClient(crud = true)
class [=owned.dependent]Test {

    /** A client of a fresh mock API server for each test, set by {@code @EnableKubernetesMockClient}. */
    KubernetesClient client;

    @SuppressWarnings("unchecked")
    private final Context<[=resource.kind]> context = mock(Context.class, RETURNS_DEEP_STUBS);

    private final [=owned.dependent] dependent = new [=owned.dependent]();

    @BeforeEach
    void giveTheContextAClient() {
        when(context.getClient()).thenReturn(client);
        // the mock server has no server-side apply, which JOSDK uses in a cluster: create with a plain POST
        when(context.getControllerConfiguration().getConfigurationService().shouldUseSSA(any(), any(), any()))
                .thenReturn(false);
    }

    @Test
    void createsThe[=owned.kind]OwnedByThe[=resource.kind]() {
        [=resource.kind] primary = newPrimary();

        dependent.create(dependent.desired(primary, context), primary, context);

        [=owned.kind] created = client.resources([=owned.kind].class)
                .inNamespace("default")
                .withName(primary.getMetadata().getName())
                .get();
        assertThat(created).as("the [=owned.kind] in the mock API server").isNotNull();
        assertThat(created.getMetadata().getOwnerReferences()).singleElement().satisfies(owner -> {
            assertThat(owner.getApiVersion()).isEqualTo("[=resource.apiGroup]/[=resource.version]");
            assertThat(owner.getKind()).isEqualTo("[=resource.kind]");
            assertThat(owner.getName()).isEqualTo(primary.getMetadata().getName());
            assertThat(owner.getUid()).isEqualTo(primary.getMetadata().getUid());
        });
        assertThat(created.getMetadata().getLabels())
                .containsEntry("app.kubernetes.io/instance", primary.getMetadata().getName());
<#switch owned.kind>
<#case "Deployment">
<#case "StatefulSet">
<#case "DaemonSet">
        assertThat(created.getSpec().getSelector().getMatchLabels())
                .isEqualTo(created.getSpec().getTemplate().getMetadata().getLabels());
        assertThat(created.getSpec().getTemplate().getSpec().getContainers())
                .singleElement()
                .satisfies(container -> assertThat(container.getImage()).isEqualTo("nginx:1.27"));
<#break>
<#case "Job">
        assertThat(created.getSpec().getTemplate().getSpec().getContainers())
                .singleElement()
                .satisfies(container -> assertThat(container.getImage()).isEqualTo("nginx:1.27"));
<#break>
<#case "Service">
        assertThat(created.getSpec().getSelector()).isEqualTo([=resource.reconciler].labels(primary));
<#break>
<#case "ConfigMap">
        assertThat(created.getData()).containsEntry("foo", "bar");
<#break>
<#case "Secret">
        assertThat(created.getData()).containsEntry("foo",
                Base64.getEncoder().encodeToString("bar".getBytes(StandardCharsets.UTF_8)));
<#break>
<#default>
</#switch>
    }

    private static [=resource.kind] newPrimary() {
        [=resource.kind] primary = new [=resource.kind]();
        primary.setMetadata(new ObjectMetaBuilder()
                .withName("[=resource.kindLower]-[=resource.version]-sample")
<#if resource.namespaced>
                .withNamespace("default")
</#if>
                .withUid("0d6a1e58-7c4b-4bbf-9d0e-4b1f2a3c5d6e")
                .withGeneration(1L)
                .build());
        [=resource.kind]Spec spec = new [=resource.kind]Spec();
        spec.setFoo("bar");
<#if resource.ownsPods>
        spec.setImage("nginx:1.27");
</#if>
        primary.setSpec(spec);
        return primary;
    }
}
