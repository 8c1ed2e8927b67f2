package dev.opboot.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The flags every {@code generate} command takes: what to read, --check, the project folder. */
final class GenerateOptions {
  @Option(
      names = "--source",
      paramLabel = "DIR",
      order = 1,
      description =
          "A folder of Java sources to read; repeatable (default in a project: src/main/java).")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--classpath",
      paramLabel = "CLASSPATH",
      order = 2,
      description =
          "The jars and folders the sources compile against, separated by ':' (default in a"
              + " Maven project: its compile class path, resolved by Maven and cached in target/op-boot).")
  String classpath;

  @Option(
      names = "--check",
      order = 10,
      description = "Write nothing; show a diff of every stale file and exit 1 if any is stale.")
  boolean check;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      order = 11,
      description = "The project's folder (default: the current folder).")
  String dir;

  /** The project folder these flags name, resolved against op-boot's working folder. */
  Path project(OpBoot root) {
    return root.workingDirectory().resolve(dir == null ? "." : dir).normalize();
  }
}
