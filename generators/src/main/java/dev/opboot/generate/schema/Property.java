package dev.opboot.generate.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One property of a class as Jackson would see it: a field, a getter, a record component, or
 * several of them under one name, with the annotations of all of them.
 *
 * @param name the Java property name (before {@code @JsonProperty})
 * @param type the property's type, with the class's type arguments filled in
 * @param declaredType the type as written, which carries type-use annotations
 * @param elements the field, getter, setter and record component that make the property
 */
record Property(String name, TypeMirror type, TypeMirror declaredType, List<Element> elements) {

  /** The element errors point at, and whose doc comment describes the property. */
  Element primary() {
    return elements.get(0);
  }

  private static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
  private static final Set<String> EXPLICIT =
      Set.of(
          "com.fasterxml.jackson.annotation.JsonProperty",
          "com.fasterxml.jackson.annotation.JsonGetter",
          "com.fasterxml.jackson.annotation.JsonSetter");

  /**
   * Every annotation on the property's elements, each annotation type once (the first wins). As in
   * Jackson, an {@code @JsonIgnore} on one accessor ignores the whole property unless another
   * accessor names it explicitly ({@code @JsonProperty}, {@code @JsonGetter}, {@code @JsonSetter}):
   * then only the ignored accessor goes, and the property stays.
   */
  List<AnnotationMirror> annotations() {
    boolean keptExplicitly = elements.stream().anyMatch(e -> !hasIgnore(e) && has(e, EXPLICIT));
    Map<String, AnnotationMirror> byType = new LinkedHashMap<>();
    for (Element e : elements) {
      if (keptExplicitly && hasIgnore(e)) {
        continue;
      }
      for (AnnotationMirror a : e.getAnnotationMirrors()) {
        byType.putIfAbsent(a.getAnnotationType().asElement().toString(), a);
      }
    }
    return List.copyOf(byType.values());
  }

  /** Whether {@code element} carries Jackson's {@code @JsonIgnore}. */
  static boolean hasIgnore(Element element) {
    return has(element, Set.of(JSON_IGNORE));
  }

  private static boolean has(Element element, Set<String> annotations) {
    return element.getAnnotationMirrors().stream()
        .anyMatch(a -> annotations.contains(a.getAnnotationType().asElement().toString()));
  }
}
