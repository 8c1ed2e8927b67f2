package dev.opboot.generate;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one generator made: its files by path relative to its output folder, sorted; when there are
 * none, the sentence that tells the user why (nothing of the kind was found); and the warnings of
 * the run, each at its file:line, for what is written but will likely bite the user later.
 *
 * @param files the files, by relative path
 * @param whyNone said when {@code files} is empty
 * @param warnings said whether or not files were made, in order
 */
public record GeneratedFiles(
    SortedMap<String, String> files, String whyNone, List<String> warnings) {
  public GeneratedFiles {
    files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
    warnings = List.copyOf(warnings);
  }

  public static GeneratedFiles of(Map<String, String> files, String whyNone) {
    return new GeneratedFiles(new TreeMap<>(files), whyNone, List.of());
  }

  /** The same files with {@code warnings}. */
  public GeneratedFiles withWarnings(List<String> warnings) {
    return new GeneratedFiles(files, whyNone, warnings);
  }

  public boolean isEmpty() {
    return files.isEmpty();
  }
}
