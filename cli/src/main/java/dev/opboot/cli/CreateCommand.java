package dev.opboot.cli;

import picocli.CommandLine.Command;

/** {@code op-boot create}: the group of commands that add to a project. */
@Command(
    name = "create",
    header = "Add to an op-boot project.",
    subcommands = {CreateApiCommand.class, CreateWebhookCommand.class})
final class CreateCommand extends CommandGroup {}
