package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.testing.EnvTestAssets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A namespaced operator from scratch (#19's third acceptance): {@code op-boot init --namespaced}
 * and {@code op-boot create api}, then the project's own {@code mvn verify}. Its build generates
 * the role from the code as a Role (PROJECT says namespaced), and its OperatorIT runs the operator
 * as its service account, bound by the RoleBinding of config/rbac in the one namespace it watches,
 * and must see the sample reconciled there. The kind owns a Deployment and a ConfigMap ({@code
 * --owns}), whose IT runs with that Role too.
 */
class NamespacedProjectIT {
  @TempDir static Path tmp;

  private static ScaffoldedBuild scaffolded;

  @BeforeAll
  static void scaffoldAndBuild() throws Exception {
    scaffolded =
        ScaffoldedBuild.of(
            tmp,
            "tickets",
            List.of(
                ScaffoldedBuild.command("init", "--domain", "example.com", "--namespaced"),
                ScaffoldedBuild.command(
                    "create",
                    "api",
                    "--group",
                    "support",
                    "--version",
                    "v1",
                    "--kind",
                    "Ticket",
                    "--owns",
                    "Deployment,ConfigMap")));
  }

  @Test
  void theBuildGeneratesARoleInTheOperatorsNamespace() throws Exception {
    Path project = scaffolded.passed().project();
    String role = Files.readString(project.resolve("config/rbac/role.yaml"));
    assertThat(role)
        .contains("kind: Role\nmetadata:\n  name: manager-role\nrules:\n", "- tickets\n")
        .doesNotContain("ClusterRole", "namespace:");
    assertThat(Files.readString(project.resolve("config/rbac/role_binding.yaml")))
        .contains("kind: RoleBinding\n")
        .doesNotContain("ClusterRole");
  }

  @Test
  void operatorItReconcilesAsTheNamespacedServiceAccount() throws Exception {
    EnvTestAssets.assumeFound();
    SurefireReports it =
        scaffolded.passed().integrationTestsPassed("com.example.tickets.OperatorIT", 1);
    assertThat(it.tests()).isEqualTo(1);
  }

  /** The owned objects of {@code --owns}, created by the operator with the namespaced Role. */
  @Test
  void ownedResourcesItPassesWithTheRoleInTheWatchedNamespace() throws Exception {
    EnvTestAssets.assumeFound();
    scaffolded.passed().integrationTestsPassed("com.example.tickets.TicketOwnedResourcesIT", 1);
    assertThat(Files.readString(scaffolded.project().resolve("config/rbac/role.yaml")))
        .contains("- deployments\n", "- configmaps\n");
  }
}
