package dev.opboot.generate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schema model: a view of a JSON tree, numbers normalised, kept as a CRD writes it. */
class JsonSchemaTest {
  @Test
  void numbersAreNormalisedOnTheWayIn() {
    JsonSchema schema =
        JsonSchema.ofType("number")
            .minimum(new BigDecimal("3.0"))
            .maximum(new BigDecimal("2.50"))
            .multipleOf(new BigDecimal("1E+1"));
    assertThat(schema.json().get("minimum").isIntegralNumber()).isTrue();
    assertThat(schema.json().get("minimum").toString()).isEqualTo("3");
    assertThat(schema.json().get("maximum").toString()).isEqualTo("2.5");
    assertThat(schema.json().get("multipleOf").toString()).isEqualTo("10");
    assertThat(JsonSchema.value(0.1).toString()).isEqualTo("0.1");
    assertThat(JsonSchema.value(2.0f).toString()).isEqualTo("2");
  }

  @Test
  void int64BoundsKeepEveryDigit() {
    BigDecimal max = new BigDecimal(Long.MAX_VALUE);
    JsonSchema schema =
        JsonSchema.ofType("integer").maximum(max).minimum(new BigDecimal(Long.MIN_VALUE));
    assertThat(schema.maximum()).isEqualByComparingTo(max);
    assertThat(schema.json().get("maximum").toString()).isEqualTo("9223372036854775807");
    assertThat(schema.json().get("minimum").toString()).isEqualTo("-9223372036854775808");
    BigDecimal beyond = max.add(BigDecimal.ONE);
    assertThat(JsonSchema.ofType("integer").maximum(beyond).maximum()).isEqualByComparingTo(beyond);
  }

  @Test
  void equalValuesAreEqualNodesHoweverTheyCame() throws Exception {
    JsonNode parsed = SchemaNodes.MAPPER.readTree("[1.50, 2.0, 3, {\"a\": 1e2}]");
    JsonNode built = JsonSchema.value(List.of(new BigDecimal("1.5"), 2L, 3, Map.of("a", 100)));
    assertThat(parsed).isEqualTo(built);
    JsonSchema schema = JsonSchema.ofType("array").enumValues(List.of(parsed));
    assertThat(schema.enumValues()).containsExactly(built);
  }

  @Test
  void flagsAreWrittenOnlyWhenTrueAndNullOrEmptyRemovesAKeyword() {
    JsonSchema schema =
        JsonSchema.ofType("string")
            .nullable(true)
            .minLength(1L)
            .required(List.of("a"))
            .description("d");
    assertThat(schema.keywords())
        .containsExactly("type", "nullable", "minLength", "required", "description");
    schema.nullable(false).minLength(null).required(List.of()).description(null);
    assertThat(schema.keywords()).containsExactly("type");
    assertThat(schema.exclusiveMinimum(false).has("exclusiveMinimum")).isFalse();
  }

  @Test
  void aSchemaIsAViewOfItsTree() {
    ObjectNode node = SchemaNodes.INSTANCE.objectNode();
    JsonSchema schema = JsonSchema.of(node);
    JsonSchema items = JsonSchema.ofType("string");
    schema.type("array").items(items);
    items.pattern("^a");
    assertThat(node.toString())
        .isEqualTo("{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^a\"}}");
    assertThat(JsonSchema.of(node).items().pattern()).isEqualTo("^a");
    JsonSchema copy = schema.copy();
    copy.items().pattern("^b");
    assertThat(schema.items().pattern()).isEqualTo("^a");
  }

  @Test
  void propertiesKeepTheirOrderAndSchemasInSchemasAreTyped() {
    Map<String, JsonSchema> properties = new LinkedHashMap<>();
    properties.put("zeta", JsonSchema.ofType("string"));
    properties.put("alpha", Schemas.intOrString());
    JsonSchema object =
        JsonSchema.ofType("object").properties(properties).additionalProperties(false);
    assertThat(object.properties().keySet()).containsExactly("zeta", "alpha");
    assertThat(object.property("alpha").intOrString()).isTrue();
    assertThat(object.property("alpha").anyOf())
        .extracting(JsonSchema::type)
        .containsExactly("integer", "string");
    assertThat(object.additionalProperties()).isNull();
    assertThat(object.isMap()).isTrue();
    assertThat(
            JsonSchema.ofType("object")
                .additionalProperties(JsonSchema.ofType("string"))
                .additionalProperties()
                .type())
        .isEqualTo("string");
  }

  @Test
  void kubernetesExtensionsAreTyped() {
    JsonSchema list =
        JsonSchema.ofType("array")
            .listType("map")
            .listMapKeys(List.of("name", "port"))
            .addValidation(Map.of("rule", "self.size() > 0"))
            .addValidation(Map.of("rule", "true", "message", "m"));
    assertThat(list.json().get(JsonSchema.LIST_TYPE).asText()).isEqualTo("map");
    assertThat(list.listMapKeys()).containsExactly("name", "port");
    assertThat(list.validations()).hasSize(2);
    assertThat(list.validations().get(1).get("message").asText()).isEqualTo("m");
    JsonSchema map =
        JsonSchema.ofType("object")
            .mapType("atomic")
            .preserveUnknownFields(true)
            .embeddedResource(true);
    assertThat(map.mapType()).isEqualTo("atomic");
    assertThat(map.preserveUnknownFields()).isTrue();
    assertThat(map.embeddedResource()).isTrue();
  }
}
