package dev.opboot.cli;

import picocli.CommandLine.Option;

/**
 * {@code --output}, for a command that runs one generator (all of them write to their own folders).
 */
final class OutputOption {
  @Option(
      names = "--output",
      paramLabel = "DIR",
      order = 3,
      description = "Where the generated files go (default in a project: as described above).")
  String output;
}
