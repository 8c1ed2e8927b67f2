package dev.opboot.envtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DownloadProgressTest {
  private static String shown(boolean terminal) {
    StringWriter err = new StringWriter();
    DownloadProgress progress = new DownloadProgress(new PrintWriter(err), terminal);
    progress.started("a.tar.gz", 4 << 20);
    for (int i = 0; i < 16; i++) {
      progress.advanced(256 << 10);
    }
    progress.finished(true);
    return err.toString();
  }

  @Test
  void plainLinesAtEachQuarterInALog() {
    assertThat(shown(false))
        .isEqualTo(
            """
            Downloading a.tar.gz (4.0 MiB) ...
              1.0 MiB of 4.0 MiB (25%)
              2.0 MiB of 4.0 MiB (50%)
              3.0 MiB of 4.0 MiB (75%)
            Downloaded a.tar.gz (4.0 MiB)
            """);
  }

  @Test
  void oneUpdatingLineOnATerminal() {
    String shown = shown(true);
    assertThat(shown.split("\n")).as("one line, rewritten with \\r, then the result").hasSize(2);
    assertThat(shown)
        .startsWith("\rDownloading a.tar.gz: 256.0 KiB of 4.0 MiB (6%)")
        .contains("\rDownloading a.tar.gz: 4.0 MiB of 4.0 MiB (100%)")
        .endsWith("\nDownloaded a.tar.gz (4.0 MiB)\n");
  }
}
