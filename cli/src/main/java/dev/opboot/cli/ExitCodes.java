package dev.opboot.cli;

import dev.opboot.core.files.OutputException;
import dev.opboot.core.BadInputException;
import picocli.CommandLine;

/**
 * Every exit code op-boot returns, and which failure maps to which. Scripts and CI rely on these,
 * so they are decided here and nowhere else.
 */
public final class ExitCodes {
  /** The command did what was asked. */
  public static final int OK = 0;
  /** The command failed while working, or (for --check) found stale files. */
  public static final int FAILURE = 1;
  /** The command was asked for something it cannot do: a bad flag, a bad project, a conflict. */
  public static final int USAGE = 2;

  private ExitCodes() {}

  /** The exit code for a failure thrown by a command. */
  public static int of(Throwable failure) {
    if (failure instanceof BadInputException || failure instanceof OutputException
        || failure instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    return FAILURE;
  }
}
