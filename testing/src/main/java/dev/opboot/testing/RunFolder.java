package dev.opboot.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The temporary folder of one API server run, {@code java.io.tmpdir/op-boot-envtest-*}: etcd's
 * data, the keys, certificates, logs and kubeconfig, and two records, the JVM that owns the run and
 * every process it launched.
 *
 * <p>The records exist because a JVM killed outright (SIGKILL) runs no shutdown hook: its etcd and
 * kube-apiserver keep running and its folder stays. The next start, in any JVM, {@linkplain
 * #reapStale reaps} such runs, and the records let it tell an orphaned run from a live one and its
 * own processes from unrelated ones that reuse their PIDs (same PID, start instant and executable).
 */
final class RunFolder {

  /** Prefix of the folder's name under {@code java.io.tmpdir}. */
  static final String PREFIX = "op-boot-envtest-";

  private static final String OWNER_FILE = "owner";
  private static final String PIDS_FILE = "pids";

  private final Path path;

  private RunFolder(Path path) {
    this.path = path;
  }

  /** A new folder (rwx------) owned by this JVM. */
  static RunFolder create() throws IOException {
    RunFolder folder = new RunFolder(Files.createTempDirectory(PREFIX));
    Processes.append(
        folder.resolve(OWNER_FILE), Processes.Record.of("jvm", ProcessHandle.current()).line());
    return folder;
  }

  Path path() {
    return path;
  }

  Path resolve(String name) {
    return path.resolve(name);
  }

  /** Records a launched process, before anything can go wrong with it. */
  void recordProcess(String name, ProcessHandle process) {
    Processes.append(resolve(PIDS_FILE), Processes.Record.of(name, process).line());
  }

  /** Deletes the folder and everything in it; the processes must have ended. */
  void delete() throws IOException {
    Processes.deleteTree(path);
  }

  /**
   * Ends the processes and deletes the folders of runs whose JVM is gone. A run of a live JVM is
   * left alone, as is one of another user, or one without an owner record younger than ten minutes
   * (its JVM may be writing the record right now).
   *
   * @param grace how long each process gets after SIGTERM before SIGKILL
   * @return how many stale runs were cleaned
   */
  static int reapStale(Duration grace) {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> runs = new ArrayList<>();
    try (var stream = Files.newDirectoryStream(tmp, PREFIX + "*")) {
      stream.forEach(runs::add);
    } catch (IOException e) {
      return 0;
    }
    String me = System.getProperty("user.name");
    int cleaned = 0;
    for (Path run : runs) {
      try {
        if (!Files.isDirectory(run, LinkOption.NOFOLLOW_LINKS)
            || !Files.getOwner(run).getName().equals(me)
            || ownerAlive(run)) {
          continue;
        }
        List<Processes.Record> records = Processes.readRecords(run.resolve(PIDS_FILE));
        Collections.reverse(records); // kube-apiserver before the etcd it needs
        for (Processes.Record record : records) {
          record.live().ifPresent(p -> Processes.destroyTree(p, grace));
        }
        Processes.deleteTree(run);
        cleaned++;
      } catch (IOException | RuntimeException e) {
        System.err.println("op-boot-testing: cannot clean the stale run " + run + ": " + e);
      }
    }
    return cleaned;
  }

  private static boolean ownerAlive(Path run) throws IOException {
    List<Processes.Record> owner = Processes.readRecords(run.resolve(OWNER_FILE));
    if (owner.isEmpty()) {
      return Files.getLastModifiedTime(run)
          .toInstant()
          .isAfter(Instant.now().minus(Duration.ofMinutes(10)));
    }
    return owner.get(0).live().isPresent();
  }
}
