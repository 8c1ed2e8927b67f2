package dev.opboot.generate.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.generate.schema.JsonSchema;
import dev.opboot.generate.schema.SchemaNodes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The JSON edge of the schema model: a {@link JsonSchema} as a CRD's {@code openAPIV3Schema}
 * (apiextensions.k8s.io/v1 JSONSchemaProps) writes it, keys sorted as controller-gen sorts them.
 * Only that vocabulary is written (the {@code x-kubernetes-} extensions among others; no marker of
 * op-boot's own, nothing an OpenAPI document has besides), flags only when true, no empty lists or
 * {@code null} values, numbers normalised. The tree is not changed.
 */
public final class SchemaJson {
  private static final SchemaNodes NODES = SchemaNodes.INSTANCE;
  private static final List<String> TEXTS =
      List.of("type", "format", "title", "description", "pattern");
  private static final List<String> NUMBERS =
      List.of(
          "minimum",
          "maximum",
          "multipleOf",
          "minLength",
          "maxLength",
          "minItems",
          "maxItems",
          "minProperties",
          "maxProperties");
  private static final List<String> FLAGS =
      List.of("exclusiveMinimum", "exclusiveMaximum", "uniqueItems", "nullable");
  private static final Set<String> SCHEMA_LISTS = Set.of("anyOf", "allOf", "oneOf");
  private static final String EXTENSIONS = "x-kubernetes-";

  private SchemaJson() {}

  /** {@code schema} as a CRD holds it: a new tree, sorted. */
  public static ObjectNode toJson(JsonSchema schema) {
    return write(schema.json());
  }

  private static ObjectNode write(JsonNode schema) {
    Map<String, JsonNode> fields = new TreeMap<>();
    for (String key : TEXTS) {
      if (isSet(schema.get(key))) {
        fields.put(key, NODES.textNode(schema.get(key).asText()));
      }
    }
    for (String key : NUMBERS) {
      if (isSet(schema.get(key))) {
        fields.put(key, NODES.numberNode(schema.get(key).decimalValue()));
      }
    }
    for (String key : FLAGS) {
      if (schema.path(key).asBoolean(false)) {
        fields.put(key, NODES.booleanNode(true));
      }
    }
    if (schema.path("enum").size() > 0) {
      fields.put("enum", sorted(schema.get("enum")));
    }
    for (String key : List.of("default", "example")) {
      if (isSet(schema.get(key))) {
        fields.put(key, sorted(schema.get(key)));
      }
    }
    if (schema.has("externalDocs")) {
      JsonNode docs = schema.get("externalDocs");
      ObjectNode written = NODES.objectNode();
      String description = docs.path("description").asText(null);
      if (description != null) {
        written.put("description", description);
      }
      written.put("url", docs.path("url").asText(null));
      fields.put("externalDocs", written);
    }
    if (schema.has("items")) {
      fields.put("items", write(schema.get("items")));
    }
    if (schema.path("properties").isObject() && schema.get("properties").size() > 0) {
      ObjectNode properties = NODES.objectNode();
      new TreeMap<>(fieldsOf(schema.get("properties")))
          .forEach((name, s) -> properties.set(name, write(s)));
      fields.put("properties", properties);
    }
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null) {
      fields.put("additionalProperties", additional.isBoolean() ? additional : write(additional));
    }
    if (schema.path("required").size() > 0) {
      ArrayNode required = NODES.arrayNode();
      schema.get("required").forEach(r -> required.add(r.asText()));
      fields.put("required", required);
    }
    for (String key : SCHEMA_LISTS) {
      if (schema.path(key).isArray() && schema.get(key).size() > 0) {
        ArrayNode schemas = NODES.arrayNode();
        schema.get(key).forEach(s -> schemas.add(write(s)));
        fields.put(key, schemas);
      }
    }
    if (schema.has("not")) {
      fields.put("not", write(schema.get("not")));
    }
    schema
        .properties()
        .forEach(
            field -> {
              if (field.getKey().startsWith(EXTENSIONS)) {
                fields.put(field.getKey(), sorted(field.getValue()));
              }
            });
    ObjectNode node = NODES.objectNode();
    fields.forEach(node::set);
    return node;
  }

  private static boolean isSet(JsonNode value) {
    return value != null && !value.isNull();
  }

  private static Map<String, JsonNode> fieldsOf(JsonNode object) {
    Map<String, JsonNode> fields = new java.util.LinkedHashMap<>();
    object.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
    return fields;
  }

  /** A JSON value with every object's keys sorted and its numbers normalised. */
  private static JsonNode sorted(JsonNode value) {
    if (value.isObject()) {
      ObjectNode node = NODES.objectNode();
      new TreeMap<>(fieldsOf(value)).forEach((k, v) -> node.set(k, sorted(v)));
      return node;
    }
    if (value.isArray()) {
      ArrayNode array = NODES.arrayNode();
      value.forEach(v -> array.add(sorted(v)));
      return array;
    }
    if (value.isNumber()) {
      return value.isIntegralNumber()
          ? NODES.numberNode(value.bigIntegerValue())
          : NODES.numberNode(value.decimalValue());
    }
    return value;
  }
}
