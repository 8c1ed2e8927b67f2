package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the real file system: a folder op-boot cannot write to is reported before anything is written.
 *
 * <p>The folder is read-only for whoever runs the test, root included (CI runs as root): see {@link
 * ReadOnlyFolder} for how, and for why the test is skipped rather than passed when that cannot be
 * done.
 */
class ReadOnlyFolderTest {
  @Test
  void initIntoAReadOnlyFolderFailsWithExit2(@TempDir Path tmp) throws Exception {
    Path parent = Files.createDirectory(tmp.resolve("read-only"));
    Path target = parent.resolve("op-boot-read-only-test");

    try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(parent)) {
      CliRun run = CliRun.in(tmp, "init", "--domain", "example.com", "--dir", target.toString());

      assertThat(run.exitCode()).as(readOnly.how()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err())
          .as(readOnly.how())
          .startsWith(
              "op-boot: error: cannot write the output: the folder " + parent + " is not writable")
          .contains("Nothing was changed");
    }
    assertThat(Files.exists(target)).isFalse();
    try (var list = Files.list(parent)) {
      assertThat(list).isEmpty();
    }
  }
}
