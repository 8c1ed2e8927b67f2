package dev.opboot.cli;

import dev.opboot.core.BadInputException;
import dev.opboot.generate.GeneratedFiles;
import dev.opboot.project.CommandFailedException;
import dev.opboot.project.CompatCheck;
import dev.opboot.project.CrdCompatibility;
import java.io.PrintWriter;
import java.nio.file.Path;
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

  /**
   * The check these flags ask for, with the released CRDs already read (before anything is
   * written), or null when --check-compat is not given.
   *
   * @param output the CRD generator's output folder
   */
  CompatCheck prepare(Path project, Path output) throws BadInputException, CommandFailedException {
    if (allow != null && ref == null) {
      throw new BadInputException(
          CompatCheck.ALLOW_FLAG,
          CompatCheck.ALLOW_FLAG
              + " needs "
              + CompatCheck.FLAG
              + " REF: add it, or leave the allow list out.");
    }
    return ref == null ? null : CompatCheck.prepare(project, ref, output, allow, null);
  }

  /**
   * Prints the check of {@code generated} (the CRD generator's files, for {@code output}) after the
   * generation's report; false when it fails the run. Nothing when {@code check} is null.
   */
  static boolean report(
      CompatCheck check, GeneratedFiles generated, Path project, Path output, PrintWriter out)
      throws BadInputException {
    if (check == null) {
      return true;
    }
    Path shown = output.startsWith(project) ? project.relativize(output) : output;
    CrdCompatibility result = check.check(generated, shown.toString());
    out.println();
    out.println(check.heading());
    out.print(result.text());
    return !result.failed();
  }
}
