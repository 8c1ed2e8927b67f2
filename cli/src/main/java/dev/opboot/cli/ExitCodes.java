package dev.opboot.cli;

import dev.opboot.core.BadInputException;
import dev.opboot.core.files.OutputException;
import dev.opboot.generate.problem.GeneratorException;
import picocli.CommandLine;

/**
 * Every exit code op-boot returns, and which failure maps to which. Scripts and CI rely on these,
 * so they are decided here and nowhere else:
 *
 * <ul>
 *   <li>0: done;
 *   <li>1: the command failed while working at something other than its input: {@code --check}
 *       found stale files, a tool it runs (Maven, kubectl, the operator) or the cluster failed, the
 *       project stayed locked by another op-boot; the disk filled up while writing;
 *   <li>2: bad input, and nothing was written: a flag, the PROJECT file, a file given to read, or
 *       the project's Java sources (a class that does not compile, an annotation that cannot hold),
 *       an output folder op-boot cannot write to.
 * </ul>
 */
public final class ExitCodes {
  /** The command did what was asked. */
  public static final int OK = 0;

  /**
   * The command failed while working at something other than its input, or (for --check) found
   * stale files.
   */
  public static final int FAILURE = 1;

  /** Bad input: a bad flag, PROJECT file, input file or Java source; nothing was written. */
  public static final int USAGE = 2;

  private ExitCodes() {}

  /** The exit code for a failure thrown by a command. */
  public static int of(Throwable failure) {
    if (failure instanceof OutputException.WriteFailed) {
      return FAILURE;
    }
    if (failure instanceof BadInputException
        || failure instanceof GeneratorException
        || failure instanceof OutputException
        || failure instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    return FAILURE;
  }
}
