package dev.opboot.generate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Jackson's polymorphism as the schema describes it: a class with {@code @JsonSubTypes} is the
 * union of its subtypes' properties, and {@code @JsonTypeInfo}'s discriminator property is a string
 * limited to the subtypes' names (added when Jackson writes it, {@code include = PROPERTY}; a
 * property the class already has, {@code EXISTING_PROPERTY}, keeps its own schema). A structural
 * schema has no {@code oneOf} of object shapes the API server accepts, so the union is what lets
 * every subtype Jackson writes through; fabric8 7.x makes the same union. Strimzi's storage and
 * authorisation types are written this way.
 */
final class SubTypes {
  private static final String SUB_TYPES = "com.fasterxml.jackson.annotation.JsonSubTypes";
  private static final String TYPE_INFO = "com.fasterxml.jackson.annotation.JsonTypeInfo";

  private SubTypes() {}

  /**
   * One subtype.
   *
   * @param type its class
   * @param name the name Jackson writes for it, or empty when {@code @JsonSubTypes.Type} gives none
   */
  record SubType(DeclaredType type, String name) {}

  /**
   * The discriminator Jackson writes as a property.
   *
   * @param property its JSON name
   * @param added true when Jackson adds it ({@code include = PROPERTY}), false when it is one of
   *     the class's own properties ({@code EXISTING_PROPERTY})
   */
  record Discriminator(String property, boolean added) {}

  /** The subtypes {@code @JsonSubTypes} names on the class, in order; empty without it. */
  static List<SubType> of(TypeElement element) {
    List<SubType> out = new ArrayList<>();
    AnnotationMirror subTypes = find(element, SUB_TYPES);
    if (subTypes == null) {
      return out;
    }
    Object types = valueOf(subTypes, "value");
    if (!(types instanceof List<?> list)) {
      return out;
    }
    for (Object item : list) {
      if (item instanceof AnnotationValue value
          && value.getValue() instanceof AnnotationMirror type
          && valueOf(type, "value") instanceof TypeMirror mirror
          && mirror instanceof DeclaredType declared) {
        Object name = valueOf(type, "name");
        out.add(new SubType(declared, name instanceof String s ? s : ""));
      }
    }
    return out;
  }

  /** The discriminator property of {@code @JsonTypeInfo(use = NAME)}, or null for other uses. */
  static Discriminator discriminator(TypeElement element) {
    AnnotationMirror info = find(element, TYPE_INFO);
    if (info == null) {
      return null;
    }
    Object use = valueOf(info, "use");
    if (use == null || !use.toString().equals("NAME")) {
      return null;
    }
    Object include = valueOf(info, "include");
    String includeName = include == null ? "PROPERTY" : include.toString();
    if (!includeName.equals("PROPERTY") && !includeName.equals("EXISTING_PROPERTY")) {
      return null; // wrapper objects and arrays are not written as a property
    }
    Object property = valueOf(info, "property");
    String name = property instanceof String s && !s.isEmpty() ? s : "@type";
    return new Discriminator(name, includeName.equals("PROPERTY"));
  }

  private static AnnotationMirror find(TypeElement element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().toString().equals(annotation)) {
        return mirror;
      }
    }
    return null;
  }

  private static Object valueOf(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue().getValue();
      }
    }
    return null;
  }
}
