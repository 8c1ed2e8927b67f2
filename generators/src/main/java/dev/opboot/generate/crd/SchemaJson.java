package dev.opboot.generate.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a schema in the CRD's {@code openAPIV3Schema} vocabulary (apiextensions.k8s.io/v1
 * JSONSchemaProps), keys sorted as controller-gen sorts them, numbers integral where they are.
 */
public final class SchemaJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SchemaJson() {}

  public static ObjectNode toJson(Schema<?> schema) {
    Map<String, JsonNode> fields = new TreeMap<>();
    put(fields, "type", schema.getType());
    put(fields, "format", schema.getFormat());
    put(fields, "title", schema.getTitle());
    put(fields, "description", schema.getDescription());
    put(fields, "pattern", schema.getPattern());
    put(fields, "minimum", schema.getMinimum());
    put(fields, "maximum", schema.getMaximum());
    putTrue(fields, "exclusiveMinimum", schema.getExclusiveMinimum());
    putTrue(fields, "exclusiveMaximum", schema.getExclusiveMaximum());
    put(fields, "multipleOf", schema.getMultipleOf());
    put(fields, "minLength", schema.getMinLength());
    put(fields, "maxLength", schema.getMaxLength());
    put(fields, "minItems", schema.getMinItems());
    put(fields, "maxItems", schema.getMaxItems());
    putTrue(fields, "uniqueItems", schema.getUniqueItems());
    put(fields, "minProperties", schema.getMinProperties());
    put(fields, "maxProperties", schema.getMaxProperties());
    putTrue(fields, "nullable", schema.getNullable());
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      fields.put("enum", value(schema.getEnum()));
    }
    if (schema.getDefault() != null) {
      fields.put("default", value(schema.getDefault()));
    }
    if (schema.getExample() != null) {
      fields.put("example", value(schema.getExample()));
    }
    if (schema.getExternalDocs() != null) {
      ObjectNode docs = NODES.objectNode();
      if (schema.getExternalDocs().getDescription() != null) {
        docs.put("description", schema.getExternalDocs().getDescription());
      }
      docs.put("url", schema.getExternalDocs().getUrl());
      fields.put("externalDocs", docs);
    }
    if (schema.getItems() != null) {
      fields.put("items", toJson(schema.getItems()));
    }
    if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
      ObjectNode properties = NODES.objectNode();
      new TreeMap<>(schema.getProperties()).forEach((name, s) -> properties.set(name, toJson(s)));
      fields.put("properties", properties);
    }
    if (schema.getAdditionalProperties() instanceof Schema<?> values) {
      fields.put("additionalProperties", toJson(values));
    } else if (schema.getAdditionalProperties() instanceof Boolean b) {
      fields.put("additionalProperties", NODES.booleanNode(b));
    }
    if (schema.getRequired() != null && !schema.getRequired().isEmpty()) {
      fields.put("required", value(schema.getRequired()));
    }
    putSchemas(fields, "anyOf", schema.getAnyOf());
    putSchemas(fields, "allOf", schema.getAllOf());
    putSchemas(fields, "oneOf", schema.getOneOf());
    if (schema.getNot() != null) {
      fields.put("not", toJson(schema.getNot()));
    }
    if (schema.getExtensions() != null) {
      schema.getExtensions().forEach((key, v) -> {
        if (key.startsWith("x-kubernetes-")) {
          fields.put(key, value(v));
        }
      });
    }
    ObjectNode node = NODES.objectNode();
    fields.forEach(node::set);
    return node;
  }

  private static void putSchemas(Map<String, JsonNode> fields, String key, java.util.List<Schema> schemas) {
    if (schemas != null && !schemas.isEmpty()) {
      ArrayNode array = NODES.arrayNode();
      schemas.forEach(s -> array.add(toJson(s)));
      fields.put(key, array);
    }
  }

  private static void put(Map<String, JsonNode> fields, String key, Object value) {
    if (value != null) {
      fields.put(key, value(value));
    }
  }

  private static void putTrue(Map<String, JsonNode> fields, String key, Boolean value) {
    if (Boolean.TRUE.equals(value)) {
      fields.put(key, NODES.booleanNode(true));
    }
  }

  /**
   * The schema a CRD's JSON describes: the inverse of {@link #toJson}, for schemas that come as
   * JSON (the bundled Kubernetes types, a CRD being imported).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Schema<Object> fromJson(JsonNode json) {
    Schema<Object> schema = new Schema<>();
    java.util.Iterator<Map.Entry<String, JsonNode>> fields = json.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode v = field.getValue();
      switch (field.getKey()) {
        case "type" -> schema.setType(v.asText());
        case "format" -> schema.setFormat(v.asText());
        case "title" -> schema.setTitle(v.asText());
        case "description" -> schema.setDescription(v.asText());
        case "pattern" -> schema.setPattern(v.asText());
        case "minimum" -> schema.setMinimum(v.decimalValue());
        case "maximum" -> schema.setMaximum(v.decimalValue());
        case "exclusiveMinimum" -> schema.setExclusiveMinimum(v.asBoolean());
        case "exclusiveMaximum" -> schema.setExclusiveMaximum(v.asBoolean());
        case "multipleOf" -> schema.setMultipleOf(v.decimalValue());
        case "minLength" -> schema.setMinLength(v.asInt());
        case "maxLength" -> schema.setMaxLength(v.asInt());
        case "minItems" -> schema.setMinItems(v.asInt());
        case "maxItems" -> schema.setMaxItems(v.asInt());
        case "uniqueItems" -> schema.setUniqueItems(v.asBoolean());
        case "minProperties" -> schema.setMinProperties(v.asInt());
        case "maxProperties" -> schema.setMaxProperties(v.asInt());
        case "nullable" -> schema.setNullable(v.asBoolean());
        case "enum" -> schema.setEnum((java.util.List<Object>) plain(v));
        case "default" -> schema.setDefault(plain(v));
        case "example" -> schema.setExample(plain(v));
        case "items" -> schema.setItems(fromJson(v));
        case "not" -> schema.setNot(fromJson(v));
        case "additionalProperties" -> schema.setAdditionalProperties(v.isBoolean() ? v.asBoolean() : fromJson(v));
        case "properties" -> {
          Map<String, Schema> properties = new java.util.LinkedHashMap<>();
          v.fields().forEachRemaining(p -> properties.put(p.getKey(), fromJson(p.getValue())));
          schema.setProperties(properties);
        }
        case "required" -> {
          java.util.List<String> required = new java.util.ArrayList<>();
          v.forEach(r -> required.add(r.asText()));
          schema.setRequired(required);
        }
        case "anyOf" -> schema.setAnyOf(schemas(v));
        case "allOf" -> schema.setAllOf(schemas(v));
        case "oneOf" -> schema.setOneOf(schemas(v));
        case "externalDocs" -> schema.setExternalDocs(new io.swagger.v3.oas.models.ExternalDocumentation()
            .url(v.path("url").asText(null)).description(v.path("description").asText(null)));
        default -> schema.addExtension(field.getKey(), plain(v));
      }
    }
    return schema;
  }

  @SuppressWarnings("rawtypes")
  private static java.util.List<Schema> schemas(JsonNode array) {
    java.util.List<Schema> out = new java.util.ArrayList<>();
    array.forEach(s -> out.add(fromJson(s)));
    return out;
  }

  /** A JSON value as plain Java: Map, List, String, BigInteger or BigDecimal, Boolean, null. */
  static Object plain(JsonNode v) {
    if (v.isObject()) {
      Map<String, Object> map = new java.util.LinkedHashMap<>();
      v.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue())));
      return map;
    }
    if (v.isArray()) {
      java.util.List<Object> list = new java.util.ArrayList<>();
      v.forEach(e -> list.add(plain(e)));
      return list;
    }
    if (v.isIntegralNumber()) {
      return v.bigIntegerValue();
    }
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isNull()) {
      return null;
    }
    return v.asText();
  }

  /** A plain Java value as JSON, maps with sorted keys. */
  static JsonNode value(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof String s) {
      return NODES.textNode(s);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof BigDecimal d) {
      BigDecimal stripped = d.stripTrailingZeros();
      if (stripped.scale() <= 0) {
        return NODES.numberNode(stripped.toBigIntegerExact());
      }
      return NODES.numberNode(stripped);
    }
    if (value instanceof BigInteger i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof Number n) {
      return value(new BigDecimal(n.toString()));
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode node = NODES.objectNode();
      new TreeMap<>(map).forEach((k, v) -> node.set(k.toString(), value(v)));
      return node;
    }
    if (value instanceof Collection<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(v -> array.add(value(v)));
      return array;
    }
    return MAPPER.valueToTree(value);
  }
}
