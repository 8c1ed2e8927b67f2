package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's first minutes: in an empty folder, {@code op-boot init} and {@code op-boot create
 * api}, then the generated project's own {@code mvn verify}, whose tests exercise the reconciler.
 */
class ScaffoldedProjectIT {
  @Test
  void aFreshlyScaffoldedOperatorBuildsAndPassesItsOwnTests(@TempDir Path tmp) throws Exception {
    Path project = Files.createDirectory(tmp.resolve("guestbook"));

    OpBootProcess.Result init = OpBootProcess.opBoot(project, List.of("init", "--domain", "example.com"));
    assertThat(init.exitCode()).as(init.output()).isZero();
    OpBootProcess.Result api = OpBootProcess.opBoot(project,
        List.of("create", "api", "--group", "webapp", "--version", "v1", "--kind", "Guestbook"));
    assertThat(api.exitCode()).as(api.output()).isZero();

    OpBootProcess.Result build = OpBootProcess.maven(project, tmp.resolve("mvn-verify.log"), "verify");
    assertThat(build.exitCode()).as("mvn verify in the scaffolded project failed:%n%s",
        OpBootProcess.tail(build.output(), 80)).isZero();

    SurefireReports reconciler = SurefireReports.of(project,
        "com.example.guestbook.controller.GuestbookReconcilerTest");
    assertThat(reconciler.tests()).isGreaterThanOrEqualTo(3);
    assertThat(reconciler.failures() + reconciler.errors() + reconciler.skipped()).isZero();
    assertThat(project.resolve("target/guestbook.jar")).isRegularFile();
  }
}
