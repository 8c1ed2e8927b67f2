package dev.opboot.project;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The operator running on the developer's machine ({@code op-boot run}) until op-boot gets SIGINT
 * or SIGTERM, which stop it as Kubernetes stops a pod: SIGTERM, then {@link #GRACE_SECONDS} before
 * it is killed. op-boot exiting for any other reason kills it too, so no operator outlives it.
 */
public final class OperatorProcess {
  /** Kubernetes' default terminationGracePeriodSeconds. */
  static final long GRACE_SECONDS = 30;

  private OperatorProcess() {}

  /**
   * Runs {@code operator} attached to op-boot's terminal until it exits or is stopped.
   *
   * @return whether it was stopped by a signal (rather than exiting by itself with 0)
   * @throws CommandFailedException when it exits by itself with another code
   */
  @SuppressWarnings(
      "try") // the signal handlers are in place for the try block's extent, never referenced in it
  public static boolean runUntilStopped(ExternalCommand operator, PrintWriter out)
      throws CommandFailedException, InterruptedException {
    Process process = operator.startAttached();
    AtomicBoolean stopping = new AtomicBoolean();
    Runnable stop =
        () -> {
          if (stopping.getAndSet(true)) {
            return;
          }
          process.destroy();
          Thread grace =
              new Thread(
                  () -> {
                    try {
                      if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                      }
                    } catch (InterruptedException e) {
                      process.destroyForcibly();
                    }
                  },
                  "op-boot-operator-grace");
          grace.setDaemon(true);
          grace.start();
        };
    Thread killOnExit = new Thread(process::destroyForcibly, "op-boot-operator-stop");
    Runtime.getRuntime().addShutdownHook(killOnExit);
    try (Signals signals = Signals.handle(stop, "INT", "TERM")) {
      int code = process.waitFor();
      if (stopping.get()) {
        out.println("Stopped the operator.");
        out.flush();
        return true;
      }
      if (code != 0) {
        throw new CommandFailedException(
            "the operator exited with code " + code + " (its output is above).");
      }
      return false;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(killOnExit);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is exiting; the hook runs and the operator is already gone
      }
    }
  }
}
