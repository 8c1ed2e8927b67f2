package dev.opboot.scaffold;

/**
 * A scaffold cannot be applied as asked: the message says what is wrong and how to fix it.
 * {@link #option()} names the command-line flag at fault, when one is.
 */
public class ScaffoldException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String option;

  public ScaffoldException(String message) {
    this(null, message);
  }

  public ScaffoldException(String option, String message) {
    super(message);
    this.option = option;
  }

  public ScaffoldException(String message, Throwable cause) {
    super(message, cause);
    this.option = null;
  }

  /** The flag at fault, such as {@code --kind}, or {@code null}. */
  public String option() {
    return option;
  }
}
