package dev.opboot.generate.importer;

import static dev.opboot.generate.schema.AnnotationRule.Site.CLASS;
import static dev.opboot.generate.schema.AnnotationRule.Site.PROPERTY;
import static dev.opboot.generate.schema.AnnotationRule.Site.TYPE_USE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.generate.importer.JavaModel.Annotation;
import dev.opboot.generate.importer.JavaModel.EnumValue;
import dev.opboot.generate.schema.AnnotationRegistry;
import dev.opboot.generate.schema.AnnotationRule.Site;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The inverse of {@link AnnotationRegistry}: for each schema keyword, the annotation that
 * {@code generate crd} turns back into exactly that keyword, and where it may stand. Supporting a
 * new keyword in imports is adding one row; {@code KeywordsTest} checks every row against the
 * registry, so the two tables cannot drift apart.
 *
 * <p>Keywords that choose the Java type ({@code type}, {@code format} where a type implies it,
 * {@code items}, {@code properties}, {@code additionalProperties}, {@code required},
 * {@code enum} of a Java enum, int-or-string, {@code description}) are the type mapper's; the
 * rows here are what remains.
 */
final class Keywords {
  static final String FABRIC8_GEN = "io.fabric8.generator.annotation.";
  static final String FABRIC8_CRD = "io.fabric8.crd.generator.annotation.";
  static final String FABRIC8_MODEL = "io.fabric8.kubernetes.model.annotation.";
  static final String OP_BOOT = "dev.opboot.annotations.";

  /** Writes the annotations for a row's keywords present in {@code schema}. */
  @FunctionalInterface
  interface Writer {
    List<Annotation> write(ObjectNode schema, Site site) throws NotExpressible;
  }

  /**
   * One row of the table.
   *
   * @param keywords   the keywords the row consumes (any of them present triggers it)
   * @param annotation the annotation it writes (for the check against the registry)
   * @param sites      where the annotation may stand
   * @param when       whether the row applies to this schema at this site (rows sharing keywords
   *                   are told apart by it)
   */
  record Row(List<String> keywords, String annotation, Set<Site> sites, BiPredicate<ObjectNode, Site> when,
      Writer writer) {}

  private static final Set<Site> VALUE = EnumSet.of(PROPERTY, TYPE_USE);
  private static final Set<Site> PROPERTY_ONLY = EnumSet.of(PROPERTY);
  private static final Set<Site> PROPERTY_OR_CLASS = EnumSet.of(PROPERTY, CLASS);
  private static final Set<Site> CLASS_ONLY = EnumSet.of(CLASS);

  static final List<Row> ROWS = List.of(
      row(List.of("minimum", "exclusiveMinimum"), FABRIC8_GEN + "Min", VALUE, any(),
          (s, site) -> List.of(bound(FABRIC8_GEN + "Min", s, "minimum", "exclusiveMinimum"))),
      row(List.of("maximum", "exclusiveMaximum"), FABRIC8_GEN + "Max", VALUE, any(),
          (s, site) -> List.of(bound(FABRIC8_GEN + "Max", s, "maximum", "exclusiveMaximum"))),
      row(List.of("multipleOf"), OP_BOOT + "MultipleOf", VALUE, any(),
          (s, site) -> List.of(Annotation.of(OP_BOOT + "MultipleOf", exactDouble(s.get("multipleOf"), "multipleOf")))),
      row(List.of("pattern"), FABRIC8_GEN + "Pattern", VALUE, any(),
          (s, site) -> List.of(Annotation.of(FABRIC8_GEN + "Pattern", s.get("pattern").asText()))),
      row(List.of("format"), OP_BOOT + "Format", VALUE, any(),
          (s, site) -> List.of(Annotation.of(OP_BOOT + "Format", s.get("format").asText()))),
      row(List.of("minLength", "maxLength"), FABRIC8_GEN + "Size", VALUE, any(),
          (s, site) -> List.of(size(s, "minLength", "maxLength"))),
      row(List.of("minItems", "maxItems"), FABRIC8_GEN + "Size", VALUE, any(),
          (s, site) -> List.of(size(s, "minItems", "maxItems"))),
      row(List.of("minProperties", "maxProperties"), FABRIC8_GEN + "Size", VALUE, (s, site) -> site != CLASS,
          (s, site) -> List.of(size(s, "minProperties", "maxProperties"))),
      row(List.of("minProperties"), OP_BOOT + "MinProperties", CLASS_ONLY, (s, site) -> site == CLASS,
          (s, site) -> List.of(Annotation.of(OP_BOOT + "MinProperties", s.get("minProperties").longValue()))),
      row(List.of("maxProperties"), OP_BOOT + "MaxProperties", CLASS_ONLY, (s, site) -> site == CLASS,
          (s, site) -> List.of(Annotation.of(OP_BOOT + "MaxProperties", s.get("maxProperties").longValue()))),
      row(List.of("enum"), OP_BOOT + "Enum", VALUE, any(),
          (s, site) -> List.of(Annotation.of(OP_BOOT + "Enum", Values.enumTexts(s)))),
      row(List.of("x-kubernetes-list-type", "x-kubernetes-list-map-keys"), OP_BOOT + "ListMapKeys", PROPERTY_ONLY,
          (s, site) -> s.has("x-kubernetes-list-map-keys"), Keywords::listMapKeys),
      row(List.of("x-kubernetes-list-type"), OP_BOOT + "ListType", PROPERTY_ONLY, any(),
          (s, site) -> List.of(Annotation.of(OP_BOOT + "ListType", new EnumValue(OP_BOOT + "ListType.Kind",
              s.get("x-kubernetes-list-type").asText().toUpperCase(Locale.ROOT))))),
      row(List.of("uniqueItems"), OP_BOOT + "UniqueItems", PROPERTY_ONLY, any(),
          (s, site) -> List.of(Annotation.of(OP_BOOT + "UniqueItems"))),
      row(List.of("x-kubernetes-map-type"), OP_BOOT + "MapType", PROPERTY_ONLY,
          (s, site) -> s.has("additionalProperties"),
          (s, site) -> List.of(Annotation.of(OP_BOOT + "MapType", mapKind(s)))),
      row(List.of("x-kubernetes-map-type"), OP_BOOT + "StructType", PROPERTY_OR_CLASS,
          (s, site) -> !s.has("additionalProperties"),
          (s, site) -> List.of(Annotation.of(OP_BOOT + "StructType", mapKind(s)))),
      row(List.of("title"), OP_BOOT + "Title", PROPERTY_OR_CLASS, any(),
          (s, site) -> List.of(Annotation.of(OP_BOOT + "Title", s.get("title").asText()))),
      row(List.of("example"), OP_BOOT + "Example", PROPERTY_OR_CLASS, any(),
          (s, site) -> List.of(Annotation.of(OP_BOOT + "Example", Values.json(s.get("example"))))),
      row(List.of("externalDocs"), OP_BOOT + "ExternalDocs", PROPERTY_OR_CLASS, any(), Keywords::externalDocs),
      row(List.of("nullable"), FABRIC8_GEN + "Nullable", PROPERTY_ONLY, any(),
          (s, site) -> List.of(Annotation.of(FABRIC8_GEN + "Nullable"))),
      row(List.of("default"), FABRIC8_GEN + "Default", PROPERTY_ONLY, any(),
          (s, site) -> List.of(Annotation.of(FABRIC8_GEN + "Default", Values.defaultText(s)))),
      row(List.of("x-kubernetes-preserve-unknown-fields"), FABRIC8_CRD + "PreserveUnknownFields", PROPERTY_OR_CLASS,
          any(), (s, site) -> List.of(Annotation.of(FABRIC8_CRD + "PreserveUnknownFields"))),
      row(List.of("x-kubernetes-embedded-resource"), OP_BOOT + "EmbeddedResource", PROPERTY_ONLY, any(),
          (s, site) -> List.of(Annotation.of(OP_BOOT + "EmbeddedResource"))),
      row(List.of("x-kubernetes-validations"), FABRIC8_GEN + "ValidationRule", PROPERTY_OR_CLASS, any(),
          (s, site) -> ValidationRules.annotations(s.get("x-kubernetes-validations"), site)));

  private Keywords() {}

  private static Row row(List<String> keywords, String annotation, Set<Site> sites,
      BiPredicate<ObjectNode, Site> when, Writer writer) {
    return new Row(keywords, annotation, sites, when, writer);
  }

  private static BiPredicate<ObjectNode, Site> any() {
    return (s, site) -> true;
  }

  /** The annotations {@code row} writes for {@code schema} at {@code site}. */
  static List<Annotation> annotations(Row row, ObjectNode schema, Site site) throws NotExpressible {
    if (!row.sites().contains(site)) {
      throw new NotExpressible(String.join(", ", row.keywords().stream().filter(schema::has).toList())
          + " cannot be said " + where(site) + " (op-boot writes it with @" + simple(row.annotation())
          + ", which goes only " + sites(row.sites()) + ")");
    }
    return row.writer().write(schema, site);
  }

  private static String where(Site site) {
    return switch (site) {
      case TYPE_USE -> "on the items of a list or the values of a map";
      case CLASS -> "on an object used as a list item or map value";
      default -> "here";
    };
  }

  private static String sites(Set<Site> sites) {
    List<String> words = new ArrayList<>();
    if (sites.contains(PROPERTY)) {
      words.add("on a property");
    }
    if (sites.contains(TYPE_USE)) {
      words.add("on a type argument");
    }
    if (sites.contains(CLASS)) {
      words.add("on a class");
    }
    return String.join(" or ", words);
  }

  private static String simple(String annotation) {
    return annotation.substring(annotation.lastIndexOf('.') + 1);
  }

  private static Annotation bound(String type, ObjectNode s, String key, String exclusiveKey) throws NotExpressible {
    JsonNode value = s.get(key);
    if (value == null) {
      throw new NotExpressible(exclusiveKey + " without " + key + " has no annotation");
    }
    boolean exclusive = s.path(exclusiveKey).asBoolean(false);
    return Annotation.of(type, "value", exactDouble(value, key), "inclusive", exclusive ? Boolean.FALSE : null);
  }

  /** A number for a {@code double} annotation member, refused when a double would change it. */
  static BigDecimal exactDouble(JsonNode value, String key) throws NotExpressible {
    BigDecimal exact = value.decimalValue();
    BigDecimal viaDouble = new BigDecimal(Double.toString(exact.doubleValue()));
    if (viaDouble.compareTo(exact) != 0) {
      throw new NotExpressible(key + " " + value + " is not exactly a Java double, which the annotation holds");
    }
    return exact;
  }

  private static Annotation size(ObjectNode s, String minKey, String maxKey) {
    return Annotation.of(FABRIC8_GEN + "Size",
        "min", s.has(minKey) ? s.get(minKey).longValue() : null,
        "max", s.has(maxKey) ? s.get(maxKey).longValue() : null);
  }

  private static EnumValue mapKind(ObjectNode s) {
    return new EnumValue(OP_BOOT + "MapType.Kind", s.get("x-kubernetes-map-type").asText().toUpperCase(Locale.ROOT));
  }

  private static List<Annotation> listMapKeys(ObjectNode s, Site site) throws NotExpressible {
    if (!"map".equals(s.path("x-kubernetes-list-type").asText())) {
      throw new NotExpressible("x-kubernetes-list-map-keys needs x-kubernetes-list-type: map");
    }
    List<String> keys = new ArrayList<>();
    s.get("x-kubernetes-list-map-keys").forEach(k -> keys.add(k.asText()));
    return List.of(Annotation.of(OP_BOOT + "ListMapKeys", keys));
  }

  private static List<Annotation> externalDocs(ObjectNode s, Site site) {
    JsonNode docs = s.get("externalDocs");
    return List.of(Annotation.of(OP_BOOT + "ExternalDocs", "url", docs.path("url").asText(),
        "description", docs.hasNonNull("description") ? docs.get("description").asText() : null));
  }

  /** Keywords Kubernetes refuses in a CRD's schema, with the reason; in a fixed order for messages. */
  static final Map<String, String> FORBIDDEN = forbidden();

  private static Map<String, String> forbidden() {
    Map<String, String> forbidden = new java.util.LinkedHashMap<>();
    forbidden.put("$ref", "a structural schema has no references");
    forbidden.put("definitions", "a structural schema has no definitions");
    forbidden.put("dependencies", "a structural schema has no dependencies");
    forbidden.put("patternProperties", "a structural schema has no patternProperties");
    forbidden.put("additionalItems", "a structural schema has no additionalItems");
    forbidden.put("id", "a structural schema has no id");
    forbidden.put("$schema", "a structural schema has no $schema");
    return java.util.Collections.unmodifiableMap(forbidden);
  }
}
