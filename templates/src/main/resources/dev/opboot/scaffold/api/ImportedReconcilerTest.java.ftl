package [=project.controllerPackage];

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import [=resource.apiPackage].[=resource.kind];
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import org.junit.jupiter.api.Test;

class [=resource.reconciler]Test {

    private final [=resource.reconciler] reconciler = new [=resource.reconciler]();

    @SuppressWarnings("unchecked")
    private final Context<[=resource.kind]> context = mock(Context.class);

    @Test
    void reconcileLeavesTheResourceAsItIs() {
        [=resource.kind] resource = new [=resource.kind]();
        resource.setMetadata(new ObjectMetaBuilder()
                .withName("[=resource.kindLower]-[=resource.version]-sample")
<#if resource.namespaced>
                .withNamespace("default")
</#if>
                .withGeneration(1L)
                .build());

        UpdateControl<[=resource.kind]> control = reconciler.reconcile(resource, context);

        assertThat(control.isNoUpdate()).isTrue();
    }
}
