package dev.opboot.generate.schema;

import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Which fields and accessors Jackson auto-detects, as fabric8's mapper leaves Jackson's defaults:
 * public fields, public getters and is-getters, setters of any visibility, and anything annotated
 * explicitly, unless the declaring class's {@code @JsonAutoDetect} says otherwise. A private field
 * is a property only through an accessor, so the getters and setters Lombok writes count too:
 * {@code @Getter}/{@code @Setter} on the field or class, {@code @Data}, {@code @Value}, and
 * {@code @Jacksonized} builders (op-boot reads sources without running Lombok, so it reads its
 * annotations instead).
 */
final class Visibility {
  private static final String JACKSON = "com.fasterxml.jackson.annotation.";
  private static final String AUTO_DETECT = JACKSON + "JsonAutoDetect";

  /** Annotations that make Jackson take an element whatever its visibility. */
  private static final Set<String> EXPLICIT =
      Set.of(
          JACKSON + "JsonProperty",
          JACKSON + "JsonGetter",
          JACKSON + "JsonSetter",
          JACKSON + "JsonUnwrapped",
          JACKSON + "JsonAnyGetter",
          JACKSON + "JsonAnySetter",
          JACKSON + "JsonIgnore",
          JACKSON + "JsonManagedReference",
          JACKSON + "JsonBackReference",
          // the annotations from which Jackson infers that a member is a property
          // (JacksonAnnotationIntrospector's ANNOTATIONS_TO_INFER_SER and _DESER)
          JACKSON + "JsonFormat",
          JACKSON + "JsonView",
          JACKSON + "JsonTypeInfo",
          JACKSON + "JsonRawValue",
          JACKSON + "JsonMerge",
          "com.fasterxml.jackson.databind.annotation.JsonSerialize",
          "com.fasterxml.jackson.databind.annotation.JsonDeserialize");

  private static final Set<String> LOMBOK_ALL_ACCESSORS =
      Set.of("lombok.Data", "lombok.Value", "lombok.extern.jackson.Jacksonized");
  private static final Set<String> LOMBOK_ACCESSOR = Set.of("lombok.Getter", "lombok.Setter");

  private Visibility() {}

  /** Whether Jackson sees {@code element} (a field, getter, setter or record component). */
  static boolean isVisible(Element element, boolean getter, LombokConfig config) {
    if (element.getKind() == ElementKind.RECORD_COMPONENT
        || element.getEnclosingElement().getKind() == ElementKind.RECORD
        || element.getKind() == ElementKind.PARAMETER
        || hasAny(element, EXPLICIT)) {
      return true;
    }
    TypeElement owner = (TypeElement) element.getEnclosingElement();
    if (element instanceof VariableElement) {
      return allowed(element, autoDetect(owner, "fieldVisibility"), "PUBLIC_ONLY")
          || lombokBeanName((VariableElement) element, config) != null;
    }
    ExecutableElement method = (ExecutableElement) element;
    if (!getter) {
      return allowed(method, autoDetect(owner, "setterVisibility"), "ANY");
    }
    String kind =
        method.getSimpleName().toString().startsWith("is")
            ? "isGetterVisibility"
            : "getterVisibility";
    return allowed(method, autoDetect(owner, kind), "PUBLIC_ONLY");
  }

  /** Whether the class's {@code @JsonAutoDetect} may make non-public methods accessors. */
  static boolean detectsNonPublic(TypeElement owner) {
    return find(owner, Set.of(AUTO_DETECT)) != null;
  }

  /**
   * Whether Jackson sees {@code field} by itself, without the accessors Lombok writes: by its
   * visibility or an annotation.
   */
  static boolean fieldVisibleByItself(VariableElement field) {
    TypeElement owner = (TypeElement) field.getEnclosingElement();
    return hasAny(field, EXPLICIT)
        || allowed(field, autoDetect(owner, "fieldVisibility"), "PUBLIC_ONLY");
  }

  /**
   * The property Jackson makes of the public bean accessors Lombok writes for {@code field}, or
   * null when it writes none (no Lombok annotation, or {@code @Accessors} makes them fluent or no
   * prefix fits, see {@link LombokAccessors}).
   */
  static String lombokBeanName(VariableElement field, LombokConfig config) {
    TypeElement owner = (TypeElement) field.getEnclosingElement();
    return lombokAccessor(field, owner) ? LombokAccessors.propertyName(field, config) : null;
  }

  /** Whether Lombok writes a public accessor for {@code field}. */
  private static boolean lombokAccessor(Element field, TypeElement owner) {
    AnnotationMirror onField = find(field, LOMBOK_ACCESSOR);
    if (onField != null) {
      return isPublicAccess(onField);
    }
    if (hasAny(owner, LOMBOK_ALL_ACCESSORS)) {
      return true;
    }
    AnnotationMirror onClass = find(owner, LOMBOK_ACCESSOR);
    return onClass != null && isPublicAccess(onClass);
  }

  private static boolean isPublicAccess(AnnotationMirror lombok) {
    String level = value(lombok, "value");
    return level == null || level.equals("PUBLIC");
  }

  private static String autoDetect(TypeElement owner, String kind) {
    AnnotationMirror a = find(owner, Set.of(AUTO_DETECT));
    return a == null ? null : value(a, kind);
  }

  private static boolean allowed(Element element, String level, String defaultLevel) {
    String effective = level == null || level.equals("DEFAULT") ? defaultLevel : level;
    Set<Modifier> m = element.getModifiers();
    return switch (effective) {
      case "ANY" -> true;
      case "NON_PRIVATE" -> !m.contains(Modifier.PRIVATE);
      case "PROTECTED_AND_PUBLIC" -> m.contains(Modifier.PUBLIC) || m.contains(Modifier.PROTECTED);
      case "PUBLIC_ONLY" -> m.contains(Modifier.PUBLIC);
      default -> false; // NONE
    };
  }

  private static String value(AnnotationMirror a, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        a.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        Object v = e.getValue().getValue();
        return v instanceof VariableElement constant ? constant.getSimpleName().toString() : null;
      }
    }
    return null;
  }

  private static boolean hasAny(Element element, Set<String> names) {
    return find(element, names) != null;
  }

  private static AnnotationMirror find(Element element, Set<String> names) {
    for (AnnotationMirror a : element.getAnnotationMirrors()) {
      if (names.contains(
          ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString())) {
        return a;
      }
    }
    return null;
  }
}
