package dev.opboot.envtest;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows how far a download is. On a terminal, one line rewritten in place (bytes and percent); in a
 * log (CI, a pipe), a plain line at each quarter, so that logs stay short but show a stalled
 * download. Either way on stderr, so that stdout holds only the result a script reads.
 */
public final class DownloadProgress {
  /** Shows nothing. */
  public static final DownloadProgress NONE = new DownloadProgress(null, false);

  private static final long UNKNOWN_LENGTH_STEP = 16L << 20;

  private final PrintWriter err;
  private final boolean terminal;
  private String name;
  private long total;
  private long done;
  private long nextMark;
  private int lastPercent = -1;

  /**
   * @param err where to show it
   * @param terminal whether {@code err} is a terminal ({@code System.console() != null}): then one
   *     updating line, else plain lines
   */
  public DownloadProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** A download of {@code name} begins; {@code total} is its length, or -1 when unknown. */
  void started(String name, long total) {
    this.name = name;
    this.total = total;
    this.done = 0;
    this.lastPercent = -1;
    this.nextMark = total > 0 ? 0 : UNKNOWN_LENGTH_STEP;
    if (err != null && !terminal) {
      err.println("Downloading " + name + (total > 0 ? " (" + size(total) + ")" : "") + " ...");
      err.flush();
    }
  }

  /** {@code bytes} more arrived. */
  void advanced(long bytes) {
    done += bytes;
    if (err == null) {
      return;
    }
    if (terminal) {
      int percent = total > 0 ? (int) (done * 100 / total) : -1;
      if (percent != lastPercent || total <= 0) {
        lastPercent = percent;
        err.print(
            "\rDownloading "
                + name
                + ": "
                + size(done)
                + (total > 0 ? " of " + size(total) + " (" + percent + "%)" : "")
                + "   ");
        err.flush();
      }
      return;
    }
    if (total > 0) {
      int quarter = (int) (done * 4 / total);
      if (quarter > 0 && quarter < 4 && done >= nextMark) {
        err.println("  " + size(done) + " of " + size(total) + " (" + quarter * 25 + "%)");
        err.flush();
        nextMark = total * (quarter + 1) / 4;
      }
    } else if (done >= nextMark) {
      err.println("  " + size(done));
      err.flush();
      nextMark += UNKNOWN_LENGTH_STEP;
    }
  }

  /** The download ended, complete or not. */
  void finished(boolean complete) {
    if (err == null) {
      return;
    }
    if (terminal) {
      err.println();
    }
    if (complete) {
      err.println("Downloaded " + name + " (" + size(done) + ")");
    }
    err.flush();
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
  }
}
