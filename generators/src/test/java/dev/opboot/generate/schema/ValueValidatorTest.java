package dev.opboot.generate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.core.yaml.Yamls;
import dev.opboot.generate.schema.ValueValidator.Target;
import org.junit.jupiter.api.Test;

/**
 * What the two targets share and where they differ: a default's unknown fields are pruning's
 * business, an object's are refused; a broken pattern is the schema's fault for a default.
 */
class ValueValidatorTest {
  private static final String SCHEMA =
      """
      type: object
      required: [mode]
      properties:
        mode: {type: string, default: fast, enum: [fast, slow]}
        name: {type: string, pattern: '(?=a)'}
        tags: {type: array, x-kubernetes-list-type: set, items: {type: string}}
        labels: {type: object, additionalProperties: {type: string}}
      """;

  @Test
  void anAbsentRequiredPropertyWithADefaultIsFilledInFirst() throws Exception {
    assertThat(ValueValidator.problems(yaml("{}"), yaml(SCHEMA), "", Target.OBJECT)).isEmpty();
    assertThat(ValueValidator.problems(yaml("{}"), yaml(SCHEMA), "default", Target.DEFAULT))
        .isEmpty();
    assertThat(ValueValidator.problems(yaml("{mode: quick}"), yaml(SCHEMA), "", Target.OBJECT))
        .containsExactly(".mode: value \"quick\" is not one of [\"fast\",\"slow\"]");
  }

  @Test
  void unknownFieldsAreRefusedInAnObjectAndPrunedFromADefault() throws Exception {
    JsonNode value = yaml("{other: 1, labels: {x: y}}");
    assertThat(ValueValidator.problems(value, yaml(SCHEMA), "", Target.OBJECT))
        .containsExactly(
            ".other: unknown field: refused by kubectl's strict field validation, dropped by the"
                + " server without it");
    assertThat(ValueValidator.problems(value, yaml(SCHEMA), "default", Target.DEFAULT)).isEmpty();
    assertThat(ValueValidator.pruned(value, yaml(SCHEMA), "default"))
        .containsExactly("default.other");
  }

  @Test
  void setsMustBeUniqueInBoth() throws Exception {
    JsonNode value = yaml("{tags: [a, a]}");
    for (Target target : Target.values()) {
      assertThat(ValueValidator.problems(value, yaml(SCHEMA), "d", target))
          .containsExactly("d.tags[1]: duplicate item in a list of type set");
    }
  }

  @Test
  void aPatternThatDoesNotCompileIsTheSchemasFaultForADefault() throws Exception {
    JsonNode value = yaml("{name: abc}");
    assertThat(ValueValidator.problems(value, yaml(SCHEMA), "default", Target.DEFAULT)).isEmpty();
    assertThat(ValueValidator.problems(value, yaml(SCHEMA), "", Target.OBJECT))
        .singleElement()
        .asString()
        .startsWith(".name: the schema's pattern (?=a) does not compile");
  }

  private static JsonNode yaml(String text) throws Exception {
    return Yamls.reader().readTree(text);
  }
}
