package dev.opboot.generate.schema;

import dev.opboot.generate.GeneratorException;
import java.util.Set;

/**
 * One annotation op-boot understands: where it may stand, when it applies relative to the others,
 * and what it does. {@link AnnotationRegistry} holds every rule; nothing else names annotations.
 *
 * @param annotation the annotation's qualified name
 * @param sites      where it is honoured
 * @param phase      when it applies; rules of one phase apply in registry order
 * @param effect     what it does to the schema, the property or the CRD
 */
public record AnnotationRule(String annotation, Set<Site> sites, Phase phase, Effect effect) {

  /** Where an annotation stands. */
  public enum Site {
    /** On a field, getter or record component. */
    PROPERTY,
    /** On a class whose schema is built (it applies wherever the class is used). */
    CLASS,
    /** On the custom resource class itself. */
    RESOURCE,
    /** On a type argument or array component ({@code List<@Pattern("..") String>}). */
    TYPE_USE,
    /** On a package, through package-info.java. */
    PACKAGE,
    /** On an enum constant: its JSON value, or whether it is left out. */
    ENUM_CONSTANT
  }

  /** The order in which rules apply, so that output never depends on annotation order. */
  public enum Phase {
    /** Naming and inclusion: JSON name, ignored, required, inlined. */
    NAME,
    /** Replacing the shape of the schema: int-or-string, preserve unknown fields, schemaless. */
    SHAPE,
    /** Constraints on the shaped schema: bounds, patterns, list and map types, defaults, rules. */
    CONSTRAINT,
    /** What the CRD gets from a property: printer columns, selectable fields, scale paths. */
    RESOURCE,
    /** Descriptions given by annotation, which win over doc comments. */
    DOC
  }

  /** What a rule does. */
  @FunctionalInterface
  public interface Effect {
    void apply(AnnotationValues annotation, Subject subject) throws GeneratorException;
  }
}
