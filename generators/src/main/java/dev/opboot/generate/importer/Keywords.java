package dev.opboot.generate.importer;

import static dev.opboot.generate.schema.AnnotationRule.Site.CLASS;
import static dev.opboot.generate.schema.AnnotationRule.Site.PROPERTY;
import static dev.opboot.generate.schema.AnnotationRule.Site.TYPE_USE;

import dev.opboot.generate.schema.AnnotationRegistry;
import dev.opboot.generate.schema.AnnotationRule;
import dev.opboot.generate.schema.AnnotationRule.Inverse;
import dev.opboot.generate.schema.AnnotationRule.Site;
import dev.opboot.generate.schema.JavaAnnotation;
import dev.opboot.generate.schema.JsonSchema;
import dev.opboot.generate.schema.NotExpressible;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The import's keyword table, read from an {@link AnnotationRegistry}: each rule's inverses, in the
 * order the rules apply, with the annotation they write. Supporting a keyword in imports is giving
 * its rule an inverse in the registry.
 *
 * <p>Keywords that choose the Java type ({@code type}, {@code format} where a type implies it,
 * {@code items}, {@code properties}, {@code additionalProperties}, {@code required}, {@code enum}
 * of a Java enum, int-or-string, {@code description}) are the type mapper's; the rows are what
 * remains.
 */
final class Keywords {
  /**
   * One row: a rule's inverse.
   *
   * @param annotation the rule's annotation, which the row writes (for messages)
   */
  record Row(String annotation, Inverse inverse) {
    List<String> keywords() {
      return inverse.keywords();
    }
  }

  private Keywords() {}

  /** The rows of {@code registry}, in the order its rules apply. */
  static List<Row> rows(AnnotationRegistry registry) {
    List<Row> rows = new ArrayList<>();
    for (AnnotationRule rule : registry.rules()) {
      rule.inverses().forEach(inverse -> rows.add(new Row(rule.annotation(), inverse)));
    }
    return List.copyOf(rows);
  }

  /** The annotations {@code row} writes for {@code schema} at {@code site}. */
  static List<JavaAnnotation> annotations(Row row, JsonSchema schema, Site site)
      throws NotExpressible {
    if (!row.inverse().sites().contains(site)) {
      throw new NotExpressible(
          String.join(", ", row.keywords().stream().filter(schema::has).toList())
              + " cannot be said "
              + where(site)
              + " (op-boot writes it with @"
              + simple(row.annotation())
              + ", which goes only "
              + sites(row.inverse().sites())
              + ")");
    }
    return row.inverse().writer().write(schema, site);
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

  /**
   * Keywords Kubernetes refuses in a CRD's schema, with the reason; in a fixed order for messages.
   */
  static final Map<String, String> FORBIDDEN = forbidden();

  private static Map<String, String> forbidden() {
    Map<String, String> forbidden = new LinkedHashMap<>();
    forbidden.put("$ref", "a structural schema has no references");
    forbidden.put("definitions", "a structural schema has no definitions");
    forbidden.put("dependencies", "a structural schema has no dependencies");
    forbidden.put("patternProperties", "a structural schema has no patternProperties");
    forbidden.put("additionalItems", "a structural schema has no additionalItems");
    forbidden.put("id", "a structural schema has no id");
    forbidden.put("$schema", "a structural schema has no $schema");
    return Collections.unmodifiableMap(forbidden);
  }
}
