package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up while op-boot writes: on a small tmpfs (mounting one needs root or
 * CAP_SYS_ADMIN, which CI has), {@code create api} fails with exit 1, names the file it could not
 * write, and leaves the project exactly as it was, with no staged file behind.
 */
class FullDiskTest {
  @TempDir Path mountPoint;

  private boolean mounted;

  @BeforeEach
  void mountASmallTmpfs() throws Exception {
    String failure =
        run("mount", "-t", "tmpfs", "-o", "size=1m", "op-boot-full-disk", mountPoint.toString());
    Assumptions.assumeTrue(
        failure == null,
        "cannot mount a tmpfs here ("
            + failure
            + "): run the tests as root,"
            + " or with CAP_SYS_ADMIN, to test a full disk");
    mounted = true;
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      run("umount", mountPoint.toString());
    }
  }

  @Test
  void aFullDiskLeavesTheProjectAsItWasAndNoStagedFile() throws Exception {
    Path project = Files.createDirectory(mountPoint.resolve("shop"));
    assertThat(CliRun.in(project, "init", "--domain", "example.com").exitCode()).isZero();
    fillUp(mountPoint.resolve("filler"));
    Map<String, String> before = CliRun.tree(project);

    CliRun run =
        CliRun.in(
            project,
            "create",
            "api",
            "--group",
            "webapp",
            "--version",
            "v1",
            "--kind",
            "Guestbook");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err())
        .startsWith("op-boot: error: could not write " + project)
        .contains("No space left on device", "Nothing was changed.")
        .doesNotContain("\tat ");
    assertThat(CliRun.tree(project)).isEqualTo(before);
    try (Stream<Path> files = Files.walk(project)) {
      assertThat(files.map(Path::toString).filter(p -> p.endsWith(".op-boot-tmp"))).isEmpty();
    }
  }

  /**
   * Writes until the file system is full, then frees a little: enough to stage a few files, not
   * all.
   */
  private static void fillUp(Path filler) throws IOException {
    byte[] block = new byte[4096];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
      }
    } catch (IOException full) {
      // the disk is full
    }
    try (var channel =
        java.nio.channels.FileChannel.open(filler, java.nio.file.StandardOpenOption.WRITE)) {
      channel.truncate(Math.max(0, channel.size() - 16 * 1024));
    }
  }

  /** Runs a command; null when it succeeded, else what it said. */
  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes()).trim();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return "timed out";
    }
    return process.exitValue() == 0 ? null : output;
  }
}
