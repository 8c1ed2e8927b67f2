package dev.opboot.scaffold;

import dev.opboot.core.files.ChangeSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rendered scaffold: the files to write, what the user should hear about that is not a file (an
 * insertion marker they removed, say), and the files it replaces with the path of their backup.
 *
 * @param backups replaced file → where its earlier content is saved (both relative to the project
 *     root), sorted by path
 */
public record ScaffoldPlan(ChangeSet changes, List<String> warnings, Map<String, String> backups) {
  public ScaffoldPlan {
    warnings = List.copyOf(warnings);
    backups = Collections.unmodifiableSortedMap(new TreeMap<>(backups));
  }

  public ScaffoldPlan(ChangeSet changes, List<String> warnings) {
    this(changes, warnings, Map.of());
  }
}
