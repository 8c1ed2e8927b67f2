package dev.opboot.generate;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one generator made: its files by path relative to its output folder, sorted, and, when there
 * are none, the sentence that tells the user why (nothing of the kind was found); beside them, the
 * warnings about what is written but will likely bite the user later, each at its file:line, and
 * details that say what the generator chose (shown with {@code --verbose}), and an explanation the
 * user asked for ({@code generate rbac --explain}).
 *
 * @param files the files, by relative path
 * @param whyNone said when {@code files} is empty
 * @param warnings one sentence each, with where it applies, in order
 * @param details what the generator chose, for verbose output
 * @param explanation lines printed as they are, when the user asked why the files say what they say
 * @param obsolete files an earlier run may have made that this one does not, by relative path, each
 *     with the text such a file starts with: the run removes those that start with it (a file the
 *     user wrote there stays)
 */
public record GeneratedFiles(
    SortedMap<String, String> files,
    String whyNone,
    List<String> warnings,
    List<String> details,
    List<String> explanation,
    SortedMap<String, String> obsolete) {
  public GeneratedFiles {
    files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
    warnings = List.copyOf(warnings);
    details = List.copyOf(details);
    explanation = List.copyOf(explanation);
    SortedMap<String, String> notMade = new TreeMap<>(obsolete);
    notMade.keySet().removeAll(files.keySet());
    obsolete = java.util.Collections.unmodifiableSortedMap(notMade);
  }

  public GeneratedFiles(
      SortedMap<String, String> files,
      String whyNone,
      List<String> warnings,
      List<String> details,
      List<String> explanation) {
    this(files, whyNone, warnings, details, explanation, new TreeMap<>());
  }

  public GeneratedFiles(
      SortedMap<String, String> files,
      String whyNone,
      List<String> warnings,
      List<String> details) {
    this(files, whyNone, warnings, details, List.of());
  }

  public GeneratedFiles(SortedMap<String, String> files, String whyNone) {
    this(files, whyNone, List.of(), List.of());
  }

  public static GeneratedFiles of(Map<String, String> files, String whyNone) {
    return new GeneratedFiles(new TreeMap<>(files), whyNone);
  }

  /** These files with {@code warnings} and {@code details}. */
  public GeneratedFiles with(List<String> warnings, List<String> details) {
    return new GeneratedFiles(files, whyNone, warnings, details, explanation, obsolete);
  }

  /** These files with {@code explanation}. */
  public GeneratedFiles explained(List<String> explanation) {
    return new GeneratedFiles(files, whyNone, warnings, details, explanation, obsolete);
  }

  /**
   * These files, and the files of an earlier run to remove when they are not made now: by path, the
   * text a file op-boot wrote there starts with.
   */
  public GeneratedFiles replacing(Map<String, String> obsolete) {
    return new GeneratedFiles(
        files, whyNone, warnings, details, explanation, new TreeMap<>(obsolete));
  }

  public boolean isEmpty() {
    return files.isEmpty();
  }
}
