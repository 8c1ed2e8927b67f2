package dev.opboot.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a scaffolded project's own test run reported, read from its surefire XML. */
record SurefireReports(int tests, int failures, int errors, int skipped) {
  private static final Pattern SUITE =
      Pattern.compile(
          "<testsuite [^>]*?tests=\"(\\d+)\"[^>]*?errors=\"(\\d+)\"[^>]*?skipped=\"(\\d+)\"[^>]*?failures=\"(\\d+)\"");

  /** The counts of one unit-test class, e.g. {@code com.example.FooTest}. */
  static SurefireReports of(Path project, String testClass) throws IOException {
    return read(project.resolve("target/surefire-reports/TEST-" + testClass + ".xml"), testClass);
  }

  /** The counts of one integration-test class (failsafe), e.g. {@code com.example.FooIT}. */
  static SurefireReports ofIntegrationTest(Path project, String testClass) throws IOException {
    return read(project.resolve("target/failsafe-reports/TEST-" + testClass + ".xml"), testClass);
  }

  private static SurefireReports read(Path report, String testClass) throws IOException {
    if (!Files.isRegularFile(report)) {
      throw new AssertionError("no surefire report for " + testClass + " in " + report.getParent());
    }
    Matcher m = SUITE.matcher(Files.readString(report));
    if (!m.find()) {
      throw new AssertionError("cannot read the counts in " + report);
    }
    return new SurefireReports(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(4)),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
  }
}
