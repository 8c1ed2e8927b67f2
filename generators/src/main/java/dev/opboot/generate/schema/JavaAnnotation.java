package dev.opboot.generate.schema;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An annotation as written into Java source, which is what an {@link AnnotationRule}'s inverse
 * gives an import for the keywords it reads: its type's qualified name and its members in order.
 * Member values are {@link String}, {@link Long}, {@link java.math.BigDecimal} (for {@code double}
 * members), {@link Boolean}, {@link EnumValue}, or a {@link java.util.List} of those.
 */
public record JavaAnnotation(String type, Map<String, Object> members) {
  /** A constant of an enum used as an annotation member, e.g. {@code ListType.Kind.ATOMIC}. */
  public record EnumValue(String enumType, String constant) {}

  public static JavaAnnotation of(String type) {
    return new JavaAnnotation(type, Map.of());
  }

  public static JavaAnnotation of(String type, Object value) {
    return new JavaAnnotation(type, Map.of("value", value));
  }

  /** Members from alternating names and values; null values are left out. */
  public static JavaAnnotation of(String type, Object... namesAndValues) {
    Map<String, Object> members = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        members.put((String) namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    return new JavaAnnotation(type, members);
  }

  public String simpleName() {
    return type.substring(type.lastIndexOf('.') + 1);
  }
}
