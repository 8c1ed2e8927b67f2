package dev.opboot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --dir}, for the commands that work on an op-boot project as a whole. */
final class ProjectDirOption {
  @Option(
      names = "--dir",
      paramLabel = "DIR",
      order = 30,
      description = "The project's folder (default: the current folder).")
  String dir;

  /** The project folder, resolved against op-boot's working folder. */
  Path root(CommandSpec spec) {
    OpBoot root = (OpBoot) spec.root().userObject();
    return root.workingDirectory().resolve(dir == null ? "." : dir).normalize();
  }

  /**
   * Where tools' output goes as they run: the command's output with --verbose, nowhere otherwise.
   */
  static java.io.PrintWriter echo(CommandSpec spec) {
    return ((OpBoot) spec.root().userObject()).verbose ? spec.commandLine().getOut() : null;
  }
}
