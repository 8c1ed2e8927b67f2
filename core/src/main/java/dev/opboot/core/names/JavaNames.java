package dev.opboot.core.names;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Java naming rules for the packages and classes op-boot generates. */
public final class JavaNames {
  private JavaNames() {}

  /** A package name such as {@code com.example.operator}: dotted identifiers, none a keyword. */
  public static Optional<String> checkPackageName(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.of("it is empty");
    }
    for (String part : value.split("\\.", -1)) {
      if (part.isEmpty()) {
        return Optional.of("it has an empty segment (two dots, or a dot at either end)");
      }
      if (SourceVersion.isKeyword(part)) {
        return Optional.of("'" + part + "' is a Java keyword");
      }
      if (!SourceVersion.isIdentifier(part)) {
        return Optional.of("'" + part + "' is not a Java identifier");
      }
    }
    return Optional.empty();
  }

  /**
   * Turns a free-form name (a project name, an API group label) into one package segment:
   * lower-case letters and digits only, prefixed when it would start with a digit, suffixed with
   * {@code _} when it is a keyword.
   */
  public static String toPackageSegment(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    if (out.length() == 0 || Character.isDigit(out.charAt(0))) {
      out.insert(0, 'p');
    }
    String segment = out.toString();
    return SourceVersion.isKeyword(segment) ? segment + "_" : segment;
  }

  /** Whether {@code value} is a Java keyword or literal (class, int, true, null, ...). */
  public static boolean isKeyword(String value) {
    return SourceVersion.isKeyword(value);
  }

  /** Why {@code id} is no Maven groupId or artifactId, or empty when it is one. */
  public static Optional<String> checkMavenId(String id) {
    return id.matches("[A-Za-z0-9_.-]+")
        ? Optional.empty()
        : Optional.of("use letters, digits, '.', '-' and '_'");
  }

  /**
   * Simple names of the classes that sources op-boot generates (scaffolded or imported) use without
   * qualifying them, java.lang's and the collections': a class of the API named like one would hide
   * it.
   */
  private static final Set<String> USED_EVERYWHERE =
      Set.of(
          "Object",
          "String",
          "Integer",
          "Long",
          "Boolean",
          "Double",
          "Float",
          "Short",
          "Byte",
          "Character",
          "Number",
          "Void",
          "Class",
          "Enum",
          "Record",
          "Override",
          "Deprecated",
          "Exception",
          "RuntimeException",
          "Error",
          "Throwable",
          "Thread",
          "System",
          "Math",
          "Runtime",
          "Iterable",
          "Comparable",
          "Module",
          "Package",
          "Process",
          "List",
          "Map",
          "Set",
          "ObjectMeta",
          "CustomResource",
          "Namespaced",
          "Condition");

  /**
   * {@link #USED_EVERYWHERE} and {@code more}: the class names a kind of generated sources may not
   * take.
   */
  public static Set<String> withClassesEveryGeneratedSourceUses(String... more) {
    Set<String> names = new java.util.HashSet<>(USED_EVERYWHERE);
    names.addAll(List.of(more));
    return Set.copyOf(names);
  }
}
