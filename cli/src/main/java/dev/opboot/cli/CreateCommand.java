package dev.opboot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code op-boot create}: the group of commands that add to a project. */
@Command(
    name = "create",
    description = "Add to an op-boot project.",
    subcommands = CreateApiCommand.class)
final class CreateCommand implements Runnable {
  @Mixin
  HelpOption help;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
