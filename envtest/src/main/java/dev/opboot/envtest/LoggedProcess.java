package dev.opboot.envtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A program run to its end with its output (stdout and stderr merged) copied line by line to a log,
 * e.g. {@code System.err}. Copied rather than inherited: in a test JVM forked by Maven Surefire the
 * process's own stdout is Surefire's channel, and only what goes through {@code System.err} reaches
 * the build's console.
 */
final class LoggedProcess {
  private final Process process;
  private final Thread copier;

  private LoggedProcess(Process process, Thread copier) {
    this.process = process;
    this.copier = copier;
  }

  /** Starts {@code command} in {@code dir} with {@code env} added to this JVM's environment. */
  static LoggedProcess start(
      List<String> command, Path dir, Map<String, String> env, PrintStream log, String prefix)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (dir != null) {
      builder.directory(dir.toFile());
    }
    builder.environment().putAll(env);
    builder.redirectInput(ProcessBuilder.Redirect.from(nullFile()));
    Process process = builder.start();
    Thread copier =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  log.println(prefix + line);
                }
              } catch (IOException e) {
                // the process ended and took its pipe with it
              }
            },
            "op-boot-envtest-output");
    copier.setDaemon(true);
    copier.start();
    return new LoggedProcess(process, copier);
  }

  /**
   * Waits for the end and returns the exit code. When interrupted, ends the process and its
   * children first, then rethrows.
   */
  int await() throws InterruptedException {
    try {
      int code = process.waitFor();
      copier.join(5_000);
      return code;
    } catch (InterruptedException e) {
      kill();
      throw e;
    }
  }

  /** Ends the process and every process it started, at once. */
  void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.onExit().get();
    } catch (Exception e) {
      // ended or not, there is nothing more to do
    }
  }

  private static java.io.File nullFile() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
