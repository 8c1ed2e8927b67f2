package dev.opboot.generate;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one generator made: its files by path relative to its output folder, sorted, and, when there
 * are none, the sentence that tells the user why (nothing of the kind was found).
 *
 * @param files the files, by relative path
 * @param whyNone said when {@code files} is empty
 * @param warnings what the user should hear although the files were made (each one line, with its
 *     place), such as a CRD rule the API server will likely refuse for its cost
 */
public record GeneratedFiles(
    SortedMap<String, String> files, String whyNone, java.util.List<String> warnings) {
  public GeneratedFiles {
    files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
    warnings = java.util.List.copyOf(warnings);
  }

  public GeneratedFiles(SortedMap<String, String> files, String whyNone) {
    this(files, whyNone, java.util.List.of());
  }

  public static GeneratedFiles of(Map<String, String> files, String whyNone) {
    return new GeneratedFiles(new TreeMap<>(files), whyNone);
  }

  /** The same files, with {@code warnings} to tell. */
  public GeneratedFiles withWarnings(java.util.List<String> warnings) {
    return new GeneratedFiles(files, whyNone, warnings);
  }

  public boolean isEmpty() {
    return files.isEmpty();
  }
}
