package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.testing.EnvTestAssets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden scaffold (two groups, one kind in two versions) is a project that builds and passes its tests. */
class GoldenProjectBuildIT {
  @Test
  void goldenScaffoldBuildsWithMavenVerify(@TempDir Path tmp) throws Exception {
    Path project = tmp.resolve("guestbook-operator");
    Trees.copy(TestdataDir.goldenScaffold(), project);

    Processes.Result build = OpBootProcess.maven(project, tmp.resolve("mvn-verify.log"), "verify");

    assertThat(build.exitCode()).as("mvn verify in the golden project failed:%n%s",
        OpBootProcess.tail(build.output(), 80)).isZero();
    for (String test : new String[] {
        "com.example.guestbookoperator.controller.GuestbookReconcilerTest",
        "com.example.guestbookoperator.controller.MemcachedReconcilerTest",
        "com.example.guestbookoperator.ManagementServerTest"}) {
      SurefireReports report = SurefireReports.of(project, test);
      assertThat(report.tests()).as(test).isGreaterThanOrEqualTo(3);
      assertThat(report.failures() + report.errors() + report.skipped()).as(test).isZero();
    }
    SurefireReports it = SurefireReports.ofIntegrationTest(project, "com.example.guestbookoperator.OperatorIT");
    if (EnvTestAssets.fromEnvironment().isPresent()) {
      assertThat(it.failures() + it.errors() + it.skipped()).as("OperatorIT must run and pass").isZero();
      assertThat(it.tests()).isEqualTo(1);
    }
    // the build regenerated the CRDs; the golden tree already holds them, byte for byte
    assertThat(Trees.differences(Trees.read(TestdataDir.goldenScaffold()), Trees.read(project)))
        .as("the golden project's own build changed it").isEmpty();
  }
}
