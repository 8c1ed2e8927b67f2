package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code init --namespaced}: an operator that watches only its own namespace, as kubebuilder's
 * namespaced manager. PROJECT records it, config/rbac holds a Role and a RoleBinding, the manager
 * gets {@code WATCH_NAMESPACE} from the pod's namespace, and {@code create api} registers each
 * reconciler to watch those namespaces; the project compiles. Without the flag nothing of it shows.
 */
class InitNamespacedTest {
  private static final String MAIN = "src/main/java/com/example/shopoperator/";

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path project = fs.getPath("/home/dev/shop-operator");
  @TempDir Path classes;

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private Map<String, String> scaffold(String... initFlags) throws Exception {
    Files.createDirectories(project);
    String[] init = new String[initFlags.length + 3];
    init[0] = "init";
    init[1] = "--domain";
    init[2] = "example.com";
    System.arraycopy(initFlags, 0, init, 3, initFlags.length);
    CliRun run = CliRun.in(project, init);
    assertThat(run.exitCode()).as(run.err()).isZero();
    CliRun api =
        CliRun.in(
            project, "create", "api", "--group", "shop", "--version", "v1", "--kind", "Order");
    assertThat(api.exitCode()).as(api.err()).isZero();
    return CliRun.tree(project);
  }

  @Test
  void aNamespacedOperatorWatchesWatchNamespaceWithARole() throws Exception {
    Map<String, String> tree = scaffold("--namespaced");

    assertThat(tree.get("PROJECT"))
        .contains("package: com.example.shopoperator\nnamespaced: true\n");
    assertThat(tree.get("config/rbac/role.yaml"))
        .contains("kind: Role\nmetadata:\n  name: manager-role\n");
    assertThat(tree.get("config/rbac/role_binding.yaml"))
        .contains(
            "kind: RoleBinding\n",
            "roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n");
    assertThat(tree.get("config/manager/manager.yaml"))
        .contains(
            "        - name: WATCH_NAMESPACE\n"
                + "          valueFrom:\n"
                + "            fieldRef:\n"
                + "              fieldPath: metadata.namespace\n");
    assertThat(tree.get(MAIN + "OperatorMain.java"))
        .contains(
            "newOperator(null, watchedNamespaces(), leaderElection,",
            "System.getenv(\"WATCH_NAMESPACE\")",
            "Reconcilers.registerAll(operator, namespaces);");
    assertThat(tree.get(MAIN + "Reconcilers.java"))
        .contains("operator.register(new OrderReconciler(clock), watching(namespaces));");
    assertThat(tree.get("config/rbac/shop_order_editor_role.yaml"))
        .as("the helper roles for admins stay ClusterRoles, bound where they are needed")
        .contains("kind: ClusterRole\n");
    assertThat(ScaffoldCompiler.errors(project, classes)).isEmpty();
  }

  @Test
  void aClusterScopedKindGetsNoReconcilerInANamespacedProject() throws Exception {
    scaffold("--namespaced");
    Map<String, String> before = CliRun.tree(project);
    String[] api = {
      "create",
      "api",
      "--group",
      "shop",
      "--version",
      "v1",
      "--kind",
      "Region",
      "--namespaced=false"
    };

    CliRun refused = CliRun.in(project, api);

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .contains(
            "a reconciler of the cluster-scoped kind Region needs a ClusterRole, which its"
                + " config/rbac does not bind. Leave --namespaced=false out for a namespaced kind, or"
                + " pass --controller=false to scaffold the API without a reconciler. Nothing was"
                + " changed.");
    assertThat(CliRun.tree(project)).isEqualTo(before);
    String[] apiOnly = java.util.Arrays.copyOf(api, api.length + 1);
    apiOnly[api.length] = "--controller=false";
    CliRun typesOnly = CliRun.in(project, apiOnly);
    assertThat(typesOnly.exitCode()).as(typesOnly.err()).isZero();
  }

  @Test
  void withoutTheFlagTheOperatorWatchesEveryNamespace() throws Exception {
    Map<String, String> tree = scaffold();

    assertThat(tree.get("PROJECT")).doesNotContain("namespaced: true\nopBootVersion");
    assertThat(tree.get("config/rbac/role.yaml")).contains("kind: ClusterRole\n");
    assertThat(tree.get("config/rbac/role_binding.yaml")).contains("kind: ClusterRoleBinding\n");
    assertThat(tree.get("config/manager/manager.yaml")).doesNotContain("WATCH_NAMESPACE");
    assertThat(tree.get(MAIN + "Reconcilers.java"))
        .contains("operator.register(new OrderReconciler(clock));");
    assertThat(ScaffoldCompiler.errors(project, classes)).isEmpty();
  }
}
