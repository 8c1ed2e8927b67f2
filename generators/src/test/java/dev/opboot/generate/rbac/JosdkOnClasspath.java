package dev.opboot.generate.rbac;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class path the test operators compile against: this test's, which holds fabric8, op-boot's
 * annotations and java-operator-sdk's core (a test-scoped dependency of this module).
 */
final class JosdkOnClasspath {
  private JosdkOnClasspath() {}

  static List<Path> entries() {
    List<Path> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.add(Path.of(entry));
    }
    if (entries.stream().noneMatch(e -> e.toString().contains("operator-framework-core"))) {
      throw new IllegalStateException(
          "java-operator-sdk is not on the test class path; the pom declares"
              + " io.javaoperatorsdk:operator-framework-core in test scope");
    }
    return entries;
  }
}
