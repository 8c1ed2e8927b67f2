package dev.opboot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A folder in which nobody, root included, can create a file until {@link #close()}.
 *
 * <p>Permissions ({@code r-xr-xr-x}) are enough for a developer, but CI runs the tests as root, and
 * root writes anywhere permissions say no (CAP_DAC_OVERRIDE). So when a probe file can still be
 * created, the folder is made read-only in a way that binds root too, trying in turn:
 *
 * <ol>
 *   <li>the immutable attribute, {@code chattr +i}: needs CAP_LINUX_IMMUTABLE and a file system
 *       that has the attribute (ext2/3/4, xfs, btrfs; tmpfs from Linux 6.0; not overlayfs, the root
 *       file system of most containers);
 *   <li>a read-only bind mount of the folder onto itself, {@code mount --bind} then {@code mount -o
 *       remount,ro,bind}: needs CAP_SYS_ADMIN, which a default (unprivileged) container does not
 *       have.
 * </ol>
 *
 * <p>Running op-boot as another user (setpriv, runuser) would also bind root, but op-boot runs in
 * this JVM here, and a separate JVM as {@code nobody} could not read this build's class path under
 * root's home.
 *
 * <p>Each way is checked with a probe file before it counts: the test must exercise a folder that
 * really is read-only or not pass. When no way works (root without those capabilities), the test is
 * aborted, which counts as skipped, with every reason; CI fails on skipped tests.
 */
final class ReadOnlyFolder implements AutoCloseable {

  private final Path dir;
  private final String how;
  private final Runnable undo;

  private ReadOnlyFolder(Path dir, String how, Runnable undo) {
    this.dir = dir;
    this.how = how;
    this.undo = undo;
  }

  /**
   * Makes {@code dir}, an existing folder, read-only for this process.
   *
   * @throws org.opentest4j.TestAbortedException when no way works, naming why for each
   */
  static ReadOnlyFolder of(Path dir) throws IOException {
    List<String> failures = new ArrayList<>();
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    Runnable writable = () -> setPermissions(dir, "rwxr-xr-x");
    if (!canCreateFileIn(dir)) {
      return new ReadOnlyFolder(dir, "permissions r-xr-xr-x", writable);
    }
    writable.run();
    failures.add("permissions r-xr-xr-x do not stop user " + System.getProperty("user.name"));

    String chattr = run("chattr", "+i", dir.toString());
    if (chattr == null) {
      Runnable mutable = undoing("chattr", "-i", dir.toString());
      if (!canCreateFileIn(dir)) {
        return new ReadOnlyFolder(dir, "immutable attribute (chattr +i)", mutable);
      }
      mutable.run();
      failures.add("chattr +i succeeded but did not stop writes");
    } else {
      failures.add("chattr +i: " + chattr);
    }

    String mount = run("mount", "--bind", dir.toString(), dir.toString());
    if (mount == null) {
      Runnable unmount = undoing("umount", dir.toString());
      String remount = run("mount", "-o", "remount,ro,bind", dir.toString());
      if (remount == null && !canCreateFileIn(dir)) {
        return new ReadOnlyFolder(dir, "read-only bind mount", unmount);
      }
      unmount.run();
      failures.add(
          "mount -o remount,ro,bind: "
              + (remount == null ? "succeeded but did not stop writes" : remount));
    } else {
      failures.add("mount --bind: " + mount);
    }
    Assumptions.abort(
        "cannot make a folder read-only for user "
            + System.getProperty("user.name")
            + ", so the read-only case would not be exercised: "
            + String.join("; ", failures));
    throw new AssertionError("unreachable");
  }

  /** How the folder was made read-only, for assertion messages. */
  String how() {
    return how;
  }

  Path path() {
    return dir;
  }

  /** Makes the folder writable again (so that {@code @TempDir} can delete it). */
  @Override
  public void close() {
    undo.run();
  }

  private static boolean canCreateFileIn(Path dir) {
    try {
      Files.delete(Files.createTempFile(dir, ".probe", ".tmp"));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void setPermissions(Path dir, String permissions) {
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(permissions));
    } catch (IOException e) {
      throw new IllegalStateException("cannot make " + dir + " writable again", e);
    }
  }

  /** A command that undoes a way, failing loudly: a folder left read-only breaks the clean-up. */
  private static Runnable undoing(String... command) {
    return () -> {
      String failure = run(command);
      if (failure != null) {
        throw new IllegalStateException(String.join(" ", command) + ": " + failure);
      }
    };
  }

  /** Runs a command; null when it exits 0, else what went wrong. */
  private static String run(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return "did not finish in 30 s";
      }
      return process.exitValue() == 0
          ? null
          : "exit " + process.exitValue() + ": " + output.strip();
    } catch (IOException e) {
      return "cannot run " + command[0] + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
