package dev.opboot.envtest;

/**
 * A failure of {@code op-boot envtest} with the sentence to show the user: what went wrong, where,
 * and what to do. {@link #badInput()} tells a request that cannot be met as asked (a version the
 * index does not have, nothing installed with {@code --installed-only}) from a failure while
 * working (the network, a corrupt archive, the disk).
 */
public final class EnvTestException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean badInput;

  private EnvTestException(String message, boolean badInput, Throwable cause) {
    super(message, cause);
    this.badInput = badInput;
  }

  /** The request cannot be met as asked: a flag or version to change. */
  public static EnvTestException badInput(String message) {
    return new EnvTestException(message, true, null);
  }

  /** The work failed: the network, the index, the archive or the disk. */
  public static EnvTestException failed(String message) {
    return new EnvTestException(message, false, null);
  }

  /** The work failed, because of {@code cause}. */
  public static EnvTestException failed(String message, Throwable cause) {
    return new EnvTestException(message, false, cause);
  }

  /** Whether the request itself is to change (exit 2) rather than the work failed (exit 1). */
  public boolean badInput() {
    return badInput;
  }
}
