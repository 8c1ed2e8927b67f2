package dev.opboot.core.files;

/**
 * The output folder cannot take the computed files (read-only, a file where a folder must be, or a
 * write that failed). Nothing is left half-written when this is thrown by {@link ChangeSet#apply}.
 */
public class OutputException extends Exception {
  private static final long serialVersionUID = 1L;

  public OutputException(String message) {
    super(message);
  }

  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Writing failed part-way for a reason of the machine's, not of what the user asked (the disk
   * full, an I/O error), after the checks that the place is writable had passed.
   */
  public static final class WriteFailed extends OutputException {
    private static final long serialVersionUID = 1L;

    public WriteFailed(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
