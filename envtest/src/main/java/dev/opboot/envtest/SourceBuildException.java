package dev.opboot.envtest;

/**
 * A {@link SourceBuild} that could not be done: the message says what failed and how to fix it, and
 * the store is as it was.
 */
public final class SourceBuildException extends Exception {
  private static final long serialVersionUID = 1L;

  public SourceBuildException(String message) {
    super(message);
  }
}
