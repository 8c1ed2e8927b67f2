package dev.opboot.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Every process one run launches, including attempts that lost a race for a port, so that {@link
 * #stopAll} ends all of them, newest first (kube-apiserver before the etcd it needs).
 *
 * <p>Once stopped it launches nothing more: the shutdown hook may stop a run while another thread
 * is still starting it, and a process started in that race is ended at once instead of outliving
 * the JVM.
 */
final class ProcessGroup {

  /** How often a server is launched on other free ports after losing a race for one. */
  static final int PORT_ATTEMPTS = 3;

  private final RunFolder folder;
  private final Duration startTimeout;
  private final List<Process> launched = new ArrayList<>(); // guarded by this
  private boolean stopped; // guarded by this

  ProcessGroup(RunFolder folder, Duration startTimeout) {
    this.folder = folder;
    this.startTimeout = startTimeout;
  }

  /**
   * Starts {@code command} in the run folder, its output appended to {@code <name>.log} there. The
   * environment is this JVM's without {@code ETCD_*} and {@code KUBECONFIG}, which would configure
   * etcd or kube-apiserver behind the harness's back, plus {@code extraEnv}.
   */
  ServerProcess launch(String name, List<String> command, Map<String, String> extraEnv) {
    Path log = folder.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(folder.path().toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("ETCD_") || k.equals("KUBECONFIG"));
    env.putAll(extraEnv);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command.get(0), e);
    }
    synchronized (this) {
      if (stopped) {
        Processes.destroyTree(process.toHandle(), Duration.ZERO);
        throw new IllegalStateException("stopped while starting " + name);
      }
      launched.add(process);
    }
    folder.recordProcess(name, process.toHandle());
    return new ServerProcess(name, process, log, startTimeout);
  }

  /**
   * Ends every launched process and its children (SIGTERM, then SIGKILL after {@code grace}) and
   * waits for each; later calls do nothing.
   *
   * @throws RuntimeException the first failure to end one, the others suppressed, after trying all
   */
  void stopAll(Duration grace) {
    List<Process> processes;
    synchronized (this) {
      if (stopped) {
        return;
      }
      stopped = true;
      processes = new ArrayList<>(launched);
    }
    Collections.reverse(processes);
    RuntimeException failure = null;
    for (Process process : processes) {
      try {
        Processes.destroyTree(process.toHandle(), grace);
        process.waitFor(10, TimeUnit.SECONDS); // reaps it
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
