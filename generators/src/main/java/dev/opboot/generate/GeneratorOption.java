package dev.opboot.generate;

import java.util.Locale;
import java.util.Optional;

/**
 * One option of one generator, described once: the CLI's {@code --<name>} and the Maven property
 * {@code op-boot.<generator>.<camelName>} are both derived from it, with the same description,
 * default and check, so the two front ends cannot drift apart.
 *
 * @param name the option's name in kebab case: {@code max-desc-len}
 * @param paramLabel the value's placeholder in help: {@code N}
 * @param type how the value is read
 * @param defaultValue the value when not given, or {@code null} for none
 * @param description one or two sentences for help and the Maven plugin's documentation
 * @param check what makes a value bad, given the flag as the user spelt it
 */
public record GeneratorOption(
    String name,
    String paramLabel,
    Type type,
    String defaultValue,
    String description,
    Check check) {

  /** How a value is read. */
  public enum Type {
    STRING,
    /** A whole number. */
    INTEGER,
    /**
     * A switch: the flag alone ({@code --bare-object-meta}) or {@code =true} turns it on, {@code
     * =false} off; the Maven property takes {@code true} or {@code false}.
     */
    BOOLEAN
  }

  /** Why a value is bad, or empty when it is fine. */
  @FunctionalInterface
  public interface Check {
    Optional<String> problem(String flag, String value);

    Check NONE = (flag, value) -> Optional.empty();
  }

  private static final java.util.Set<String> BOOLEANS = java.util.Set.of("true", "false");

  /** A switch, off unless given: the flag alone turns it on. */
  public static GeneratorOption flag(String name, String description) {
    return new GeneratorOption(name, null, Type.BOOLEAN, "false", description, Check.NONE);
  }

  /** The command-line flag: {@code --max-desc-len}. */
  public String flag() {
    return "--" + name;
  }

  /** The name in a Maven property: {@code maxDescLen}, as in {@code op-boot.crd.maxDescLen}. */
  public String camelName() {
    StringBuilder camel = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        camel.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return camel.toString();
  }

  /** Why {@code value}, given as {@code flag}, is bad, or empty when it is fine. */
  public Optional<String> problem(String flag, String value) {
    if (type == Type.INTEGER) {
      try {
        Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        return Optional.of(flag + " must be a whole number, not '" + value + "'.");
      }
    }
    if (type == Type.BOOLEAN && !BOOLEANS.contains(value.trim().toLowerCase(Locale.ROOT))) {
      return Optional.of(flag + " is true or false, not '" + value + "'.");
    }
    return check.problem(flag, type == Type.STRING ? value : value.trim());
  }

  @Override
  public String toString() {
    return name.toLowerCase(Locale.ROOT);
  }
}
