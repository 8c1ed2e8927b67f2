package dev.opboot.generate.schema;

import java.util.List;
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

  /** Every annotation on the property's elements, each annotation type once (the first wins). */
  List<AnnotationMirror> annotations() {
    java.util.Map<String, AnnotationMirror> byType = new java.util.LinkedHashMap<>();
    for (Element e : elements) {
      for (AnnotationMirror a : e.getAnnotationMirrors()) {
        byType.putIfAbsent(a.getAnnotationType().asElement().toString(), a);
      }
    }
    return List.copyOf(byType.values());
  }
}
