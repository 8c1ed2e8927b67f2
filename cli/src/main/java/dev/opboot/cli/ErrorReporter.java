package dev.opboot.cli;

import dev.opboot.core.BadInputException;
import dev.opboot.core.files.OutputException;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.project.CommandFailedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one paragraph on stderr (what went wrong, where, how to fix it) and the
 * exit code {@link ExitCodes} assigns. Stack traces only with --verbose: users need the sentence,
 * not the Java internals.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
  private final OpBoot root;

  ErrorReporter(OpBoot root) {
    this.root = root;
  }

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    String message;
    if (failure instanceof BadInputException
        || failure instanceof OutputException
        || failure instanceof GeneratorException
        || failure instanceof CommandFailedException) {
      message = failure.getMessage();
    } else {
      message =
          "unexpected "
              + failure.getClass().getSimpleName()
              + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
              + ". This is a bug in op-boot; run again with --verbose and report the output.";
    }
    err.println("op-boot: error: " + shortened(message));
    if (root.verbose) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    }
    err.flush();
    return ExitCodes.of(failure);
  }

  /** Longest run of characters without a space that a message shows whole. */
  static final int LONGEST_WORD = 200;

  /**
   * {@code message} with every run of more than {@link #LONGEST_WORD} characters without a space (a
   * pasted value, a binary file's content) cut, saying how long it was: the user needs to recognise
   * the value, not to read it back.
   */
  static String shortened(String message) {
    StringBuilder out = new StringBuilder();
    java.util.regex.Matcher word =
        java.util.regex.Pattern.compile("\\S{" + (LONGEST_WORD + 1) + ",}").matcher(message);
    int last = 0;
    while (word.find()) {
      out.append(message, last, word.start())
          .append(message, word.start(), word.start() + LONGEST_WORD / 2)
          .append("... (")
          .append(word.end() - word.start())
          .append(" characters)");
      last = word.end();
    }
    return out.append(message.substring(last)).toString();
  }

  /** picocli's own parse errors: the message, then where to find the command's usage. */
  static int reportUsage(CommandLine.ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("op-boot: error: " + shortened(failure.getMessage()));
    CommandLine.UnmatchedArgumentException.printSuggestions(failure, err);
    err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for its options.");
    err.flush();
    return ExitCodes.USAGE;
  }
}
