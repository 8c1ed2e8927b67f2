package dev.opboot.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * One launched etcd or kube-apiserver with its log in the run folder.
 *
 * <p>Both are waited for the same way: a readiness probe is polled until it answers, the process
 * dies, or the start timeout passes. And every failure quotes the end of the process's log, since
 * that is where etcd and kube-apiserver say what went wrong (a port taken, a bad flag).
 */
final class ServerProcess {

  private static final Duration POLL = Duration.ofMillis(100);

  private final String name;
  private final Process process;
  private final Path log;
  private final Duration startTimeout;

  ServerProcess(String name, Process process, Path log, Duration startTimeout) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.startTimeout = startTimeout;
  }

  ProcessHandle handle() {
    return process.toHandle();
  }

  /**
   * Polls {@code ready} until it is true (returns true) or the process dies (returns false).
   *
   * @throws IllegalStateException when neither happens within the start timeout
   */
  boolean awaitReady(BooleanSupplier ready) {
    long deadline = System.nanoTime() + startTimeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        return false;
      }
      if (ready.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + name, e);
      }
    }
    throw new IllegalStateException(
        name
            + " was not ready within "
            + startTimeout.toSeconds()
            + "s (raise -D"
            + KubeApiServer.START_TIMEOUT_PROPERTY
            + ")"
            + logTail());
  }

  /**
   * @throws IllegalStateException with the exit code and the log's end when it has exited
   */
  void requireAlive() {
    if (!process.isAlive()) {
      throw new IllegalStateException(
          name + " exited with code " + process.exitValue() + logTail());
    }
  }

  /** The end of the log, to append to an error message. */
  String logTail() {
    return "; the end of its log:\n" + Processes.tail(log, 30);
  }
}
