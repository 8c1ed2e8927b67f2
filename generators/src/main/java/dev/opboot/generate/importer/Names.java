package dev.opboot.generate.importer;

import dev.opboot.core.names.JavaNames;
import dev.opboot.core.names.Plurals;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java names for JSON names. Classes: the property's name in UpperCamelCase (singular for list
 * items and map values), prefixed with the enclosing class's name when taken, then numbered. Fields
 * and enum constants: the JSON name when it is a safe Java name, else a safe spelling that
 * {@code @JsonProperty} maps back.
 */
final class Names {
  /**
   * Class names that would hide a type the imported sources use (java.lang's, Java and Kubernetes
   * types the classes refer to) or be mistaken for one (Kubernetes' Condition).
   */
  private static final Set<String> RESERVED =
      JavaNames.withClassesEveryGeneratedSourceUses(
          "SuppressWarnings",
          "FunctionalInterface",
          "SafeVarargs",
          "StrictMath",
          "BigInteger",
          "BigDecimal",
          "JsonNode",
          "IntOrString",
          "Quantity",
          "GenericKubernetesResource");

  private final Set<String> taken = new HashSet<>();

  /** Takes {@code name} for a class of its own (the resource, its spec and status). */
  void reserve(String name) {
    taken.add(name);
  }

  /** A new class name from a JSON property name, unique among this import's classes. */
  /**
   * The longest class name made by prefixing the enclosing class's; longer ones are numbered
   * instead.
   */
  static final int LONGEST_PREFIXED = 60;

  String className(String jsonName, String enclosing) {
    String base = upperCamel(jsonName);
    if (base.isEmpty() || !Character.isJavaIdentifierStart(base.charAt(0))) {
      base = enclosing + base;
    }
    // The enclosing class's name is a prefix only while names stay short: in a deep schema whose
    // levels
    // share a property name it would grow with every level, past what a file system takes.
    String prefixed = (enclosing + base).length() <= LONGEST_PREFIXED ? enclosing + base : base;
    for (String candidate : List.of(base, prefixed)) {
      if (isFree(candidate)) {
        taken.add(candidate);
        return candidate;
      }
    }
    for (int i = 2; ; i++) {
      String candidate = prefixed + i;
      if (isFree(candidate)) {
        taken.add(candidate);
        return candidate;
      }
    }
  }

  private boolean isFree(String name) {
    return SourceVersion.isIdentifier(name)
        && !SourceVersion.isKeyword(name)
        && !RESERVED.contains(name)
        && !taken.contains(name);
  }

  /** {@code max-surge} → {@code MaxSurge}, {@code dnsTTL} → {@code DnsTTL}. */
  static String upperCamel(String json) {
    StringBuilder out = new StringBuilder();
    for (String part : json.split("[^\\p{Alnum}]+")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }

  /**
   * The singular of a plural property name, for the class of its items: {@code ports} → {@code
   * port}.
   */
  static String singular(String json) {
    String word = json;
    if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
      return word; // status, class, analysis: singular already
    }
    for (String candidate :
        java.util.Arrays.asList(
            stripped(word, "ies", "y"), stripped(word, "es", ""), stripped(word, "s", ""))) {
      if (candidate != null
          && !candidate.isEmpty()
          && Plurals.pluralOf(candidate).equals(word.toLowerCase(Locale.ROOT))) {
        return candidate;
      }
    }
    return word;
  }

  private static String stripped(String word, String suffix, String replacement) {
    return word.endsWith(suffix)
        ? word.substring(0, word.length() - suffix.length()) + replacement
        : null;
  }

  /**
   * A field name for a JSON name: one Jackson's getter naming maps back to itself (so the field,
   * its getter and its setter are one property), a Java identifier, not a keyword.
   */
  static String fieldName(String json) {
    String[] parts = json.split("[^\\p{Alnum}_$]+");
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      out.append(
          out.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    String name = out.length() == 0 ? "value" : out.toString();
    if (!Character.isJavaIdentifierStart(name.charAt(0))) {
      name = "_" + name;
    }
    name = jacksonName(capitalize(name));
    if (JavaNames.isKeyword(name) || name.equals("class")) {
      name = name + "_";
    }
    return name;
  }

  /** {@code fooBar} → {@code FooBar}: the part after {@code get} and {@code set}. */
  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Jackson's name for a getter's suffix: the leading upper-case letters lower-cased. */
  private static String jacksonName(String suffix) {
    int upper = 0;
    while (upper < suffix.length() && Character.isUpperCase(suffix.charAt(upper))) {
      upper++;
    }
    return suffix.substring(0, upper).toLowerCase(Locale.ROOT) + suffix.substring(upper);
  }

  /** An enum constant for a JSON string: itself when it is an identifier, else a safe spelling. */
  static String constantName(String value) {
    if (SourceVersion.isIdentifier(value) && !SourceVersion.isKeyword(value)) {
      return value;
    }
    String name = value.replaceAll("[^\\p{Alnum}_$]", "_");
    if (name.isEmpty() || name.chars().allMatch(c -> c == '_')) {
      name = "EMPTY" + name;
    }
    if (!Character.isJavaIdentifierStart(name.charAt(0))) {
      name = "_" + name;
    }
    return SourceVersion.isKeyword(name) ? name + "_" : name;
  }
}
