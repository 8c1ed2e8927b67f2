package dev.opboot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Process and folder housekeeping for {@link KubeApiServer}. */
final class Processes {

  private Processes() {}

  /**
   * A process recorded in a run folder, so that a later JVM can recognise it (same PID, same start
   * instant, same executable) after the JVM that started it was killed outright.
   */
  record Record(String name, long pid, long startMillis, String command) {

    static Record of(String name, ProcessHandle process) {
      ProcessHandle.Info info = process.info();
      return new Record(
          name,
          process.pid(),
          info.startInstant().map(Instant::toEpochMilli).orElse(-1L),
          info.command().orElse("-"));
    }

    String line() {
      return name + " " + pid + " " + startMillis + " " + command;
    }

    static Optional<Record> parse(String line) {
      String[] parts = line.strip().split(" ", 4);
      if (parts.length != 4) {
        return Optional.empty();
      }
      try {
        return Optional.of(
            new Record(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]), parts[3]));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }

    /** The live process this record names, if it is still the same process. */
    Optional<ProcessHandle> live() {
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(
              p -> {
                ProcessHandle.Info info = p.info();
                boolean sameStart =
                    startMillis < 0
                        || info.startInstant()
                            .map(i -> Math.abs(i.toEpochMilli() - startMillis) < 1000)
                            .orElse(true);
                boolean sameCommand =
                    "-".equals(command) || info.command().map(command::equals).orElse(true);
                return sameStart && sameCommand;
              });
    }
  }

  static void append(Path file, String line) {
    try {
      Files.writeString(
          file,
          line + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Record> readRecords(Path file) {
    List<Record> records = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        Record.parse(line).ifPresent(records::add);
      }
    } catch (NoSuchFileException e) {
      // nothing recorded
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /**
   * Ends a process and all its descendants: SIGTERM, then SIGKILL what is left after {@code grace},
   * and waits until every one of them is gone.
   */
  static void destroyTree(ProcessHandle root, Duration grace) {
    List<ProcessHandle> all = new ArrayList<>();
    root.descendants().forEach(all::add);
    all.add(0, root);
    all.forEach(ProcessHandle::destroy);
    if (!awaitExit(all, grace)) {
      // children that appeared meanwhile too
      root.descendants().filter(p -> !all.contains(p)).forEach(all::add);
      all.forEach(ProcessHandle::destroyForcibly);
      if (!awaitExit(all, Duration.ofSeconds(10))) {
        throw new IllegalStateException(
            "could not end process " + root.pid() + " and its children");
      }
    }
  }

  private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (ProcessHandle p : processes) {
      long left = deadline - System.nanoTime();
      try {
        p.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        return false;
      } catch (ExecutionException e) {
        // onExit never completes exceptionally for a real process; treat as gone
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return !p.isAlive();
      }
    }
    return true;
  }

  /** A TCP port that is free on 127.0.0.1 right now. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    }
  }

  /** Deletes a folder tree; symbolic links are deleted, never followed. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null && !(e instanceof NoSuchFileException)) {
              throw e;
            }
            Files.deleteIfExists(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** The last {@code lines} lines of a log file, for an error message. */
  static String tail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
