package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the real file system: a folder op-boot cannot write to is reported before anything is written. */
class ReadOnlyFolderTest {
  @Test
  void initIntoAReadOnlyFolderFailsWithExit2(@TempDir Path tmp) throws Exception {
    Path readOnly = Files.createDirectory(tmp.resolve("read-only"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    // Root may write anywhere permissions say no; /proc refuses new files even to root.
    Path parent = Files.isWritable(readOnly) ? Path.of("/proc") : readOnly;
    Path target = parent.resolve("op-boot-read-only-test");

    CliRun run = CliRun.in(tmp, "init", "--domain", "example.com", "--dir", target.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("op-boot: error: cannot write the output: the folder " + parent
        + " is not writable").contains("Nothing was changed");
    assertThat(Files.exists(target)).isFalse();
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (var list = Files.list(readOnly)) {
      assertThat(list).isEmpty();
    }
  }
}
