package dev.opboot.generate.schema;

import dev.opboot.generate.problem.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The arguments of one annotation as written in the sources (or compiled into a class file), read
 * by name, with the annotation's defaults where an argument was left out.
 */
public final class AnnotationValues {
  private final AnnotationMirror mirror;
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> explicit;
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> withDefaults;
  private final Supplier<SourceLocation> where;
  private SourceLocation location;
  private final Elements elements;

  AnnotationValues(AnnotationMirror mirror, Elements elements, Supplier<SourceLocation> where) {
    this.mirror = mirror;
    this.elements = elements;
    this.explicit = mirror.getElementValues();
    this.withDefaults = elements.getElementValuesWithDefaults(mirror);
    this.where = where;
  }

  /** The annotation's qualified name. */
  public String name() {
    return mirror.getAnnotationType().asElement().toString();
  }

  /** The annotation as written, e.g. {@code @Min(1)}, for messages. */
  public String source() {
    return mirror.toString();
  }

  /** Where the annotation is written. */
  public SourceLocation location() {
    if (location == null) {
      location = where.get();
    }
    return location;
  }

  /** Whether the argument was written explicitly (not left to its default). */
  public boolean has(String argument) {
    return find(explicit, argument) != null;
  }

  public String string(String argument) {
    Object v = value(argument);
    return v == null ? null : v.toString();
  }

  public boolean bool(String argument) {
    return Boolean.TRUE.equals(value(argument));
  }

  public Number number(String argument) {
    return (Number) value(argument);
  }

  /** An enum constant's name. */
  public String enumConstant(String argument) {
    Object v = value(argument);
    return v instanceof VariableElement constant ? constant.getSimpleName().toString() : null;
  }

  public TypeMirror type(String argument) {
    return (TypeMirror) value(argument);
  }

  /** An array argument of strings (a single value counts as a one-element array). */
  public List<String> strings(String argument) {
    List<String> out = new ArrayList<>();
    for (AnnotationValue v : list(argument)) {
      out.add(v.getValue().toString());
    }
    return out;
  }

  /** An array argument of nested annotations, such as {@code @ValidationRules({...})}. */
  public List<AnnotationValues> annotations(String argument) {
    List<AnnotationValues> out = new ArrayList<>();
    for (AnnotationValue v : list(argument)) {
      out.add(new AnnotationValues((AnnotationMirror) v.getValue(), elements, this::location));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private List<? extends AnnotationValue> list(String argument) {
    AnnotationValue v = find(withDefaults, argument);
    if (v == null) {
      return List.of();
    }
    Object value = v.getValue();
    return value instanceof List<?> l ? (List<? extends AnnotationValue>) l : List.of(v);
  }

  private Object value(String argument) {
    AnnotationValue v = find(withDefaults, argument);
    return v == null ? null : v.getValue();
  }

  private static AnnotationValue find(
      Map<? extends ExecutableElement, ? extends AnnotationValue> values, String argument) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(argument)) {
        return e.getValue();
      }
    }
    return null;
  }
}
