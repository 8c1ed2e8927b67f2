package dev.opboot.project;

/**
 * A failure outside op-boot's own logic that the user can act on: a build step, kubectl or the
 * cluster said no, or a tool is missing. Its message is the whole explanation (what failed, the
 * tool's own words, how to fix it), so it is reported without a stack trace.
 */
public final class CommandFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  public CommandFailedException(String message) {
    super(message);
  }
}
