package dev.opboot.testing;

import java.util.Optional;

/**
 * An operator's exception told in the few words that locate it: a refused permission as the rule to
 * add ({@link Forbidden}), anything else as its type and message with the first frame of the
 * project's own code, so that a failed test leads with the cause rather than with a log line
 * hundreds of lines back.
 */
public final class OperatorErrors {

  private static final String[] FRAMEWORK_PACKAGES = {
    "java.",
    "javax.",
    "jdk.",
    "sun.",
    "io.javaoperatorsdk.",
    "io.fabric8.",
    "io.micrometer.",
    "okhttp3.",
    "io.vertx."
  };

  private OperatorErrors() {}

  /** One or two lines: the cause, and where it was thrown in the project's code. */
  public static String describe(Throwable thrown) {
    Throwable failure = unwrapped(thrown);
    StringBuilder text = new StringBuilder();
    Optional<Forbidden> forbidden = Forbidden.in(failure);
    if (forbidden.isPresent()) {
      text.append(forbidden.get().describe());
    } else {
      text.append(failure);
      Throwable root = innermostWithMessage(failure);
      if (root != failure) {
        text.append(" (caused by ").append(root).append(')');
      }
    }
    projectFrame(failure).ifPresent(frame -> text.append("\n      at ").append(frame));
    return text.toString();
  }

  /**
   * The exception without JOSDK's wrappers: its {@code OperatorException} around a reconciler's
   * exception (from timing the execution) says nothing its cause does not.
   */
  private static Throwable unwrapped(Throwable thrown) {
    Throwable t = thrown;
    while (t.getCause() != null
        && t.getCause() != t
        && t.getClass().getName().startsWith("io.javaoperatorsdk.")) {
      t = t.getCause();
    }
    return t;
  }

  /**
   * The deepest cause that says something: wrappers such as JOSDK's {@code OperatorException} often
   * repeat or drop their cause's message.
   */
  private static Throwable innermostWithMessage(Throwable failure) {
    Throwable chosen = failure;
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        chosen = t;
      }
    }
    return chosen;
  }

  /** The first stack frame, over the whole cause chain, outside the JDK, JOSDK and fabric8. */
  static Optional<StackTraceElement> projectFrame(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (StackTraceElement frame : t.getStackTrace()) {
        if (!isFramework(frame.getClassName())) {
          return Optional.of(frame);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isFramework(String className) {
    for (String prefix : FRAMEWORK_PACKAGES) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
