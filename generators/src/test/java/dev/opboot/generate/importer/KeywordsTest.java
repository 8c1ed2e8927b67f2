package dev.opboot.generate.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.generate.schema.AnnotationRegistry;
import dev.opboot.generate.schema.AnnotationRule.Site;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The import's keyword table is the registry read backwards, and covers what generate crd writes. */
class KeywordsTest {
  /** Every keyword SchemaJson.toJson writes (and the x-kubernetes extensions it passes through). */
  private static final List<String> WRITTEN = List.of("type", "format", "title", "description", "pattern",
      "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength",
      "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "nullable", "enum", "default",
      "example", "externalDocs", "items", "properties", "additionalProperties", "required", "anyOf", "allOf",
      "oneOf", "not", "x-kubernetes-list-type", "x-kubernetes-list-map-keys", "x-kubernetes-map-type",
      "x-kubernetes-int-or-string", "x-kubernetes-preserve-unknown-fields", "x-kubernetes-embedded-resource",
      "x-kubernetes-validations");

  /** What the type mapper reads to choose a Java type rather than an annotation. */
  private static final Set<String> TYPE_KEYWORDS = Set.of("type", "description", "items", "properties",
      "additionalProperties", "required", "anyOf", "x-kubernetes-int-or-string");

  /** generate crd never writes these but for int-or-string; an import reports them as not expressible. */
  private static final Set<String> NEVER_WRITTEN = Set.of("allOf", "oneOf", "not");

  @Test
  void everyAnnotationTheTableWritesIsOneTheRegistryHonoursWhereItIsWritten() {
    AnnotationRegistry registry = AnnotationRegistry.defaults();
    for (Keywords.Row row : Keywords.ROWS) {
      for (Site site : row.sites()) {
        assertThat(registry.knows(row.annotation(), site)).as("%s at %s (row %s)", row.annotation(), site,
            row.keywords()).isTrue();
      }
    }
  }

  @Test
  void everyKeywordGenerateCrdWritesHasATypeOrARow() {
    Set<String> covered = new HashSet<>(TYPE_KEYWORDS);
    covered.addAll(NEVER_WRITTEN);
    Keywords.ROWS.forEach(row -> covered.addAll(row.keywords()));
    assertThat(covered).containsAll(WRITTEN);
  }

  @Test
  void theOneOfRulesAreRecognisedFromTheRegistrysOwnText() throws Exception {
    var rule = AnnotationRegistry.oneOfValidation("dev.opboot.annotations.ExactlyOneOf", List.of("a", "b")).orElseThrow();
    var node = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
    node.addObject().put("rule", "self.x > 0").put("message", "x");
    node.addObject().put("rule", (String) rule.get("rule")).put("message", (String) rule.get("message"));
    List<JavaModel.Annotation> annotations = ValidationRules.annotations(node, Site.CLASS);
    assertThat(annotations).extracting(JavaModel.Annotation::simpleName).containsExactly("ValidationRule", "ExactlyOneOf");
  }
}
