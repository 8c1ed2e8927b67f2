package dev.opboot.core.files;

/**
 * The output folder cannot take the computed files (read-only, a file where a folder must be,
 * or a write that failed). Nothing is left half-written when this is thrown by
 * {@link ChangeSet#apply}.
 */
public class OutputException extends Exception {
  private static final long serialVersionUID = 1L;

  public OutputException(String message) {
    super(message);
  }

  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
