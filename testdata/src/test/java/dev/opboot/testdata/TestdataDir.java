package dev.opboot.testdata;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where testdata/ is: this module's folder, which Maven runs the tests in. */
final class TestdataDir {
  private TestdataDir() {}

  static Path path() {
    Path dir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    if (!Files.isRegularFile(dir.resolve("scaffold/commands"))) {
      throw new IllegalStateException(
          "run these tests from the testdata module (no scaffold/commands in " + dir + ")");
    }
    return dir;
  }

  static Path goldenScaffold() {
    return path().resolve("scaffold/golden");
  }
}
