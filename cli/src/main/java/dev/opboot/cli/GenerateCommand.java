package dev.opboot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code op-boot generate}: manifests derived from the code. */
@Command(
    name = "generate",
    description = "Generate manifests from the project's Java code.",
    subcommands = GenerateCrdCommand.class)
final class GenerateCommand implements Runnable {
  @Mixin
  HelpOption help;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
