package dev.opboot.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A program op-boot runs on the user's behalf (Maven, kubectl, the operator). Its output is kept so
 * a failure can show it: a build that stops must say why in the tool's own words, not only that it
 * stopped.
 */
public final class ExternalCommand {
  private static final int SHOWN_LINES = 80;

  private final List<String> command;
  private final Path directory;
  private final Map<String, String> environment = new LinkedHashMap<>();

  private ExternalCommand(List<String> command, Path directory) {
    this.command = List.copyOf(command);
    this.directory = directory;
  }

  public static ExternalCommand of(Path directory, List<String> command) {
    return new ExternalCommand(command, directory);
  }

  public ExternalCommand env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  public List<String> command() {
    return command;
  }

  /** The command as a user would type it, for plans and error messages. */
  public String display() {
    StringBuilder line = new StringBuilder();
    environment.forEach((k, v) -> line.append(k).append('=').append(quote(v)).append(' '));
    for (String word : command) {
      line.append(line.length() == 0 || line.charAt(line.length() - 1) == ' ' ? "" : " ")
          .append(quote(word));
    }
    return line.toString();
  }

  /**
   * Runs to the end and returns stdout; with {@code echo} set, streams what it prints there as it
   * prints it. A non-zero exit becomes a {@link CommandFailedException} holding the end of its
   * output.
   */
  public String run(PrintWriter echo) throws CommandFailedException {
    Process process = start(false);
    StringBuilder stdout = new StringBuilder();
    StringBuilder stderr = new StringBuilder();
    Thread errors = pump(process.getErrorStream(), stderr, echo);
    Thread output = pump(process.getInputStream(), stdout, echo);
    int code = waitFor(process);
    join(errors);
    join(output);
    if (code != 0) {
      throw new CommandFailedException(
          "'"
              + display()
              + "' failed with exit code "
              + code
              + (echo != null
                  ? " (its output is above)."
                  : ". Its output ends with:\n" + tail(stdout + stderr.toString())));
    }
    return stdout.toString();
  }

  /** Runs it, returning its exit code and combined output; a non-zero exit is not an error here. */
  public Result runForResult() throws CommandFailedException {
    Process process = start(true);
    StringBuilder all = new StringBuilder();
    Thread output = pump(process.getInputStream(), all, null);
    int code = waitFor(process);
    join(output);
    return new Result(code, all.toString());
  }

  /** Starts it with op-boot's own terminal as its stdin, stdout and stderr. */
  public Process startAttached() throws CommandFailedException {
    ProcessBuilder builder = builder().inheritIO();
    try {
      return builder.start();
    } catch (IOException e) {
      throw notFound(e);
    }
  }

  public record Result(int exitCode, String output) {
    String lastLine() {
      String[] lines = output.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  /** The executable named {@code name} on PATH, if any. */
  public static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private ProcessBuilder builder() {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().putAll(environment);
    return builder;
  }

  private Process start(boolean mergeErrors) throws CommandFailedException {
    try {
      return builder()
          .redirectErrorStream(mergeErrors)
          .redirectInput(ProcessBuilder.Redirect.PIPE)
          .start();
    } catch (IOException e) {
      throw notFound(e);
    }
  }

  private CommandFailedException notFound(IOException e) {
    return new CommandFailedException(
        "could not start '"
            + command.get(0)
            + "': "
            + e.getMessage()
            + ". Install it and put it on PATH.");
  }

  private static int waitFor(Process process) throws CommandFailedException {
    try {
      process.getOutputStream().close();
      return process.waitFor();
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new CommandFailedException(
          "interrupted while waiting for " + process.info().command().orElse("a command"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Thread pump(InputStream in, StringBuilder into, PrintWriter echo) {
    Thread thread =
        new Thread(
            () -> {
              try (var reader =
                  new java.io.BufferedReader(
                      new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                  synchronized (into) {
                    into.append(line).append('\n');
                  }
                  if (echo != null) {
                    synchronized (echo) {
                      echo.println(line);
                      echo.flush();
                    }
                  }
                }
              } catch (IOException e) {
                // the process is gone; what was read is what there is
              }
            },
            "op-boot-output");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String tail(String output) {
    List<String> lines = new ArrayList<>(List.of(output.strip().split("\n")));
    if (lines.size() > SHOWN_LINES) {
      lines = lines.subList(lines.size() - SHOWN_LINES, lines.size());
    }
    return "  " + String.join("\n  ", lines);
  }

  private static String quote(String word) {
    return word.matches("[A-Za-z0-9_@%+=:,./-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
