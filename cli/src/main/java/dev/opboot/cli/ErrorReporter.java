package dev.opboot.cli;

import dev.opboot.project.CommandFailedException;
import dev.opboot.core.files.OutputException;
import dev.opboot.generate.GeneratorException;
import dev.opboot.core.BadInputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one paragraph on stderr (what went wrong, where, how to fix it) and
 * the exit code {@link ExitCodes} assigns. Stack traces only with --verbose: users need the
 * sentence, not the Java internals.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
  private final OpBoot root;

  ErrorReporter(OpBoot root) {
    this.root = root;
  }

  @Override
  public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    String message;
    if (failure instanceof BadInputException || failure instanceof OutputException
        || failure instanceof GeneratorException || failure instanceof CommandFailedException) {
      message = failure.getMessage();
    } else {
      message = "unexpected " + failure.getClass().getSimpleName()
          + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
          + ". This is a bug in op-boot; run again with --verbose and report the output.";
    }
    err.println("op-boot: error: " + message);
    if (root.verbose) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    }
    err.flush();
    return ExitCodes.of(failure);
  }

  /** picocli's own parse errors: the message, then where to find the command's usage. */
  static int reportUsage(CommandLine.ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("op-boot: error: " + failure.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(failure, err);
    err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for its options.");
    err.flush();
    return ExitCodes.USAGE;
  }
}
