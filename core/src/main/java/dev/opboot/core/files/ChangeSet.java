package dev.opboot.core.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files a command computed in memory, applied to disk all at once or not at all.
 *
 * <p>Commands never write as they go: they build a change set, let the CLI show or check it, and
 * then {@link #apply} it. Applying first checks that every target can be written, then writes each
 * file beside its target and moves it into place; if anything fails, files already moved are
 * restored and folders it created are removed, so a failed run leaves the tree as it was.
 */
public final class ChangeSet {
  private static final String TEMP_SUFFIX = ".op-boot-tmp";

  /** How old a staged file must be before a later run takes it for the leftover of a killed one. */
  static final Duration STALE_AFTER = Duration.ofMinutes(1);

  private final Map<String, FileChange> changes = new TreeMap<>();

  /**
   * The changes that make {@code directory} hold {@code files} (relative path → text): each file
   * created, updated or unchanged against what is there now. Other files are not touched.
   */
  public static ChangeSet against(Path directory, Map<String, String> files) throws IOException {
    ChangeSet changes = new ChangeSet();
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = resolve(directory, file.getKey());
      byte[] previous = Files.isRegularFile(target) ? Files.readAllBytes(target) : null;
      changes.add(
          FileChange.replacing(
              file.getKey(),
              file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8),
              previous,
              ""));
    }
    return changes;
  }

  /** Adds a change; two changes to the same path are a programming error. */
  public ChangeSet add(FileChange change) {
    FileChange earlier = changes.putIfAbsent(change.path(), change);
    if (earlier != null) {
      throw new IllegalStateException("two outputs for " + change.path());
    }
    return this;
  }

  /** Replaces the change for a path already present, or adds it. */
  public ChangeSet put(FileChange change) {
    changes.put(change.path(), change);
    return this;
  }

  /** The change planned for a path, if any. */
  public Optional<FileChange> get(String path) {
    return Optional.ofNullable(changes.get(path));
  }

  /** All changes, sorted by path. */
  public List<FileChange> changes() {
    return List.copyOf(changes.values());
  }

  /** The changes that write to disk (created or updated), sorted by path. */
  public List<FileChange> writes() {
    return changes.values().stream().filter(c -> c.action().writes()).toList();
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Writes every created or updated file under {@code root}, and removes every removed one, all or
   * nothing.
   *
   * @throws OutputException when a target cannot be written; the tree is then as it was before
   */
  public void apply(Path root) throws OutputException {
    List<FileChange> writes = writes();
    if (writes.isEmpty()) {
      return;
    }
    checkWritable(root, writes);

    Deque<Path> createdDirs = new ArrayDeque<>();
    Map<Path, Path> staged = new LinkedHashMap<>();
    List<FileChange> moved = new ArrayList<>();
    Path current = null;
    try {
      for (FileChange change : writes) {
        if (change.action() == FileChange.Action.DELETE) {
          continue;
        }
        Path target = resolve(root, change.path());
        current = target;
        createDirectories(target.getParent(), createdDirs);
        removeStaleTemps(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + TEMP_SUFFIX);
        staged.put(
            temp, target); // before writing: a write that fails half-way leaves a file to remove
        Files.write(temp, change.content());
      }
      for (FileChange change : writes) {
        Path target = resolve(root, change.path());
        current = target;
        if (change.action() == FileChange.Action.DELETE) {
          Files.deleteIfExists(target); // restored from previous by rollBack
          moved.add(change);
          continue;
        }
        Path temp = target.resolveSibling("." + target.getFileName() + TEMP_SUFFIX);
        move(temp, target);
        staged.remove(temp);
        moved.add(change);
      }
      for (FileChange change : writes) {
        Path parent = resolve(root, change.path()).getParent();
        if (change.action() == FileChange.Action.DELETE && !parent.equals(root)) {
          deleteQuietly(parent); // a folder left empty by removals goes too
        }
      }
    } catch (IOException e) {
      rollBack(root, staged.keySet(), moved, createdDirs);
      throw new OutputException.WriteFailed(
          "could not write " + current + ": " + describe(e) + ". Nothing was changed.", e);
    }
  }

  /**
   * Removes what an earlier run that was killed while staging left in {@code dir}: files named as
   * this class names its staged files, which no user writes, and older than any staging lasts (so
   * that a run under way elsewhere keeps its own).
   */
  private static void removeStaleTemps(Path dir) throws IOException {
    FileTime before = FileTime.from(Instant.now().minus(STALE_AFTER));
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*" + TEMP_SUFFIX)) {
      for (Path stale : entries) {
        if (Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(stale, LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0) {
          Files.deleteIfExists(stale);
        }
      }
    }
  }

  private static void checkWritable(Path root, Collection<FileChange> writes)
      throws OutputException {
    Set<Path> probed = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (FileChange change : writes) {
      Path target = resolve(root, change.path());
      Path existing = target.getParent();
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      if (existing == null) {
        problems.add(target + ": no existing parent folder");
        continue;
      }
      if (!Files.isDirectory(existing)) {
        problems.add(existing + " is a file, but a folder is needed there for " + change.path());
        continue;
      }
      if (Files.isDirectory(target)) {
        problems.add(target + " is a folder, but op-boot needs to write a file there");
        continue;
      }
      if (probed.add(existing)) {
        String problem = probe(existing);
        if (problem != null) {
          problems.add(problem);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new OutputException(
          "cannot write the output: "
              + String.join("; ", problems)
              + ". Make the folder writable or choose another one. Nothing was changed.");
    }
  }

  /** Creates and deletes a file in {@code dir}: the only check that also holds for root. */
  private static String probe(Path dir) {
    try {
      Path probe = Files.createTempFile(dir, ".op-boot-probe", TEMP_SUFFIX);
      Files.delete(probe);
      return null;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return "the folder " + dir + " is not writable (" + describe(e) + ")";
    }
  }

  private static void createDirectories(Path dir, Deque<Path> created) throws IOException {
    Deque<Path> missing = new ArrayDeque<>();
    for (Path p = dir; p != null && !Files.isDirectory(p); p = p.getParent()) {
      missing.push(p);
    }
    while (!missing.isEmpty()) {
      Path p = missing.pop();
      try {
        Files.createDirectory(p);
        created.push(p);
      } catch (FileAlreadyExistsException e) {
        if (!Files.isDirectory(p)) {
          throw e;
        }
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void rollBack(
      Path root, Collection<Path> temps, List<FileChange> moved, Deque<Path> createdDirs) {
    for (Path temp : temps) {
      deleteQuietly(temp);
    }
    for (FileChange change : moved) {
      Path target = resolve(root, change.path());
      try {
        if (change.previous() == null) {
          Files.deleteIfExists(target);
        } else {
          Files.write(target, change.previous());
        }
      } catch (IOException ignored) {
        // best effort: the original failure is what the user needs to see
      }
    }
    while (!createdDirs.isEmpty()) {
      deleteQuietly(createdDirs.pop());
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // a folder that is not empty any more stays
    }
  }

  /**
   * {@code relative} ({@code /}-separated, as in a {@link FileChange}) under {@code root}, on
   * root's file system.
   */
  public static Path resolve(Path root, String relative) {
    Path p = root;
    for (String part : relative.split("/")) {
      p = p.resolve(part);
    }
    return p;
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException n) {
      return "no such file or folder " + n.getFile();
    }
    String message = e.getMessage();
    String kind =
        e.getClass()
            .getSimpleName()
            .replace("Exception", "")
            .replaceAll("([a-z])([A-Z])", "$1 $2")
            .toLowerCase(Locale.ROOT);
    return message == null ? kind : kind + ": " + message;
  }
}
