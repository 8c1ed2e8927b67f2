package dev.opboot.generate.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which resource classes a run turns into CRDs, from {@code --include} and {@code --exclude}: an
 * existing project's sources often hold resources it does not own (copies of another operator's
 * API, test kinds), and the run must be able to leave them out without a code change.
 *
 * <p>Each list is comma-separated patterns. A pattern names a class ({@code com.example.Shop}), a
 * package with its subpackages ({@code com.example}), or either with {@code *} standing for any
 * characters ({@code com.example.*Snapshot}). A class is read when the include list is empty or
 * matches it, and the exclude list does not: exclude wins.
 *
 * @param include the patterns a class must match; empty means every class
 * @param exclude the patterns that leave a class out
 */
public record ResourceFilter(List<String> include, List<String> exclude) {
  /** Every resource class. */
  public static final ResourceFilter ALL = new ResourceFilter(List.of(), List.of());

  private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}_$.*]+");

  public ResourceFilter {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  /** The filter the options give; {@code null} or blank options leave their side empty. */
  public static ResourceFilter of(String include, String exclude) {
    return new ResourceFilter(split(include), split(exclude));
  }

  /** Why {@code value}, given as {@code flag}, is not a list of patterns, or empty when it is. */
  public static Optional<String> problem(String flag, String value) {
    for (String pattern : value.split(",", -1)) {
      String trimmed = pattern.trim();
      if (!VALID.matcher(trimmed).matches()) {
        return Optional.of(
            flag
                + " takes comma-separated class or package names, optionally with *,"
                + " such as com.example.api,com.example.Shop; '"
                + trimmed
                + "' in '"
                + value
                + "' is not one.");
      }
    }
    return Optional.empty();
  }

  /** Whether the class named {@code qualifiedName} is read. */
  public boolean accepts(String qualifiedName) {
    boolean included =
        include.isEmpty() || include.stream().anyMatch(p -> matches(p, qualifiedName));
    return included && exclude.stream().noneMatch(p -> matches(p, qualifiedName));
  }

  static boolean matches(String pattern, String qualifiedName) {
    if (pattern.contains("*")) {
      String regex =
          Arrays.stream(pattern.split("\\*", -1))
              .map(Pattern::quote)
              .reduce((a, b) -> a + ".*" + b)
              .orElse("");
      return qualifiedName.matches(regex) || qualifiedName.matches(regex + "\\..*");
    }
    return qualifiedName.equals(pattern) || qualifiedName.startsWith(pattern + ".");
  }

  private static List<String> split(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
