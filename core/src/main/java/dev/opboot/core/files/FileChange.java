package dev.opboot.core.files;

import java.util.Arrays;
import java.util.Objects;

/**
 * One file that a command computed, and what applying the computation does to it. Both flows
 * (scaffolding and generation) produce these, so the CLI reports and writes them the same way.
 *
 * @param path the file's path relative to the output root, with {@code /} separators
 * @param action what applying this change does
 * @param content the file's new content (for {@link Action#SKIP} the content that was not written)
 * @param previous the content on disk before, or {@code null} when the file does not exist yet
 * @param note a short human reason shown beside the path (may be empty)
 */
public record FileChange(String path, Action action, byte[] content, byte[] previous, String note) {

  /** What happens to a file when a {@link ChangeSet} is applied. */
  public enum Action {
    /** The file does not exist and will be written. */
    CREATE("created"),
    /** The file exists with other content and will be replaced. */
    UPDATE("updated"),
    /** The file exists with exactly this content; nothing is written. */
    UNCHANGED("unchanged"),
    /** The file exists and is left as it is (it may hold the user's edits). */
    SKIP("skipped"),
    /**
     * The file exists, was written by an earlier run of the same generator, and is no longer made:
     * it is removed (its content is empty, {@code previous} what is removed).
     */
    DELETE("removed");

    private final String pastTense;

    Action(String pastTense) {
      this.pastTense = pastTense;
    }

    /** The word used in reports: created, updated, unchanged, skipped. */
    public String pastTense() {
      return pastTense;
    }

    /** Whether applying a change with this action writes to disk. */
    public boolean writes() {
      return this == CREATE || this == UPDATE || this == DELETE;
    }
  }

  public FileChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(content, "content");
    note = note == null ? "" : note;
    if (path.isEmpty()
        || path.startsWith("/")
        || path.contains("\\")
        || path.contains("//")
        || Arrays.asList(path.split("/")).contains("..")) {
      throw new IllegalArgumentException("not a relative output path: " + path);
    }
    if (action == Action.CREATE && previous != null) {
      throw new IllegalArgumentException("a created file has no previous content: " + path);
    }
    if ((action == Action.UPDATE || action == Action.UNCHANGED || action == Action.DELETE)
        && previous == null) {
      throw new IllegalArgumentException(action + " needs the previous content: " + path);
    }
  }

  /**
   * The change that writes {@code content} at {@code path} given what is on disk now: created,
   * updated or unchanged.
   */
  public static FileChange replacing(String path, byte[] content, byte[] previous, String note) {
    if (previous == null) {
      return new FileChange(path, Action.CREATE, content, null, note);
    }
    Action action = Arrays.equals(previous, content) ? Action.UNCHANGED : Action.UPDATE;
    return new FileChange(path, action, content, previous, note);
  }

  /** A file that exists and is removed, since what wrote it makes it no more. */
  public static FileChange removing(String path, byte[] previous, String why) {
    return new FileChange(path, Action.DELETE, new byte[0], previous, why);
  }

  /** A file that exists and is deliberately not written. */
  public static FileChange skipped(String path, byte[] content, byte[] previous, String why) {
    return new FileChange(path, Action.SKIP, content, previous, why);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FileChange other
        && path.equals(other.path)
        && action == other.action
        && Arrays.equals(content, other.content)
        && Arrays.equals(previous, other.previous)
        && note.equals(other.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, action, Arrays.hashCode(content), Arrays.hashCode(previous), note);
  }

  @Override
  public String toString() {
    return action.pastTense() + " " + path + (note.isEmpty() ? "" : " (" + note + ")");
  }
}
