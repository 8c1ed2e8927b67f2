package dev.opboot.testdata;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * This test JVM's class path, which the corpus's Java twins compile against (fabric8, Jackson,
 * annotations).
 */
final class TestClasspath {
  private TestClasspath() {}

  static List<Path> entries() {
    List<Path> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.add(Path.of(entry));
    }
    return entries;
  }
}
