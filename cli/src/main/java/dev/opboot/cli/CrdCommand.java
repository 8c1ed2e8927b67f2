package dev.opboot.cli;

import picocli.CommandLine.Command;

/** {@code op-boot crd}: the group of commands about CRDs themselves. */
@Command(
    name = "crd",
    header = "Work with CustomResourceDefinitions: compare releases for breaking changes.",
    subcommands = CrdDiffCommand.class)
final class CrdCommand extends CommandGroup {}
