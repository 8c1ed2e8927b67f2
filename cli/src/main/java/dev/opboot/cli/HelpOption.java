package dev.opboot.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h/--help} for subcommands. Not picocli's standard mixin, because that also adds {@code
 * --version}, which {@code create api} needs for the API version.
 */
final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;
}
