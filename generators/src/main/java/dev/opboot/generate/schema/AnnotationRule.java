package dev.opboot.generate.schema;

import dev.opboot.generate.problem.GeneratorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * One annotation op-boot understands: where it may stand, when it applies relative to the others,
 * what it does, and how an import reads it back. {@link AnnotationRegistry} holds every rule;
 * nothing else names annotations.
 *
 * @param annotation the annotation's qualified name
 * @param sites where it is honoured
 * @param phase when it applies; rules of one phase apply in registry order
 * @param effect what it does to the schema, the property or the CRD
 * @param inverses how {@code create api --from-crd} turns schema keywords back into this
 *     annotation; none for an annotation an import never writes
 */
public record AnnotationRule(
    String annotation, Set<Site> sites, Phase phase, Effect effect, List<Inverse> inverses) {

  public AnnotationRule {
    inverses = List.copyOf(inverses);
  }

  /** A rule no import writes. */
  public AnnotationRule(String annotation, Set<Site> sites, Phase phase, Effect effect) {
    this(annotation, sites, phase, effect, List.of());
  }

  /** This rule, read back from {@code keywords} wherever they appear at {@code sites}. */
  public AnnotationRule readFrom(List<String> keywords, Set<Site> sites, Writer writer) {
    return readFrom(keywords, sites, (schema, site) -> true, writer);
  }

  /** This rule, read back from {@code keywords} at {@code sites} where {@code when} holds. */
  public AnnotationRule readFrom(
      List<String> keywords, Set<Site> sites, BiPredicate<JsonSchema, Site> when, Writer writer) {
    List<Inverse> all = new ArrayList<>(inverses);
    all.add(new Inverse(keywords, sites, when, writer));
    return new AnnotationRule(annotation, this.sites, phase, effect, all);
  }

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

  /**
   * The rule run backwards, for an import: schema keywords to the annotation(s) that {@code
   * generate crd} turns back into exactly those keywords. Defined beside the rule, so that what an
   * annotation writes and how it is read back cannot drift apart.
   *
   * @param keywords the keywords it consumes (any of them present triggers it)
   * @param sites where the import may write the annotation (some of the rule's sites)
   * @param when whether it applies to this schema at this site; inverses that share keywords
   *     exclude each other by it, so their order does not matter
   * @param writer the annotations for the keywords present
   */
  public record Inverse(
      List<String> keywords, Set<Site> sites, BiPredicate<JsonSchema, Site> when, Writer writer) {
    public Inverse {
      keywords = List.copyOf(keywords);
      sites = Set.copyOf(sites);
    }
  }

  /** Writes the annotations for an inverse's keywords present in {@code schema} at {@code site}. */
  @FunctionalInterface
  public interface Writer {
    List<JavaAnnotation> write(JsonSchema schema, Site site) throws NotExpressible;
  }
}
