package dev.opboot.generate.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every keyword of {@link Keyword} has its sentence checked here on testdata/docs/keywords, a CRD
 * written to use them all; and every keyword of every CRD op-boot generates or reads in testdata/
 * is one the table knows, so none is shown raw by accident.
 */
class DocsKeywordsTest {
  private static final Path KEYWORDS = DocsGeneratorTest.TESTDATA.resolve("docs/keywords");

  /** What each keyword must say for testdata/docs/keywords/crd.yaml. */
  private static final Map<Keyword, String> SAID =
      Map.ofEntries(
          Map.entry(Keyword.MINIMUM, "At least `0`."),
          Map.entry(Keyword.EXCLUSIVE_MINIMUM, "Greater than `0`."),
          Map.entry(Keyword.MAXIMUM, "At most `10`."),
          Map.entry(Keyword.EXCLUSIVE_MAXIMUM, "Less than `1`."),
          Map.entry(Keyword.MULTIPLE_OF, "A multiple of `0.05`."),
          Map.entry(Keyword.MIN_LENGTH, "At least 1 character long."),
          Map.entry(Keyword.MAX_LENGTH, "At most 63 characters long."),
          Map.entry(
              Keyword.PATTERN, "Matches the regular expression `^[a-z]([-a-z0-9]*[a-z0-9])?$`."),
          Map.entry(Keyword.FORMAT, "A date and time in RFC 3339 form"),
          Map.entry(Keyword.ENUM, "One of `Fast` or `Slow`."),
          Map.entry(Keyword.MIN_ITEMS, "At least 1 item."),
          Map.entry(Keyword.MAX_ITEMS, "At most 5 items."),
          Map.entry(Keyword.UNIQUE_ITEMS, "Items are unique."),
          Map.entry(Keyword.MIN_PROPERTIES, "At least 1 entry."),
          Map.entry(Keyword.MAX_PROPERTIES, "At most 8 entries."),
          Map.entry(Keyword.NULLABLE, "May be `null`."),
          Map.entry(Keyword.DEFAULT, "Defaults to `1` when left out."),
          Map.entry(Keyword.LIST_TYPE, "A set: items are unique and merged on apply."),
          Map.entry(
              Keyword.LIST_MAP_KEYS,
              "A map keyed by `name`: items with the same key are merged on apply"),
          Map.entry(Keyword.MAP_TYPE, "Replaced as a whole on apply (an atomic map)."),
          Map.entry(Keyword.PRESERVE_UNKNOWN_FIELDS, "Fields not listed here are kept as given."),
          Map.entry(
              Keyword.EMBEDDED_RESOURCE,
              "A whole Kubernetes object, with `apiVersion`, `kind` and `metadata`."),
          Map.entry(Keyword.INT_OR_STRING, "An integer or a string"),
          Map.entry(Keyword.VALIDATIONS, "Cannot be changed once set (\"name is immutable\")."),
          Map.entry(Keyword.ANY_OF, "Matches at least one of `[{\"type\":\"string\"}"),
          Map.entry(Keyword.ONE_OF, "Matches exactly one of `[{\"required\":[\"a\"]}"),
          Map.entry(Keyword.ALL_OF, "Matches all of `[{\"minLength\":2}]`."),
          Map.entry(Keyword.NOT, "Does not match `{\"enum\":[\"x\"]}`."));

  @Test
  void everyKeywordIsSaidInWords() throws Exception {
    assertThat(EnumSet.copyOf(SAID.keySet())).isEqualTo(EnumSet.allOf(Keyword.class));
    String markdown =
        DocsGeneratorTest.fromCrd(KEYWORDS, KEYWORDS.resolve("samples"), "markdown")
            .files()
            .get("api-reference.md");
    for (Map.Entry<Keyword, String> said : SAID.entrySet()) {
      assertThat(markdown).as("%s", said.getKey()).contains(said.getValue().replace("|", "\\|"));
    }
    assertThat(markdown)
        .contains("`x-example-unknown`: `{\"kept\":\"raw\"}`.")
        .contains("Merged entry by entry on apply (a granular map).")
        .contains("Replaced as a whole on apply (an atomic list).")
        .contains(
            "Must satisfy the rule `self <= oldSelf` (message: `'budget may only go down, not to '"
                + " + string(self)`), else FieldValueForbidden; checked on updates.")
        .contains(
            "Must satisfy the rule `!has(oldSelf) \\|\\| self >= 0` (\"budget stays positive\");"
                + " checked on create too.")
        .contains("> **Deprecated:** docs.example.com/v1beta1 Gadget is deprecated; use")
        .contains(
            "| Subresources | `status`, `scale` (replicas `.spec.replicas` → `.status.replicas`,"
                + " selector `.status.selector`) |")
        .contains("| Short names | `gd` |")
        .contains("| Categories | `toys` |")
        .contains("| Replicas | integer | `.spec.replicas` | How many gadgets run. |")
        .contains("Must satisfy the rule `!has(self.spec) || self.spec.replicas >= 0`")
        .doesNotContain("`anyOf`");
    // v1 before v1beta1, as Kubernetes orders versions
    assertThat(markdown.indexOf("## docs.example.com/v1\n"))
        .isLessThan(markdown.indexOf("## docs.example.com/v1beta1\n"));
  }

  @Test
  void everyKeywordOfTheCrdsInTestdataIsKnown() throws Exception {
    YAMLMapper yaml = new YAMLMapper();
    Set<String> unknown = new TreeSet<>();
    int crds = 0;
    try (Stream<Path> files = Files.walk(DocsGeneratorTest.TESTDATA)) {
      for (Path file :
          files
              .filter(p -> p.toString().endsWith(".yaml"))
              .filter(p -> !p.toString().contains("/target/"))
              .filter(p -> !p.startsWith(KEYWORDS))
              .filter(p -> !p.toString().contains("/bad/")) // refused on purpose by other tests
              .sorted()
              .toList()) {
        String text = Files.readString(file);
        if (!text.contains("kind: CustomResourceDefinition")) {
          continue;
        }
        try (var documents = yaml.readerFor(JsonNode.class).readValues(file.toFile())) {
          while (documents.hasNextValue()) {
            JsonNode document = (JsonNode) documents.nextValue();
            if (document == null
                || !document.path("kind").asText().equals("CustomResourceDefinition")) {
              continue;
            }
            crds++;
            for (JsonNode version : document.path("spec").path("versions")) {
              collect(version.path("schema").path("openAPIV3Schema"), file, unknown);
            }
          }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          // a deliberately broken input of another test
        }
      }
    }
    assertThat(crds).as("CRDs found under testdata/").isGreaterThanOrEqualTo(8);
    assertThat(unknown).isEmpty();
  }

  private static void collect(JsonNode schema, Path file, Set<String> unknown) {
    if (!schema.isObject()) {
      return;
    }
    for (var entry : schema.properties()) {
      String name = entry.getKey();
      if (!Keyword.SHOWN_ELSEWHERE.contains(name) && Keyword.named(name).isEmpty()) {
        unknown.add(name + " (" + file + ")");
      }
    }
    schema.path("properties").forEach(p -> collect(p, file, unknown));
    collect(schema.path("items"), file, unknown);
    collect(schema.path("additionalProperties"), file, unknown);
    for (String list : new String[] {"anyOf", "oneOf", "allOf"}) {
      schema.path(list).forEach(p -> collect(p, file, unknown));
    }
    collect(schema.path("not"), file, unknown);
  }
}
