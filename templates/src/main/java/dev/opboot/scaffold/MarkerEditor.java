package dev.opboot.scaffold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Adds a fragment before a marker line, once. */
final class MarkerEditor {
  /** What inserting did. */
  enum Outcome {
    INSERTED,
    ALREADY_PRESENT,
    MARKER_MISSING
  }

  record Result(String content, Outcome outcome) {}

  private MarkerEditor() {}

  /**
   * Inserts {@code fragment} before the first line containing {@code markerText}, each line
   * prefixed with the marker line's indentation; blank lines in the fragment (before a method, say)
   * stay, empty, except those at its end. When every non-blank line of the fragment already stands,
   * in order and with only blank lines between them, in the file, nothing changes.
   */
  static Result insert(String content, String markerText, String fragment) {
    List<String> lines = new ArrayList<>(Arrays.asList(content.split("\n", -1)));
    List<String> fragmentLines = new ArrayList<>(fragment.lines().toList());
    while (!fragmentLines.isEmpty() && fragmentLines.get(fragmentLines.size() - 1).isBlank()) {
      fragmentLines.remove(fragmentLines.size() - 1);
    }
    if (fragmentLines.stream().allMatch(String::isBlank) || containsInOrder(lines, fragmentLines)) {
      return new Result(content, Outcome.ALREADY_PRESENT);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.contains(markerText)) {
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        List<String> inserted =
            fragmentLines.stream().map(l -> l.isBlank() ? "" : indent + l).toList();
        lines.addAll(i, inserted);
        return new Result(String.join("\n", lines), Outcome.INSERTED);
      }
    }
    return new Result(content, Outcome.MARKER_MISSING);
  }

  private static boolean containsInOrder(List<String> lines, List<String> fragment) {
    List<String> trimmed = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    List<String> wanted = fragment.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    outer:
    for (int start = 0; start + wanted.size() <= trimmed.size(); start++) {
      for (int j = 0; j < wanted.size(); j++) {
        if (!trimmed.get(start + j).equals(wanted.get(j))) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
