package dev.opboot.scaffold;

import dev.opboot.core.files.ChangeSet;
import java.util.List;

/**
 * A rendered scaffold: the files to write and what the user should hear about that is not a file
 * (an insertion marker they removed, say).
 */
public record ScaffoldPlan(ChangeSet changes, List<String> warnings) {
  public ScaffoldPlan {
    warnings = List.copyOf(warnings);
  }
}
