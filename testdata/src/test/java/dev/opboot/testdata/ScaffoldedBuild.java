package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A project as a user makes one: op-boot's commands run in an empty folder, then the project's own
 * {@code mvn verify}. The set-up the scaffolded-project ITs share, and the checks they make of its
 * test reports.
 *
 * @param project the project's folder
 * @param build the {@code mvn verify} run
 * @param logs where the build's logs go
 */
record ScaffoldedBuild(Path project, Processes.Result build, Path logs) {

  /**
   * Runs {@code commands} (each op-boot's arguments) in {@code tmp/name}, failing on the first that
   * exits non-zero, then {@code mvn verify} there.
   */
  static ScaffoldedBuild of(Path tmp, String name, List<List<String>> commands) throws Exception {
    return verify(tmp, scaffold(tmp, name, commands));
  }

  /**
   * Runs {@code commands} in {@code tmp/name}, for a test that edits the project before its build.
   */
  static Path scaffold(Path tmp, String name, List<List<String>> commands) throws Exception {
    Path project = Files.createDirectory(tmp.resolve(name));
    for (List<String> args : commands) {
      opBoot(project, args);
    }
    return project;
  }

  /** Runs {@code mvn verify} in {@code project}, logging into {@code tmp}. */
  static ScaffoldedBuild verify(Path tmp, Path project) throws Exception {
    return new ScaffoldedBuild(
        project, OpBootProcess.maven(project, tmp.resolve("mvn-verify.log"), "verify"), tmp);
  }

  /** Runs op-boot with {@code args} in {@code project}, failing unless it exits 0. */
  static void opBoot(Path project, List<String> args) throws Exception {
    Processes.Result result = OpBootProcess.opBoot(project, args);
    assertThat(result.exitCode())
        .as("op-boot %s: %s", String.join(" ", args), result.output())
        .isZero();
  }

  /** op-boot's arguments, for {@link #of}'s command list. */
  static List<String> command(String... args) {
    return Arrays.asList(args);
  }

  /** Fails, with the end of the build's output, unless {@code mvn verify} passed. */
  ScaffoldedBuild passed() {
    assertThat(build.exitCode())
        .as(
            "mvn verify in the scaffolded project failed:%n%s",
            OpBootProcess.tail(build.output(), 80))
        .isZero();
    return this;
  }

  /**
   * The reports of unit test class {@code testClass}, checked: it ran at least {@code minimum}
   * tests and none failed or was skipped.
   */
  SurefireReports unitTestsPassed(String testClass, int minimum) throws Exception {
    return ranAndPassed(SurefireReports.of(project, testClass), testClass, minimum);
  }

  /** As {@link #unitTestsPassed}, for an integration test class run by failsafe. */
  SurefireReports integrationTestsPassed(String testClass, int minimum) throws Exception {
    return ranAndPassed(SurefireReports.ofIntegrationTest(project, testClass), testClass, minimum);
  }

  private static SurefireReports ranAndPassed(
      SurefireReports reports, String testClass, int minimum) {
    assertThat(reports.tests()).as("tests run in %s", testClass).isGreaterThanOrEqualTo(minimum);
    assertThat(reports.failures() + reports.errors() + reports.skipped())
        .as("%s must run and pass", testClass)
        .isZero();
    return reports;
  }
}
