package dev.opboot.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The op-boot command lines of a golden scenario, as listed in a commands file. */
record Scenario(List<List<String>> commands) {
  /** The golden scaffold's scenario: {@code testdata/scaffold/commands}. */
  static Scenario goldenScaffold() throws IOException {
    return read(TestdataDir.path().resolve("scaffold/commands"));
  }

  static Scenario read(Path file) throws IOException {
    List<List<String>> commands =
        Files.readAllLines(file).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .map(line -> Arrays.asList(line.split("\\s+")))
            .toList();
    return new Scenario(commands);
  }
}
