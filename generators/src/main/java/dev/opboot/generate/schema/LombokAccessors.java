package dev.opboot.generate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The names of the accessors Lombok writes for a field, as {@code @Accessors} shapes them, and so
 * the property Jackson makes of them. Checked against Lombok 1.18.30 with Jackson 2.20 (fabric8
 * 7.5.2's mapper): {@code fluent = true} writes {@code name()} and {@code name(value)}, which are
 * not bean accessors, so Jackson sees the field only as it sees any private field (when annotated);
 * {@code prefix} strips the first prefix that fits ({@code fName} → {@code getName}, property
 * {@code name}) and writes no accessor for a field no prefix fits; {@code chain} changes only the
 * setter's return type, which Jackson ignores. The annotation on the field, its class and the
 * classes around it merge, the innermost value of each attribute winning, as Lombok merges them.
 * Lombok copies the field's Jackson annotations to the setter only, which the field's annotations
 * already stand for. Where no annotation says, {@code lombok.config}'s {@code
 * lombok.accessors.fluent} and {@code lombok.accessors.prefix} do ({@link LombokConfig}).
 */
final class LombokAccessors {
  private static final String ACCESSORS = "lombok.experimental.Accessors";

  private LombokAccessors() {}

  /** What {@code @Accessors} says for one field, merged from the field outwards. */
  private record Style(boolean fluent, List<String> prefixes, boolean annotated) {}

  /**
   * The property name Jackson gives the bean accessors Lombok writes for {@code field}: the field's
   * name without {@code @Accessors}, the prefix-stripped name with one, or null when Lombok writes
   * no accessor Jackson detects (fluent accessors, or no prefix fits the field).
   */
  static String propertyName(VariableElement field, LombokConfig config) {
    Style style = style(field, config.of(field));
    String name = field.getSimpleName().toString();
    if (!style.annotated()) {
      return name;
    }
    if (style.fluent()) {
      return null;
    }
    String stripped = removePrefix(name, style.prefixes());
    if (stripped == null) {
      return null;
    }
    String capitalised = stripped.substring(0, 1).toUpperCase(Locale.ROOT) + stripped.substring(1);
    return PropertyReader.jacksonName(capitalised);
  }

  /** Lombok's prefix rule: the first prefix the name starts with, followed by a non-lower-case. */
  private static String removePrefix(String name, List<String> prefixes) {
    if (prefixes.isEmpty()) {
      return name;
    }
    for (String prefix : prefixes) {
      if (prefix.isEmpty()) {
        return name;
      }
      if (name.length() <= prefix.length() || !name.startsWith(prefix)) {
        continue;
      }
      char next = name.charAt(prefix.length());
      if (Character.isLetter(prefix.charAt(prefix.length() - 1)) && Character.isLowerCase(next)) {
        continue;
      }
      String rest = name.substring(prefix.length());
      return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
    }
    return null;
  }

  private static Style style(VariableElement field, LombokConfig.Settings configured) {
    Boolean fluent = null;
    List<String> prefixes = null;
    boolean annotated = false;
    for (Element e = field; e instanceof VariableElement || e instanceof TypeElement; ) {
      AnnotationMirror accessors = find(e);
      if (accessors != null) {
        annotated = true;
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v :
            accessors.getElementValues().entrySet()) {
          String attribute = v.getKey().getSimpleName().toString();
          if (attribute.equals("fluent") && fluent == null) {
            fluent = (Boolean) v.getValue().getValue();
          } else if (attribute.equals("prefix") && prefixes == null) {
            prefixes = new ArrayList<>();
            for (Object p : (List<?>) v.getValue().getValue()) {
              prefixes.add((String) ((AnnotationValue) p).getValue());
            }
          }
        }
      }
      e = e.getEnclosingElement();
    }
    if (fluent == null && configured.fluent() != null) {
      fluent = configured.fluent();
      annotated = true;
    }
    if (prefixes == null && configured.prefixes() != null) {
      prefixes = configured.prefixes();
      annotated = true;
    }
    return new Style(
        Boolean.TRUE.equals(fluent), prefixes == null ? List.of() : prefixes, annotated);
  }

  private static AnnotationMirror find(Element element) {
    for (AnnotationMirror a : element.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(ACCESSORS)) {
        return a;
      }
    }
    return null;
  }
}
