package dev.opboot.core.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * One op-boot at a time writes into a project. Every command that changes a project holds this lock
 * from before it reads {@code PROJECT} until its files are written, so two {@code create api} runs,
 * or {@code create api} and {@code generate}, or a Maven build beside them, never work from the
 * same old state and lose each other's changes.
 *
 * <p>The lock is the operating system's lock on a lock file named after the project's real path,
 * with the holder's PID written in it for the message of whoever waits. The system releases it when
 * its holder exits, however it exits, so a lock left by a killed run is taken over at once. The
 * lock files live in op-boot's cache folder ({@code $OP_BOOT_CACHE/locks}, default {@code
 * ~/.cache/op-boot/locks}), not in the project: a command that fails leaves the project's tree
 * exactly as it was, and nothing needs to be ignored by git.
 */
public final class ProjectLock implements AutoCloseable {
  /** How long a command waits for another op-boot before giving up. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

  private static final long POLL_MILLIS = 50;

  private final FileChannel channel;
  private final FileLock lock;

  private ProjectLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Thrown when another op-boot held the project for longer than the wait. */
  public static final class BusyException extends Exception {
    private static final long serialVersionUID = 1L;

    BusyException(String message) {
      super(message);
    }
  }

  /**
   * Takes the lock of the project at {@code project}, waiting up to {@code wait} for another
   * holder, and telling {@code waiting} once who it waits for.
   *
   * @throws BusyException when the other holder kept it for longer than {@code wait}
   * @throws IOException when the lock file cannot be made (a read-only project is reported by the
   *     write that follows, so callers may go on without the lock then)
   */
  public static ProjectLock acquire(Path project, Duration wait, Consumer<String> waiting)
      throws BusyException, IOException {
    Path file = lockFile(project);
    Files.createDirectories(file.getParent());
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    long deadline = System.nanoTime() + wait.toNanos();
    boolean told = false;
    try {
      while (true) {
        FileLock lock = tryLock(channel);
        if (lock != null) {
          channel.truncate(0);
          channel.write(
              ByteBuffer.wrap(
                  (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)),
              0);
          return new ProjectLock(channel, lock);
        }
        String holder = holder(file);
        if (System.nanoTime() > deadline) {
          throw new BusyException(
              "another op-boot ("
                  + holder
                  + ") has been working on "
                  + project
                  + " for more"
                  + " than "
                  + (wait.toMillis() < 1000 ? wait.toMillis() + " ms" : wait.toSeconds() + " s")
                  + ". Wait for it to finish, or stop it if it hangs, then try again.");
        }
        if (!told) {
          waiting.accept(
              "waiting for another op-boot (" + holder + ") to finish with " + project + " ...");
          told = true;
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      channel.close();
      throw new BusyException(
          "interrupted while waiting for another op-boot to finish with " + project);
    } catch (BusyException | IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The lock file of {@code project}: one per real path, in op-boot's cache folder. */
  static Path lockFile(Path project) throws IOException {
    Path absolute = project.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    Path real =
        existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
    String cache = System.getenv("OP_BOOT_CACHE");
    Path locks =
        (cache != null && !cache.isBlank()
                ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache", "op-boot"))
            .resolve("locks");
    return locks.resolve(sha256(real.toUri().toString()) + ".lock");
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException heldInThisJvm) {
      return null;
    }
  }

  private static String holder(Path file) {
    try {
      String pid = Files.readString(file, StandardCharsets.UTF_8).trim();
      return pid.isEmpty() ? "starting" : "pid " + pid;
    } catch (IOException e) {
      return "pid unknown";
    }
  }

  /** Releases the lock; the next waiting op-boot goes on. */
  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
