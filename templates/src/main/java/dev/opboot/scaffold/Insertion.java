package dev.opboot.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lines added to an existing file just before a marker comment such as {@code //
 * op-boot:scaffold:reconcilers}, indented like the marker. A fragment whose lines are already in
 * the file is not added again, so re-running a command is harmless; an {@link Existing} check
 * recognises what the fragment stands for however the user has since edited it.
 *
 * @param paths the file, relative to the project root, followed by the files older projects hold
 *     the marker in instead; the first that exists gets the lines
 * @param marker the marker name; the file holds it as {@code op-boot:scaffold:<marker>}
 * @param templateName the FreeMarker template of the lines to insert
 * @param existing what makes the insertion needless beyond its own lines, or null for nothing more
 */
public record Insertion(List<String> paths, String marker, String templateName, Existing existing) {

  /** Recognises, in a file's content, what an insertion would add, in whatever form it now has. */
  @FunctionalInterface
  public interface Existing {
    /**
     * A note saying where {@code content} (the file at {@code path}) already holds it, or empty
     * when it does not.
     */
    Optional<String> find(String path, String content);
  }

  public Insertion {
    paths = List.copyOf(paths);
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("an insertion needs a file");
    }
  }

  public Insertion(String path, String marker, String templateName) {
    this(List.of(path), marker, templateName, null);
  }

  /** The file the insertion is meant for. */
  public String path() {
    return paths.get(0);
  }

  /** The same insertion, into {@code olderPath} when {@link #paths()}' files do not exist. */
  public Insertion orInto(String olderPath) {
    List<String> all = new ArrayList<>(paths);
    all.add(olderPath);
    return new Insertion(all, marker, templateName, existing);
  }

  /** The same insertion, skipped when {@code check} finds its content in any of its files. */
  public Insertion unless(Existing check) {
    return new Insertion(paths, marker, templateName, check);
  }

  /** The text that marks the insertion point in a file. */
  public String markerText() {
    return "op-boot:scaffold:" + marker;
  }
}
