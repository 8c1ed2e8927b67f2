package dev.opboot.generate.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.generate.schema.AnnotationRegistry;
import dev.opboot.generate.schema.AnnotationRule;
import dev.opboot.generate.schema.AnnotationRule.Inverse;
import dev.opboot.generate.schema.AnnotationRule.Site;
import dev.opboot.generate.schema.JsonSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The import's keyword table is the registry read backwards, and covers what generate crd writes.
 */
class KeywordsTest {
  /** Every keyword SchemaJson.toJson writes (and the x-kubernetes extensions it passes through). */
  private static final List<String> WRITTEN =
      List.of(
          "type",
          "format",
          "title",
          "description",
          "pattern",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "multipleOf",
          "minLength",
          "maxLength",
          "minItems",
          "maxItems",
          "uniqueItems",
          "minProperties",
          "maxProperties",
          "nullable",
          "enum",
          "default",
          "example",
          "externalDocs",
          "items",
          "properties",
          "additionalProperties",
          "required",
          "anyOf",
          "allOf",
          "oneOf",
          "not",
          "x-kubernetes-list-type",
          "x-kubernetes-list-map-keys",
          "x-kubernetes-map-type",
          "x-kubernetes-int-or-string",
          "x-kubernetes-preserve-unknown-fields",
          "x-kubernetes-embedded-resource",
          "x-kubernetes-validations");

  /** What the type mapper reads to choose a Java type rather than an annotation. */
  private static final Set<String> TYPE_KEYWORDS =
      Set.of(
          "type",
          "description",
          "items",
          "properties",
          "additionalProperties",
          "required",
          "anyOf",
          "x-kubernetes-int-or-string");

  /**
   * generate crd never writes these but for int-or-string; an import reports them as not
   * expressible.
   */
  private static final Set<String> NEVER_WRITTEN = Set.of("allOf", "oneOf", "not");

  private static final AnnotationRegistry REGISTRY = AnnotationRegistry.defaults();

  @Test
  void everyInverseWritesItsAnnotationOnlyWhereTheRegistryHonoursIt() {
    for (AnnotationRule rule : REGISTRY.rules()) {
      for (Inverse inverse : rule.inverses()) {
        for (Site site : inverse.sites()) {
          assertThat(REGISTRY.knows(rule.annotation(), site))
              .as("%s at %s (read from %s)", rule.annotation(), site, inverse.keywords())
              .isTrue();
        }
      }
    }
  }

  @Test
  void everyKeywordGenerateCrdWritesHasATypeOrAnInverse() {
    Set<String> covered = new HashSet<>(TYPE_KEYWORDS);
    covered.addAll(NEVER_WRITTEN);
    Keywords.rows(REGISTRY).forEach(row -> covered.addAll(row.keywords()));
    assertThat(covered).containsAll(WRITTEN);
  }

  @Test
  void inversesThatShareAKeywordNeverBothApply() {
    List<Keywords.Row> rows = Keywords.rows(REGISTRY);
    for (int i = 0; i < rows.size(); i++) {
      for (int j = i + 1; j < rows.size(); j++) {
        Inverse a = rows.get(i).inverse();
        Inverse b = rows.get(j).inverse();
        if (a.keywords().stream().noneMatch(b.keywords()::contains)) {
          continue;
        }
        for (JsonSchema schema : samples(a, b)) {
          for (Site site : List.of(Site.PROPERTY, Site.TYPE_USE, Site.CLASS)) {
            assertThat(a.when().test(schema, site) && b.when().test(schema, site))
                .as(
                    "%s and %s both apply to %s at %s",
                    rows.get(i).annotation(), rows.get(j).annotation(), schema, site)
                .isFalse();
          }
        }
      }
    }
  }

  /**
   * Schemas with the keywords of both inverses, each one left out in turn, with and without map
   * values.
   */
  private static List<JsonSchema> samples(Inverse a, Inverse b) {
    Set<String> keywords = new LinkedHashSet<>(a.keywords());
    keywords.addAll(b.keywords());
    List<JsonSchema> samples = new ArrayList<>();
    List<Set<String>> subsets = new ArrayList<>(List.of(keywords));
    for (String left : keywords) {
      Set<String> subset = new LinkedHashSet<>(keywords);
      subset.remove(left);
      subsets.add(subset);
    }
    for (Set<String> subset : subsets) {
      for (boolean map : List.of(false, true)) {
        JsonSchema schema = JsonSchema.ofType("object");
        subset.forEach(k -> schema.json().put(k, "x"));
        if (map) {
          schema.additionalProperties(JsonSchema.ofType("string"));
        }
        samples.add(schema);
      }
    }
    return samples;
  }
}
