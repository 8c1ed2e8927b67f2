package dev.opboot.generate.schema;

import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * How Jackson finds accessors whose names say nothing: a method annotated with
 * {@code @JsonProperty}, {@code @JsonGetter} or {@code @JsonSetter} is a getter or setter whatever
 * its name ({@code @JsonGetter("alpha") String computeAlpha()}), and
 * {@code @JsonAnyGetter}/{@code @JsonAnySetter} methods are the catch-all of unknown properties,
 * not properties. This is about which elements make a property; what the annotations do to the
 * schema is {@link AnnotationRegistry}'s.
 */
final class JacksonAccessors {
  private static final String JACKSON = "com.fasterxml.jackson.annotation.";
  private static final Set<String> NAMING =
      Set.of(JACKSON + "JsonProperty", JACKSON + "JsonGetter", JACKSON + "JsonSetter");
  private static final Set<String> ANY =
      Set.of(JACKSON + "JsonAnyGetter", JACKSON + "JsonAnySetter");

  private JacksonAccessors() {}

  /** Whether {@code element} is named explicitly as a Jackson accessor. */
  static boolean isExplicit(Element element) {
    return find(element, NAMING) != null;
  }

  /** Whether {@code element} is an {@code @JsonAnyGetter} or {@code @JsonAnySetter}. */
  static boolean isAny(Element element) {
    return find(element, ANY) != null;
  }

  /** The name an explicit accessor gives its property, or {@code fallback} when it gives none. */
  static String explicitName(Element method, String fallback) {
    AnnotationMirror naming = find(method, NAMING);
    if (naming != null) {
      for (var e : naming.getElementValues().entrySet()) {
        if (e.getKey().getSimpleName().contentEquals("value")) {
          Object value = ((AnnotationValue) e.getValue()).getValue();
          if (value instanceof String name && !name.isEmpty()) {
            return name;
          }
        }
      }
    }
    return fallback;
  }

  /**
   * Whether {@code executable} is an {@code @JsonCreator} that takes properties (a static factory
   * or constructor, not {@code mode = DELEGATING}, whose one argument is the whole value).
   */
  static boolean isCreator(ExecutableElement executable) {
    AnnotationMirror creator = find(executable, Set.of(JACKSON + "JsonCreator"));
    if (creator == null
        || (executable.getKind() == javax.lang.model.element.ElementKind.METHOD
            && !executable.getModifiers().contains(javax.lang.model.element.Modifier.STATIC))) {
      return false;
    }
    for (var e : creator.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("mode")
          && e.getValue().getValue().toString().equals("DELEGATING")) {
        return false;
      }
    }
    return true;
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
