package dev.opboot.cli;

import dev.opboot.core.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The flags every {@code generate} command takes: what to read, where to write, --check. */
final class GenerateOptions {
  @Option(names = "--source", paramLabel = "DIR", order = 1,
      description = "A folder of Java sources to read; repeatable (default in a project: src/main/java).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--classpath", paramLabel = "CLASSPATH", order = 2,
      description = "The jars and folders the sources compile against, separated by ':' (default in a"
          + " Maven project: its compile class path, resolved by Maven and cached in target/op-boot).")
  String classpath;

  @Option(names = "--output", paramLabel = "DIR", order = 3,
      description = "Where the generated files go (default in a project: as described above).")
  String output;

  @Option(names = "--check", order = 10,
      description = "Write nothing; show a diff of every stale file and exit 1 if any is stale.")
  boolean check;

  @Option(names = "--dir", paramLabel = "DIR", order = 11,
      description = "The project's folder (default: the current folder).")
  String dir;

  /** The project folder these flags name, resolved against op-boot's working folder. */
  Path project(CommandSpec spec) {
    OpBoot root = (OpBoot) spec.root().userObject();
    return root.workingDirectory().resolve(dir == null ? "." : dir).normalize();
  }

  /** Where to read and write, with the project's defaults. */
  GenerateTarget target(CommandSpec spec, String defaultOutput, String what) throws BadInputException {
    return GenerateTarget.of(project(spec), sources, classpath, output, defaultOutput, what);
  }
}
