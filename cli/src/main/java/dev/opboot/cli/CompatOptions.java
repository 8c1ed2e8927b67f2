package dev.opboot.cli;

import picocli.CommandLine.Option;

/**
 * {@code generate crd}'s compatibility check: flags of the command rather than options of the
 * generator, because the check reads git (or a cluster), which the generator and the Maven plugin
 * stay free of.
 */
final class CompatOptions {
  @Option(
      names = "--check-compat",
      paramLabel = "REF",
      order = 12,
      description =
          "After generating, compare the CRDs with those released at REF, as 'op-boot crd diff'"
              + " does, print the report and exit 1 on a breaking change. REF is a git ref (the"
              + " output folder at that ref), git:<ref>:<path>, or cluster.")
  String ref;

  @Option(
      names = "--compat-allow",
      paramLabel = "FILE",
      order = 13,
      description =
          "The allow list of breaking changes --check-compat accepts (as 'crd diff --allow').")
  String allow;
}
