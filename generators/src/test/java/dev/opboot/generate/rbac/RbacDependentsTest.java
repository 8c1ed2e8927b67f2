package dev.opboot.generate.rbac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.generate.problem.GeneratorException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JOSDK dependent resources: the kind each manages and the verbs its kind of dependent uses. */
class RbacDependentsTest {
  @TempDir Path tmp;

  private static String reconciler(String dependents) {
    return "@Workflow(dependents = {"
        + dependents
        + "})\n"
        + "public class ShopReconciler implements Reconciler<Shop> {"
        + RbacFixture.RECONCILE
        + "}\n";
  }

  private List<PolicyRule> dependentRules(String dependents, String classes) throws Exception {
    return RbacFixture.withShop(tmp)
        .java("ShopReconciler", reconciler(dependents) + classes)
        .grants()
        .stream()
        .filter(g -> g.origin().startsWith("the dependent"))
        .map(Grant::rule)
        .toList();
  }

  @Test
  void managedReadOnlyAndPartlyManagedDependents() throws Exception {
    List<PolicyRule> rules =
        dependentRules(
            """
        @Dependent(type = Crud.class), @Dependent(type = NoGc.class), @Dependent(type = ReadOnly.class),
        @Dependent(type = CreateOnly.class)""",
            """
        class Crud extends CRUDKubernetesDependentResource<Deployment, Shop> {}
        class NoGc extends io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDNoGCKubernetesDependentResource<
            io.fabric8.kubernetes.api.model.Service, Shop> {}
        class ReadOnly extends KubernetesDependentResource<ConfigMap, Shop> {}
        class CreateOnly extends KubernetesDependentResource<io.fabric8.kubernetes.api.model.batch.v1.Job, Shop>
            implements io.javaoperatorsdk.operator.processing.dependent.Creator<
                io.fabric8.kubernetes.api.model.batch.v1.Job, Shop> {}
        """);
    assertThat(rules)
        .containsExactly(
            PolicyRule.of(
                "apps",
                "deployments",
                "create",
                "delete",
                "get",
                "list",
                "patch",
                "update",
                "watch"),
            PolicyRule.of(
                "", "services", "create", "delete", "get", "list", "patch", "update", "watch"),
            PolicyRule.of("", "configmaps", "get", "list", "watch"),
            PolicyRule.of("batch", "jobs", "create", "get", "list", "patch", "watch"));
  }

  @Test
  void theKindThroughIntermediateGenericClassesAndAnExternalDependentNeedsNothing()
      throws Exception {
    List<PolicyRule> rules =
        dependentRules(
            "@Dependent(type = Config.class), @Dependent(type = External.class)",
            """
        abstract class Managed<R extends HasMetadata> extends CRUDKubernetesDependentResource<R, Shop> {}
        class Config extends Managed<ConfigMap> {}
        class External extends io.javaoperatorsdk.operator.processing.dependent.external.PerResourcePollingDependentResource<String, Shop, String> {
          External() { super(String.class); }
          public java.util.Set<String> fetchResources(Shop shop) { return java.util.Set.of(); }
        }
        """);
    assertThat(rules)
        .containsExactly(
            PolicyRule.of(
                "", "configmaps", "create", "delete", "get", "list", "patch", "update", "watch"));
  }

  @Test
  void aGenericDependentWithAConstantGroupVersionKind() throws Exception {
    List<PolicyRule> rules =
        dependentRules(
            "@Dependent(type = Sets.class), @Dependent(type = Routes.class)",
            """
        class Sets extends io.javaoperatorsdk.operator.processing.dependent.kubernetes.GenericKubernetesDependentResource<Shop> {
          Sets() { super(new io.javaoperatorsdk.operator.processing.GroupVersionKind("apps/v1", "StatefulSet")); }
        }
        class Routes extends io.javaoperatorsdk.operator.processing.dependent.kubernetes.GenericKubernetesDependentResource<Shop> {
          static final String GROUP = "route.openshift.io";
          static final io.javaoperatorsdk.operator.processing.GroupVersionKind ROUTE =
              new io.javaoperatorsdk.operator.processing.GroupVersionKind(GROUP, "v1", "Route");
          Routes() { super(ROUTE); }
        }
        """);
    assertThat(rules)
        .containsExactly(
            PolicyRule.of("apps", "statefulsets", "get", "list", "watch"),
            PolicyRule.of("route.openshift.io", "routes", "get", "list", "watch"));
  }

  @Test
  void standaloneDependentsCreatedInTheCode() throws Exception {
    List<PolicyRule> rules =
        RbacFixture.withShop(tmp)
            .java(
                "ShopReconciler",
                """
        public class ShopReconciler implements Reconciler<Shop> {
          private final KubernetesDependentResource<ConfigMap, Shop> config = new Config();
          private final KubernetesDependentResource<Secret, Shop> secret =
              new CRUDKubernetesDependentResource<Secret, Shop>(Secret.class) {};
        """
                    + RbacFixture.RECONCILE
                    + """
        }
        class Config extends KubernetesDependentResource<ConfigMap, Shop> {}
        """)
            .grants()
            .stream()
            .filter(g -> g.origin().startsWith("the dependent"))
            .map(Grant::rule)
            .toList();
    assertThat(rules)
        .containsExactly(
            PolicyRule.of("", "configmaps", "get", "list", "watch"),
            PolicyRule.of(
                "", "secrets", "create", "delete", "get", "list", "patch", "update", "watch"));
  }

  @Test
  void aDependentWhoseKindCannotBeResolvedIsAnErrorAtItsDependentLine() throws Exception {
    RbacFixture fixture =
        RbacFixture.withShop(tmp)
            .java(
                "ShopReconciler",
                reconciler(
                        """
        @Dependent(type = Crud.class),
          @Dependent(type = Anything.class)""")
                    + """
        class Crud extends CRUDKubernetesDependentResource<Deployment, Shop> {}
        class Anything<R extends HasMetadata> extends KubernetesDependentResource<R, Shop> {}
        """);
    assertThatThrownBy(fixture::grants)
        .isInstanceOf(GeneratorException.class)
        .hasMessage(
            fixture.file("ShopReconciler")
                + ":20:3: cannot tell which Kubernetes resource the dependent"
                + " Anything manages: its resource type is R, not a class. Give it a resource class as type argument"
                + " (extends CRUDKubernetesDependentResource<Deployment, MyResource>), pass a constant GroupVersionKind,"
                + " or declare its rules with @RbacRule on Anything or on ShopReconciler.");
  }

  @Test
  void aGenericDependentWithAComputedKindIsAnErrorUnlessItDeclaresItsRules() throws Exception {
    String generic =
        """
        class Computed extends io.javaoperatorsdk.operator.processing.dependent.kubernetes.GenericKubernetesDependentResource<Shop> {
          Computed() { super(new io.javaoperatorsdk.operator.processing.GroupVersionKind(System.getenv("GV"), "Thing")); }
        }
        """;
    RbacFixture failing =
        RbacFixture.withShop(tmp.resolve("a"))
            .java("ShopReconciler", reconciler("@Dependent(type = Computed.class)") + generic);
    assertThatThrownBy(failing::grants)
        .isInstanceOf(GeneratorException.class)
        .hasMessageContaining(":19:")
        .hasMessageContaining("System.getenv(\"GV\"), which is not a constant");

    List<Grant> grants =
        RbacFixture.withShop(tmp.resolve("b"))
            .java(
                "ShopReconciler",
                reconciler("@Dependent(type = Computed.class)")
                    + "@RbacRule(groups = \"things.example.com\", resources = \"things\","
                    + " verbs = {\"get\", \"list\", \"watch\", \"create\"})\n"
                    + generic)
            .grants();
    assertThat(grants)
        .extracting(Grant::rule)
        .contains(PolicyRule.of("things.example.com", "things", "get", "list", "watch", "create"));
  }
}
