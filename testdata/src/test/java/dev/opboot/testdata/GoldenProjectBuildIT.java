package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.testing.EnvTestAssets;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden scaffold (two groups, one kind in two versions) is a project that builds and passes
 * its tests, built once with its own {@code mvn verify}.
 *
 * <p>Its {@code OperatorIT} needs an API server and skips itself without one, and a skipped inner
 * test would make that build pass all the same: so whether it ran and passed is a test of its own
 * here, skipped (counted, and CI fails on skipped tests) when {@code KUBEBUILDER_ASSETS} is not
 * set, instead of a pass that proved nothing.
 */
class GoldenProjectBuildIT {
  @TempDir static Path tmp;

  private static Path project;
  private static Processes.Result build;

  @BeforeAll
  static void copyAndBuild() throws Exception {
    project = tmp.resolve("guestbook-operator");
    Trees.copy(TestdataDir.goldenScaffold(), project);
    build = OpBootProcess.maven(project, tmp.resolve("mvn-verify.log"), "verify");
  }

  @Test
  void goldenScaffoldBuildsWithMavenVerify() throws Exception {
    assertBuilt();
    for (String test :
        new String[] {
          "com.example.guestbookoperator.controller.GuestbookReconcilerTest",
          "com.example.guestbookoperator.controller.MemcachedReconcilerTest",
          "com.example.guestbookoperator.ManagementServerTest"
        }) {
      SurefireReports report = SurefireReports.of(project, test);
      assertThat(report.tests()).as(test).isGreaterThanOrEqualTo(3);
      assertThat(report.failures() + report.errors() + report.skipped()).as(test).isZero();
    }
    // the build regenerated the CRDs; the golden tree already holds them, byte for byte
    assertThat(Trees.differences(Trees.read(TestdataDir.goldenScaffold()), Trees.read(project)))
        .as("the golden project's own build changed it")
        .isEmpty();
  }

  @Test
  void operatorItRunsAndPassesOnARealApiServer() throws Exception {
    Assumptions.assumeTrue(
        EnvTestAssets.fromEnvironment().isPresent(), EnvTestAssets.NOT_SET_MESSAGE);
    assertBuilt();
    SurefireReports it =
        SurefireReports.ofIntegrationTest(project, "com.example.guestbookoperator.OperatorIT");
    assertThat(it.tests()).isEqualTo(1);
    assertThat(it.failures() + it.errors() + it.skipped())
        .as("OperatorIT must run and pass")
        .isZero();
  }

  private static void assertBuilt() {
    assertThat(build.exitCode())
        .as("mvn verify in the golden project failed:%n%s", OpBootProcess.tail(build.output(), 80))
        .isZero();
  }
}
