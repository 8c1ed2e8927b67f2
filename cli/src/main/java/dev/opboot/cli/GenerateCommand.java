package dev.opboot.cli;

import picocli.CommandLine.Command;

/** {@code op-boot generate}: manifests derived from the code. */
@Command(
    name = "generate",
    header = "Generate manifests from the project's Java code.",
    subcommands = {GenerateCrdCommand.class, GenerateRbacCommand.class})
final class GenerateCommand extends CommandGroup {
}
