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
 */
public record GeneratedFiles(SortedMap<String, String> files, String whyNone) {
  public GeneratedFiles {
    files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  public static GeneratedFiles of(Map<String, String> files, String whyNone) {
    return new GeneratedFiles(new TreeMap<>(files), whyNone);
  }

  public boolean isEmpty() {
    return files.isEmpty();
  }
}
