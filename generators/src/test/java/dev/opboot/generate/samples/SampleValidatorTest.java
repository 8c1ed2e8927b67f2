package dev.opboot.generate.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.core.yaml.Yamls;
import dev.opboot.generate.compat.CrdSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the local validator refuses, keyword by keyword, and what it accepts. */
class SampleValidatorTest {
  private static final String CRD =
      """
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata: {name: widgets.example.com}
      spec:
        group: example.com
        names: {kind: Widget, plural: widgets}
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
                  required: [color]
                  properties:
                    replicas: {type: integer, minimum: 1, maximum: 5}
                    color: {type: string, enum: [red, blue]}
                    name: {type: string, maxLength: 5, pattern: '^[a-z]+$'}
                    tags: {type: array, x-kubernetes-list-type: set, items: {type: string}}
                    labels: {type: object, additionalProperties: {type: string}}
                    port: {x-kubernetes-int-or-string: true}
                    free: {type: object, x-kubernetes-preserve-unknown-fields: true}
                    note: {type: string, nullable: true}
        - name: v0
          served: false
          storage: false
          schema: {openAPIV3Schema: {type: object}}
      """;

  private final SampleValidator validator;

  SampleValidatorTest() throws Exception {
    validator = new SampleValidator(CrdSet.read("NEW", List.of(new CrdSet.Text("crd.yaml", CRD))));
  }

  @Test
  void aValidObjectIsAccepted() throws Exception {
    assertThat(
            problems(
                "spec: {replicas: 3, color: red, name: abc, tags: [a, b], labels: {x: y},"
                    + " port: http, free: {any: [1]}, note: null}"))
        .isEmpty();
  }

  @Test
  void eachKeywordRefusesWhatTheServerRefuses() throws Exception {
    assertThat(
            problems(
                "spec: {replicas: 9, color: green, name: ABCDEFG, tags: [a, a], labels: {x: 1},"
                    + " port: true, other: 1}"))
        .containsExactly(
            ".spec.replicas: 9 is above the maximum 5",
            ".spec.color: value \"green\" is not one of [\"red\",\"blue\"]",
            ".spec.name: 7 characters, more than maxLength 5",
            ".spec.name: 'ABCDEFG' does not match the pattern ^[a-z]+$",
            ".spec.tags[1]: duplicate item in a list of type set",
            ".spec.labels.x: must be string, not a number",
            ".spec.port: must be an integer or a string, not a boolean",
            ".spec.other: unknown field: refused by kubectl's strict field validation, dropped by"
                + " the server without it");
    assertThat(problems("spec: {replicas: 0, name: null}"))
        .containsExactly(
            ".spec.color: required, but missing",
            ".spec.replicas: 0 is below the minimum 1",
            ".spec.name: null is not allowed (the schema is not nullable)");
  }

  @Test
  void anUnservedVersionIsRefusedAndOtherKindsAreNotJudged() throws Exception {
    JsonNode old =
        Yamls.reader().readTree("apiVersion: example.com/v0\nkind: Widget\nmetadata: {name: w}");
    assertThat(validator.check(old).orElseThrow().problems())
        .containsExactly("apiVersion example.com/v0: version v0 is not served");
    JsonNode other =
        Yamls.reader().readTree("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}");
    assertThat(validator.check(other)).isEmpty();
  }

  private List<String> problems(String spec) throws Exception {
    JsonNode object =
        Yamls.reader()
            .readTree("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n" + spec);
    SampleValidator.Verdict verdict = validator.check(object).orElseThrow();
    assertThat(verdict.object()).isEqualTo("Widget w");
    return verdict.problems();
  }
}
