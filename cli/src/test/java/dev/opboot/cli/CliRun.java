package dev.opboot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Runs op-boot in-process in a working folder and captures what it printed. */
record CliRun(int exitCode, String out, String err) {

  static CliRun in(Path workingDirectory, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        OpBoot.commandLine(workingDirectory, new PrintWriter(out), new PrintWriter(err))
            .execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Every file under {@code root} by relative path, with its content: a tree's fingerprint. */
  static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }
}
