package dev.opboot.core;

/**
 * The user asked for something op-boot cannot do as asked: a bad flag, a bad PROJECT file, a
 * conflict with what is on disk. The message says what is wrong, where, and how to fix it; every
 * front end reports it without a stack trace and exits with the bad-input code (2), having written
 * nothing. {@link #option()} names the command-line flag at fault, when one is.
 */
public class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String option;

  public BadInputException(String message) {
    this(null, message);
  }

  public BadInputException(String option, String message) {
    super(message);
    this.option = option;
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
    this.option = null;
  }

  /** The flag at fault, such as {@code --kind}, or {@code null}. */
  public String option() {
    return option;
  }
}
