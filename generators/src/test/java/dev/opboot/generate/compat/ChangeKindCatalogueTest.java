package dev.opboot.generate.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.core.yaml.Yamls;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The change-kind table row by row: each case of {@code testdata/compat/catalogue.yaml} is a pair
 * of tiny CRDs whose diff must be exactly the one finding the case expects, with the classification
 * it expects; and every kind of {@link ChangeKind} has a case.
 */
class ChangeKindCatalogueTest {
  private static final Path CATALOGUE =
      Path.of("..", "testdata", "compat", "catalogue.yaml").toAbsolutePath().normalize();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @TestFactory
  Stream<DynamicTest> eachCaseFindsItsChangeWithItsClassification() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    int number = 0;
    for (JsonNode c : catalogue()) {
      number++;
      JsonNode expect = c.get("expect");
      String name = number + ": " + expect.get("kind").asText();
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                List<Finding> findings = CrdDiff.between(side(c.get("old")), side(c.get("new")));
                assertThat(findings)
                    .as("findings of case %s", name)
                    .extracting(f -> f.kind().id(), Finding::version, Finding::path)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            expect.get("kind").asText(),
                            expect.path("version").asText("v1"),
                            expect.get("path").asText()));
                assertThat(findings.get(0).classification().label())
                    .as("classification of case %s", name)
                    .isEqualTo(expect.get("classification").asText());
                assertThat(findings.get(0).detail()).isNotBlank();
              }));
    }
    return tests.stream();
  }

  @Test
  void everyKindHasACase() throws IOException {
    Set<ChangeKind> covered = EnumSet.noneOf(ChangeKind.class);
    for (JsonNode c : catalogue()) {
      covered.add(ChangeKind.byId(c.get("expect").get("kind").asText()).orElseThrow());
    }
    assertThat(EnumSet.complementOf(EnumSet.copyOf(covered))).as("kinds without a case").isEmpty();
    assertThat(ChangeKind.values().length).as("kinds in the table").isGreaterThanOrEqualTo(25);
  }

  @Test
  void theSameCrdHasNoChangesAndDescriptionsDoNotCount() throws IOException {
    ObjectNode field = NODES.objectNode().put("type", "string").put("description", "before");
    ObjectNode described = NODES.objectNode().put("type", "string").put("description", "after");
    assertThat(CrdDiff.between(side(NODES.objectNode()), side(NODES.objectNode()))).isEmpty();
    assertThat(
            CrdDiff.between(
                side(NODES.objectNode().set("field", field)),
                side(NODES.objectNode().set("field", described))))
        .isEmpty();
  }

  @Test
  void aRemovedObjectIsOneFindingNotOnePerProperty() throws IOException {
    ObjectNode object =
        (ObjectNode)
            Yamls.reader()
                .readTree("{type: object, properties: {a: {type: string}, b: {type: string}}}");
    List<Finding> findings =
        CrdDiff.between(side(NODES.objectNode().set("field", object)), side(NODES.objectNode()));
    assertThat(findings).extracting(Finding::path).containsExactly(".spec.field");
  }

  static JsonNode catalogue() throws IOException {
    return Yamls.reader().readTree(CATALOGUE.toFile());
  }

  /** One side of a case: the CRD widgets.example.com as the case's keys change it. */
  static CrdSet side(JsonNode change) throws IOException {
    if (change.path("absent").asBoolean(false)) {
      return new CrdSet(Map.of());
    }
    ObjectNode crd = (ObjectNode) Yamls.reader().readTree(BASE);
    ObjectNode spec = (ObjectNode) crd.get("spec");
    ObjectNode schema = (ObjectNode) spec.get("versions").get(0).get("schema");
    if (change.has("field")) {
      ((ObjectNode) schema.at("/openAPIV3Schema/properties/spec/properties"))
          .set("field", change.get("field"));
    }
    change.path("spec").properties().forEach(e -> spec.set(e.getKey(), e.getValue()));
    ObjectNode v1 = (ObjectNode) spec.get("versions").get(0);
    change.path("version").properties().forEach(e -> v1.set(e.getKey(), e.getValue()));
    if (change.has("versions")) {
      ArrayNode versions = spec.putArray("versions");
      for (JsonNode given : change.get("versions")) {
        ObjectNode version = versions.addObject();
        version.put("served", true);
        version.setAll((ObjectNode) given);
        if (!version.has("schema")) {
          version.set("schema", schema.deepCopy());
        }
      }
    }
    return new CrdSet(Map.of("widgets.example.com", crd));
  }

  private static final String BASE =
      """
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata:
        name: widgets.example.com
      spec:
        group: example.com
        names: {kind: Widget, plural: widgets, singular: widget, listKind: WidgetList}
        scope: Namespaced
        versions:
        - name: v1
          served: true
          storage: true
          schema:
            openAPIV3Schema:
              type: object
              properties:
                spec:
                  type: object
                  properties: {}
      """;
}
