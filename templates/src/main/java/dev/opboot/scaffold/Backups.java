package dev.opboot.scaffold;

import dev.opboot.core.files.ChangeSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where {@code --force} keeps the files it replaces: {@code .op-boot/backup/<UTC time of the
 * run>/<the file's path in the project>}, such as {@code
 * .op-boot/backup/20261203T091227Z/src/main/java/com/example/FooReconciler.java}.
 *
 * <p>Why a folder per run rather than {@code <file>.orig} beside each file: a second {@code
 * --force} never overwrites the backup of the first, nothing lands among the sources that Maven,
 * kustomize or {@code generate} read, and one {@code cp -r} (or a look in one folder) restores or
 * compares a whole run. The name is the run's time, so backups sort in the order they were made; a
 * second run within the same second gets {@code -2}, {@code -3}, ... The scaffolded {@code
 * .gitignore} leaves {@code .op-boot/} out of version control, which keeps its own history.
 */
public final class Backups {
  /** The folder, relative to the project root, that holds one folder per run. */
  public static final String ROOT = ".op-boot/backup";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private Backups() {}

  /**
   * The folder, relative to {@code root}, for a run started at {@code time}: the first of {@code
   * <stamp>}, {@code <stamp>-2}, ... that does not exist yet.
   */
  public static String folder(Path root, Instant time) {
    String stamp = ROOT + "/" + STAMP.format(time);
    String folder = stamp;
    for (int n = 2; Files.exists(ChangeSet.resolve(root, folder)); n++) {
      folder = stamp + "-" + n;
    }
    return folder;
  }
}
