package dev.opboot.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command as a separate process, its output (stdout and stderr) into a log file. */
final class Processes {
  private Processes() {}

  record Result(int exitCode, String output) {}

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A builder for {@code command} in {@code dir}, with {@code env} over this JVM's environment. */
  static ProcessBuilder builder(Path dir, List<String> command, Map<String, String> env) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    env.forEach(
        (name, value) -> {
          if (value == null) { // a null value unsets the variable
            builder.environment().remove(name);
          } else {
            builder.environment().put(name, value);
          }
        });
    return builder;
  }

  static Result run(Path dir, List<String> command, Map<String, String> env, Path log, long minutes)
      throws IOException, InterruptedException {
    Process process =
        builder(dir, command, env).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    process.getOutputStream().close();
    if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(
          String.join(" ", command) + " did not finish in " + minutes + " minutes; see " + log);
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
