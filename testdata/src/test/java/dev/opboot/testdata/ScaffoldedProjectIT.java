package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.testing.EnvTestAssets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's first minutes: in an empty folder, {@code op-boot init} and {@code op-boot create
 * api}, then the generated project's own {@code mvn verify}: its unit tests exercise the
 * reconciler, its build generates the CRD, and its integration test reconciles the sample on a real
 * API server.
 */
class ScaffoldedProjectIT {
  @TempDir static Path tmp;

  private static ScaffoldedBuild scaffolded;

  @BeforeAll
  static void scaffoldAndBuild() throws Exception {
    scaffolded =
        ScaffoldedBuild.of(
            tmp,
            "guestbook",
            List.of(
                ScaffoldedBuild.command("init", "--domain", "example.com"),
                ScaffoldedBuild.command(
                    "create",
                    "api",
                    "--group",
                    "webapp",
                    "--version",
                    "v1",
                    "--kind",
                    "Guestbook")));
  }

  @Test
  void buildsAndPassesItsUnitTests() throws Exception {
    scaffolded
        .passed()
        .unitTestsPassed("com.example.guestbook.controller.GuestbookReconcilerTest", 3);
    Path project = scaffolded.project();
    assertThat(project.resolve("target/guestbook.jar")).isRegularFile();
    assertThat(project.resolve("config/crd/bases/webapp.example.com_guestbooks.yaml"))
        .isRegularFile();
  }

  @Test
  void reconcilesTheSampleOnARealApiServer() throws Exception {
    EnvTestAssets.assumeFound();
    SurefireReports it =
        scaffolded.passed().integrationTestsPassed("com.example.guestbook.OperatorIT", 1);
    assertThat(it.tests()).isEqualTo(1);
  }
}
