package dev.opboot.generate.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.GeneratorException.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ClusterRole or Role: one manager role, namespaced when the rules say a namespace, and what is
 * refused.
 */
class RbacScopeTest {
  @TempDir Path tmp;

  private RbacFixture reconcilerWith(String... rules) {
    return RbacFixture.withShop(tmp)
        .java(
            "ShopReconciler",
            String.join("\n", rules)
                + "\npublic class ShopReconciler implements Reconciler<Shop> {"
                + RbacFixture.RECONCILE
                + "}\n");
  }

  private List<String> problems(RbacFixture fixture) {
    try {
      fixture.role();
    } catch (GeneratorException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected problems");
  }

  @Test
  void aNamespaceMakesTheWholeRoleARoleThere() throws Exception {
    java.util.Map<String, String> files =
        reconcilerWith(
                "@RbacRule(groups = \"\", resources = \"secrets\", verbs = \"get\", namespace = \"shops\")",
                "@RbacRule(groups = \"\", resources = \"services\", verbs = \"get\", namespace = \"shops\")")
            .files();
    assertThat(files.get(RbacGenerator.FILE_NAME))
        .isEqualTo(
            RbacGenerator.HEADER
                + NamespaceRoleFiles.NONE_HERE
                + "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n"
                + "  name: manager-role\nrules: []\n");
    assertThat(files.get(NamespaceRoleFiles.ROLES))
        .startsWith(
            NamespaceRoleFiles.ROLES_HEADER
                + """
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          labels:
            op-boot.dev/watched-namespace: "true"
          name: manager-role
          namespace: shops
        rules:
        """)
        .contains("  - shops/status\n");
    assertThat(files.get(NamespaceRoleFiles.BINDINGS)).contains("  namespace: shops\n");
  }

  @Test
  void twoNamespacesAreRefused() {
    RbacFixture fixture =
        reconcilerWith(
            "@RbacRule(groups = \"\", resources = \"secrets\", verbs = \"get\", namespace = \"one\")",
            "@RbacRule(groups = \"\", resources = \"services\", verbs = \"get\", namespace = \"two\")");
    Path file = fixture.file("ShopReconciler");
    assertThat(problems(fixture))
        .containsExactly(
            file
                + ":20:1: @RbacRule on ShopReconciler names the namespace"
                + " 'two', but @RbacRule on ShopReconciler at "
                + file
                + ":19:1 names 'one'. op-boot writes one manager role,"
                + " a Role in one namespace or a ClusterRole: name the same namespace on every @RbacRule, or none.");
  }

  @Test
  void aClusterWideRuleNextToANamespacedOneIsRefused() {
    RbacFixture fixture =
        reconcilerWith(
            "@RbacRule(groups = \"\", resources = \"secrets\", verbs = \"get\", namespace = \"one\")",
            "@RbacRule(groups = \"\", resources = \"nodes\", verbs = \"get\")");
    Path file = fixture.file("ShopReconciler");
    assertThat(problems(fixture))
        .containsExactly(
            file
                + ":20:1: @RbacRule on ShopReconciler names no namespace,"
                + " so it asks for a cluster-wide permission, but @RbacRule on ShopReconciler at "
                + file
                + ":19:1 makes the"
                + " manager role a Role in namespace 'one'. Add namespace = \"one\" to this rule too, or remove the namespace"
                + " there to get a ClusterRole.");
  }

  @Test
  void clusterScopedResourcesAndUrlsCannotBeInARole() {
    RbacFixture fixture =
        new RbacFixture(tmp)
            .java(
                "Fleet",
                "@Group(\"fleet.example.com\") @Version(\"v1\") public class Fleet extends CustomResource<Void, Void> {}")
            .java(
                "FleetReconciler",
                """
            @RbacRule(groups = "", resources = "secrets", verbs = "get", namespace = "ops")
            @RbacRule(urls = "/metrics", verbs = "get", namespace = "ops")
            public class FleetReconciler implements Reconciler<Fleet> {
              public UpdateControl<Fleet> reconcile(Fleet f, Context<Fleet> c) { return UpdateControl.noUpdate(); }
            }
            """);
    List<String> problems = problems(fixture);
    assertThat(problems).hasSize(4);
    assertThat(problems.get(0))
        .isEqualTo(
            fixture.file("FleetReconciler")
                + ":19:1: the primary resource of"
                + " FleetReconciler is about [fleets], which is cluster-scoped, so a Role in namespace 'ops' (from "
                + fixture.file("FleetReconciler")
                + ":19:1) cannot grant it. Remove the namespace from the @RbacRules to get"
                + " a ClusterRole.");
    assertThat(problems.get(3))
        .contains(
            ":20:1: @RbacRule on FleetReconciler allows non-resource URLs, which only"
                + " a ClusterRole can grant");
  }
}
