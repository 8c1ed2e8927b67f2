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
 * A newcomer's first minutes: in an empty folder, {@code op-boot init} and {@code op-boot create
 * api}, then the generated project's own {@code mvn verify}: its unit tests exercise the
 * reconciler, its build generates the CRD, and its integration test reconciles the sample on a real
 * API server.
 */
class ScaffoldedProjectIT {
  @TempDir static Path tmp;

  private static Path project;
  private static Processes.Result build;

  @BeforeAll
  static void scaffoldAndBuild() throws Exception {
    project = Files.createDirectory(tmp.resolve("guestbook"));
    Processes.Result init =
        OpBootProcess.opBoot(project, List.of("init", "--domain", "example.com"));
    assertThat(init.exitCode()).as(init.output()).isZero();
    Processes.Result api =
        OpBootProcess.opBoot(
            project,
            List.of(
                "create", "api", "--group", "webapp", "--version", "v1", "--kind", "Guestbook"));
    assertThat(api.exitCode()).as(api.output()).isZero();
    build = OpBootProcess.maven(project, tmp.resolve("mvn-verify.log"), "verify");
  }

  @Test
  void buildsAndPassesItsUnitTests() throws Exception {
    assertThat(build.exitCode())
        .as(
            "mvn verify in the scaffolded project failed:%n%s",
            OpBootProcess.tail(build.output(), 80))
        .isZero();
    SurefireReports reconciler =
        SurefireReports.of(project, "com.example.guestbook.controller.GuestbookReconcilerTest");
    assertThat(reconciler.tests()).isGreaterThanOrEqualTo(3);
    assertThat(reconciler.failures() + reconciler.errors() + reconciler.skipped()).isZero();
    assertThat(project.resolve("target/guestbook.jar")).isRegularFile();
    assertThat(project.resolve("config/crd/bases/webapp.example.com_guestbooks.yaml"))
        .isRegularFile();
  }

  @Test
  void reconcilesTheSampleOnARealApiServer() throws Exception {
    EnvTestAssets.assumeFound();
    assertThat(build.exitCode())
        .as(
            "mvn verify in the scaffolded project failed:%n%s",
            OpBootProcess.tail(build.output(), 80))
        .isZero();
    SurefireReports it =
        SurefireReports.ofIntegrationTest(project, "com.example.guestbook.OperatorIT");
    assertThat(it.tests()).isEqualTo(1);
    assertThat(it.failures() + it.errors() + it.skipped())
        .as("OperatorIT must run and pass")
        .isZero();
  }
}
