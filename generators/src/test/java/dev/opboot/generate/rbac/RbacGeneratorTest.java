package dev.opboot.generate.rbac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.generate.problem.GeneratorException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole engine: sources in, the manager role's YAML out, the same bytes every time. */
class RbacGeneratorTest {
  @TempDir Path tmp;

  private static final String OPERATOR =
      """
      @ControllerConfiguration
      @Workflow(dependents = {@Dependent(type = DeploymentDependent.class), @Dependent(type = ConfigDependent.class)})
      @RbacRule(groups = "", resources = "services", verbs = {"get", "list"})
      public class ShopReconciler implements Reconciler<Shop> {
      """
          + RbacFixture.RECONCILE
          + """
        @Override
        public java.util.List<io.javaoperatorsdk.operator.processing.event.source.EventSource<?, Shop>> prepareEventSources(
            io.javaoperatorsdk.operator.api.reconciler.EventSourceContext<Shop> context) {
          return java.util.List.of(new io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource<>(
              io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration
                  .from(Secret.class, Shop.class).build(), context));
        }
      }
      class DeploymentDependent extends CRUDKubernetesDependentResource<Deployment, Shop> {}
      class ConfigDependent extends KubernetesDependentResource<ConfigMap, Shop> {}
      """;

  @Test
  void writesTheManagerRoleAsControllerGenDoes() throws Exception {
    String yaml = RbacFixture.withShop(tmp).java("ShopReconciler", OPERATOR).yaml();
    assertThat(yaml)
        .isEqualTo(
            """
        # Permissions of the operator itself. Generated from the code by 'op-boot generate rbac', which the
        # build runs (op-boot's Maven plugin): edit the reconcilers or add @RbacRule, not this file.
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: manager-role
        rules:
        - apiGroups:
          - ""
          resources:
          - configmaps
          - secrets
          verbs:
          - get
          - list
          - watch
        - apiGroups:
          - ""
          resources:
          - events
          verbs:
          - create
          - patch
        - apiGroups:
          - ""
          resources:
          - services
          verbs:
          - get
          - list
        - apiGroups:
          - apps
          resources:
          - deployments
          verbs:
          - create
          - delete
          - get
          - list
          - patch
          - update
          - watch
        - apiGroups:
          - shop.example.com
          resources:
          - shops
          verbs:
          - get
          - list
          - patch
          - update
          - watch
        - apiGroups:
          - shop.example.com
          resources:
          - shops/finalizers
          verbs:
          - update
        - apiGroups:
          - shop.example.com
          resources:
          - shops/status
          verbs:
          - get
          - patch
          - update
        """);
  }

  @Test
  void sameCodeSameBytesWhateverTheOrderOfDeclarations() throws Exception {
    String first = RbacFixture.withShop(tmp.resolve("a")).java("ShopReconciler", OPERATOR).yaml();
    String again = RbacFixture.withShop(tmp.resolve("a")).java("ShopReconciler", OPERATOR).yaml();
    String reordered =
        RbacFixture.withShop(tmp.resolve("b"))
            .java(
                "ShopReconciler",
                OPERATOR
                    .replace(
                        "@Dependent(type = DeploymentDependent.class), @Dependent(type = ConfigDependent.class)",
                        "@Dependent(type = ConfigDependent.class), @Dependent(type = DeploymentDependent.class)")
                    .replace(
                        "@RbacRule(groups = \"\", resources = \"services\", verbs = {\"get\", \"list\"})",
                        "@RbacRule(groups = \"core\", resources = \"services\", verbs = {\"list\", \"get\", \"list\"})"))
            .yaml();
    assertThat(again).isEqualTo(first);
    assertThat(reordered).isEqualTo(first);
  }

  @Test
  void noReconcilerAndNoRuleNoRole() throws Exception {
    assertThat(RbacFixture.withShop(tmp).yaml()).isNull();
  }

  @Test
  void roleNameIsChecked() throws Exception {
    RbacFixture.withShop(tmp).java("ShopReconciler", OPERATOR).compile();
    assertThat(
            RbacGenerator.generate(
                    new RbacGenerator.Options(
                        List.of(tmp.resolve("src")), JosdkOnClasspath.entries(), "shop-manager"))
                .get("role.yaml"))
        .contains("name: shop-manager");
    assertThatThrownBy(
            () ->
                RbacGenerator.generate(
                    new RbacGenerator.Options(
                        List.of(tmp.resolve("src")), JosdkOnClasspath.entries(), "Manager_Role")))
        .isInstanceOf(GeneratorException.class)
        .hasMessageContaining("the role name 'Manager_Role' is not valid");
  }
}
