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
 * A scaffolded operator whose user narrows its controller to a named namespace, as JOSDK allows
 * ({@code @ControllerConfiguration(informer = @Informer(namespaces = "team-a"))}), with no other
 * change: the build's {@code generate rbac} writes a Role there (config/rbac/namespaces), and the
 * scaffolded OperatorIT creates the sample where the controller looks and reconciles it as the
 * service account. The OperatorIT used to create it in a namespace of its own, unwatched.
 */
class WatchingProjectIT {
  private static final String RECONCILER =
      "src/main/java/com/example/library/controller/BookReconciler.java";

  @TempDir static Path tmp;

  private static ScaffoldedBuild scaffolded;

  @BeforeAll
  static void scaffoldNarrowAndBuild() throws Exception {
    Path project =
        ScaffoldedBuild.scaffold(
            tmp,
            "library",
            List.of(
                ScaffoldedBuild.command("init", "--domain", "example.com"),
                ScaffoldedBuild.command(
                    "create", "api", "--group", "shelf", "--version", "v1", "--kind", "Book")));
    Path reconciler = project.resolve(RECONCILER);
    String source = Files.readString(reconciler);
    String narrowed =
        source.replace(
            "@ControllerConfiguration\n",
            "@ControllerConfiguration(informer ="
                + " @io.javaoperatorsdk.operator.api.config.informer.Informer(namespaces ="
                + " \"team-a\"))\n");
    assertThat(narrowed).as("the scaffold's @ControllerConfiguration").isNotEqualTo(source);
    Files.writeString(reconciler, narrowed);
    scaffolded = ScaffoldedBuild.verify(tmp, project);
  }

  @Test
  void theRoleIsWrittenForTheWatchedNamespace() throws Exception {
    Path project = scaffolded.passed().project();
    assertThat(Files.readString(project.resolve("config/rbac/namespaces/role.yaml")))
        .contains("  namespace: team-a\n", "- books\n");
  }

  @Test
  void operatorItReconcilesTheSampleInTheWatchedNamespace() throws Exception {
    EnvTestAssets.assumeFound();
    scaffolded.passed().integrationTestsPassed("com.example.library.OperatorIT", 1);
  }
}
