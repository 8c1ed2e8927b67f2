package dev.opboot.generate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A schema in the vocabulary of a CRD's {@code openAPIV3Schema} (apiextensions.k8s.io/v1
 * JSONSchemaProps), kept as the JSON tree it is: op-boot's one schema model. The generator builds
 * these trees, the Kubernetes type catalogue's parsed JSON is one, the importer reads CRDs through
 * this class, and the YAML writer writes the tree ({@code crd.SchemaJson} sorts its keys as
 * controller-gen does). This class is a view with typed accessors: it holds nothing but the node,
 * two views of one node see the same schema, and setters write through.
 *
 * <p>Why a JSON tree: a CRD schema is JSON ({@code default}, {@code enum} and {@code example} are
 * raw JSON in apiextensions), and with one tree no code converts between representations. Its
 * predecessor, swagger's {@code Schema}, needed converting both ways for every schema that came as
 * JSON (the catalogue, an imported CRD). fabric8's {@code JSONSchemaProps} was rejected: its {@code
 * Double} numbers lose precision on int64 bounds, and it would pull kubernetes-model-apiextensions
 * into the generator.
 *
 * <p>Numbers are normalised on the way in by {@link SchemaNodes}: integral values are integers,
 * others decimals without trailing zeros. Setters keep a schema as a CRD writes it: flags only when
 * true, no empty lists, {@code null} removes a keyword.
 */
public final class JsonSchema {
  public static final String LIST_TYPE = "x-kubernetes-list-type";
  public static final String LIST_MAP_KEYS = "x-kubernetes-list-map-keys";
  public static final String MAP_TYPE = "x-kubernetes-map-type";
  public static final String INT_OR_STRING = "x-kubernetes-int-or-string";
  public static final String PRESERVE_UNKNOWN = "x-kubernetes-preserve-unknown-fields";
  public static final String EMBEDDED_RESOURCE = "x-kubernetes-embedded-resource";
  public static final String VALIDATIONS = "x-kubernetes-validations";

  private static final SchemaNodes NODES = SchemaNodes.INSTANCE;

  private final ObjectNode node;

  private JsonSchema(ObjectNode node) {
    this.node = Objects.requireNonNull(node);
  }

  /** The schema {@code node} holds: a view of it, not a copy. */
  public static JsonSchema of(ObjectNode node) {
    return new JsonSchema(node);
  }

  /** A schema with no keywords: any value. */
  public static JsonSchema empty() {
    return new JsonSchema(NODES.objectNode());
  }

  /** A schema with only {@code type}. */
  public static JsonSchema ofType(String type) {
    return empty().type(type);
  }

  /** The tree itself. */
  public ObjectNode json() {
    return node;
  }

  /** A deep copy, for a schema that will be changed while the original is kept. */
  public JsonSchema copy() {
    return new JsonSchema(node.deepCopy());
  }

  public boolean has(String keyword) {
    return node.has(keyword);
  }

  /** The raw value of {@code keyword}, or null without it. */
  public JsonNode get(String keyword) {
    return node.get(keyword);
  }

  public JsonSchema remove(String keyword) {
    node.remove(keyword);
    return this;
  }

  /** The keywords present, in the tree's order. */
  public List<String> keywords() {
    List<String> keywords = new ArrayList<>(node.size());
    node.fieldNames().forEachRemaining(keywords::add);
    return keywords;
  }

  public boolean isEmpty() {
    return node.isEmpty();
  }

  // --- text keywords ---

  public String type() {
    return text("type");
  }

  public JsonSchema type(String type) {
    return text("type", type);
  }

  public String format() {
    return text("format");
  }

  public JsonSchema format(String format) {
    return text("format", format);
  }

  public String title() {
    return text("title");
  }

  public JsonSchema title(String title) {
    return text("title", title);
  }

  public String description() {
    return text("description");
  }

  public JsonSchema description(String description) {
    return text("description", description);
  }

  public String pattern() {
    return text("pattern");
  }

  public JsonSchema pattern(String pattern) {
    return text("pattern", pattern);
  }

  // --- numbers ---

  public BigDecimal minimum() {
    return decimal("minimum");
  }

  public JsonSchema minimum(BigDecimal minimum) {
    return decimal("minimum", minimum);
  }

  public boolean exclusiveMinimum() {
    return flag("exclusiveMinimum");
  }

  public JsonSchema exclusiveMinimum(boolean exclusive) {
    return flag("exclusiveMinimum", exclusive);
  }

  public BigDecimal maximum() {
    return decimal("maximum");
  }

  public JsonSchema maximum(BigDecimal maximum) {
    return decimal("maximum", maximum);
  }

  public boolean exclusiveMaximum() {
    return flag("exclusiveMaximum");
  }

  public JsonSchema exclusiveMaximum(boolean exclusive) {
    return flag("exclusiveMaximum", exclusive);
  }

  public BigDecimal multipleOf() {
    return decimal("multipleOf");
  }

  public JsonSchema multipleOf(BigDecimal multipleOf) {
    return decimal("multipleOf", multipleOf);
  }

  public Long minLength() {
    return count("minLength");
  }

  public JsonSchema minLength(Long minLength) {
    return count("minLength", minLength);
  }

  public Long maxLength() {
    return count("maxLength");
  }

  public JsonSchema maxLength(Long maxLength) {
    return count("maxLength", maxLength);
  }

  public Long minItems() {
    return count("minItems");
  }

  public JsonSchema minItems(Long minItems) {
    return count("minItems", minItems);
  }

  public Long maxItems() {
    return count("maxItems");
  }

  public JsonSchema maxItems(Long maxItems) {
    return count("maxItems", maxItems);
  }

  public boolean uniqueItems() {
    return flag("uniqueItems");
  }

  public JsonSchema uniqueItems(boolean unique) {
    return flag("uniqueItems", unique);
  }

  public Long minProperties() {
    return count("minProperties");
  }

  public JsonSchema minProperties(Long minProperties) {
    return count("minProperties", minProperties);
  }

  public Long maxProperties() {
    return count("maxProperties");
  }

  public JsonSchema maxProperties(Long maxProperties) {
    return count("maxProperties", maxProperties);
  }

  // --- values ---

  public boolean nullable() {
    return flag("nullable");
  }

  public JsonSchema nullable(boolean nullable) {
    return flag("nullable", nullable);
  }

  /** The allowed values; empty when any value of the type is allowed. */
  public List<JsonNode> enumValues() {
    return elements("enum");
  }

  public JsonSchema enumValues(List<? extends JsonNode> values) {
    return array(
        "enum", values == null ? null : values.stream().map(JsonSchema::normalised).toList());
  }

  /** The default value, or null without one. */
  public JsonNode defaultValue() {
    return node.get("default");
  }

  public JsonSchema defaultValue(JsonNode value) {
    return set("default", value == null ? null : normalised(value));
  }

  public JsonNode example() {
    return node.get("example");
  }

  public JsonSchema example(JsonNode value) {
    return set("example", value == null ? null : normalised(value));
  }

  /** {@code externalDocs}: a link, and what it is. */
  public record ExternalDocs(String url, String description) {}

  public ExternalDocs externalDocs() {
    JsonNode docs = node.get("externalDocs");
    if (docs == null || !docs.isObject()) {
      return null;
    }
    return new ExternalDocs(docs.path("url").asText(null), docs.path("description").asText(null));
  }

  public JsonSchema externalDocs(ExternalDocs docs) {
    if (docs == null) {
      return remove("externalDocs");
    }
    ObjectNode json = NODES.objectNode();
    if (docs.description() != null) {
      json.put("description", docs.description());
    }
    json.put("url", docs.url());
    node.set("externalDocs", json);
    return this;
  }

  // --- schemas in schemas ---

  /** The schema of a list's items, or null. */
  public JsonSchema items() {
    return schema("items");
  }

  public JsonSchema items(JsonSchema items) {
    return set("items", items == null ? null : items.node);
  }

  /**
   * The properties, in order: a copy of the list, each schema a view. A property whose schema is
   * not an object (only malformed input has one) is left out; {@link #json()} shows it.
   */
  public Map<String, JsonSchema> properties() {
    JsonNode properties = node.get("properties");
    if (properties == null || !properties.isObject()) {
      return Map.of();
    }
    Map<String, JsonSchema> out = new LinkedHashMap<>();
    properties
        .properties()
        .forEach(
            p -> {
              if (p.getValue() instanceof ObjectNode schema) {
                out.put(p.getKey(), new JsonSchema(schema));
              }
            });
    return Collections.unmodifiableMap(out);
  }

  /** Replaces the properties, in the map's order; none removes the keyword. */
  public JsonSchema properties(Map<String, JsonSchema> properties) {
    if (properties == null || properties.isEmpty()) {
      return remove("properties");
    }
    ObjectNode json = NODES.objectNode();
    properties.forEach((name, schema) -> json.set(name, schema.node));
    node.set("properties", json);
    return this;
  }

  /** The property {@code name}'s schema, or null. */
  public JsonSchema property(String name) {
    JsonNode property = node.path("properties").get(name);
    return property instanceof ObjectNode schema ? new JsonSchema(schema) : null;
  }

  /**
   * The schema of a map's values, or null (also when {@code additionalProperties} is a boolean).
   */
  public JsonSchema additionalProperties() {
    return schema("additionalProperties");
  }

  public JsonSchema additionalProperties(JsonSchema values) {
    return set("additionalProperties", values == null ? null : values.node);
  }

  public JsonSchema additionalProperties(boolean allowed) {
    node.put("additionalProperties", allowed);
    return this;
  }

  /** The names of the required properties; empty when none is. */
  public List<String> required() {
    return texts("required");
  }

  public JsonSchema required(List<String> names) {
    return strings("required", names);
  }

  public List<JsonSchema> anyOf() {
    return schemas("anyOf");
  }

  public JsonSchema anyOf(List<JsonSchema> schemas) {
    return schemas("anyOf", schemas);
  }

  public List<JsonSchema> allOf() {
    return schemas("allOf");
  }

  public JsonSchema allOf(List<JsonSchema> schemas) {
    return schemas("allOf", schemas);
  }

  public List<JsonSchema> oneOf() {
    return schemas("oneOf");
  }

  public JsonSchema oneOf(List<JsonSchema> schemas) {
    return schemas("oneOf", schemas);
  }

  public JsonSchema not() {
    return schema("not");
  }

  public JsonSchema not(JsonSchema schema) {
    return set("not", schema == null ? null : schema.node);
  }

  // --- Kubernetes' extensions ---

  /** {@code x-kubernetes-list-type}: atomic, set or map. */
  public String listType() {
    return text(LIST_TYPE);
  }

  public JsonSchema listType(String listType) {
    return text(LIST_TYPE, listType);
  }

  public List<String> listMapKeys() {
    return texts(LIST_MAP_KEYS);
  }

  public JsonSchema listMapKeys(List<String> keys) {
    return strings(LIST_MAP_KEYS, keys);
  }

  /** {@code x-kubernetes-map-type}: granular or atomic. */
  public String mapType() {
    return text(MAP_TYPE);
  }

  public JsonSchema mapType(String mapType) {
    return text(MAP_TYPE, mapType);
  }

  public boolean intOrString() {
    return flag(INT_OR_STRING);
  }

  public JsonSchema intOrString(boolean intOrString) {
    return flag(INT_OR_STRING, intOrString);
  }

  public boolean preserveUnknownFields() {
    return flag(PRESERVE_UNKNOWN);
  }

  public JsonSchema preserveUnknownFields(boolean preserve) {
    return flag(PRESERVE_UNKNOWN, preserve);
  }

  public boolean embeddedResource() {
    return flag(EMBEDDED_RESOURCE);
  }

  public JsonSchema embeddedResource(boolean embedded) {
    return flag(EMBEDDED_RESOURCE, embedded);
  }

  /** The CEL rules of {@code x-kubernetes-validations}, in order. */
  public List<JsonNode> validations() {
    return elements(VALIDATIONS);
  }

  /** Adds a CEL rule ({@code rule}, {@code message}, ...) to {@code x-kubernetes-validations}. */
  public JsonSchema addValidation(Map<String, ?> rule) {
    JsonNode existing = node.get(VALIDATIONS);
    ArrayNode rules = existing instanceof ArrayNode array ? array : node.putArray(VALIDATIONS);
    rules.add(value(rule));
    return this;
  }

  // --- questions ---

  public boolean isType(String type) {
    return type.equals(type());
  }

  /** Whether the schema is a map: an object with {@code additionalProperties}. */
  public boolean isMap() {
    return isType("object") && has("additionalProperties");
  }

  public boolean isNumeric() {
    return isType("integer") || isType("number") || intOrString();
  }

  public boolean isScalar() {
    return isType("string")
        || isType("integer")
        || isType("number")
        || isType("boolean")
        || intOrString();
  }

  /**
   * A plain Java value (String, Boolean, Number, Map, Collection, or a JSON node) as a normalised
   * JSON value; maps keep their order.
   */
  public static JsonNode value(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof JsonNode json) {
      return normalised(json);
    }
    if (value instanceof String s) {
      return NODES.textNode(s);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof BigDecimal d) {
      return NODES.numberNode(d);
    }
    if (value instanceof BigInteger i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Number n) {
      return NODES.numberNode(new BigDecimal(n.toString()));
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      map.forEach((k, v) -> object.set(k.toString(), value(v)));
      return object;
    }
    if (value instanceof Collection<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(v -> array.add(value(v)));
      return array;
    }
    return NODES.textNode(value.toString());
  }

  /** {@code json} with its numbers normalised (the node itself when it holds none to change). */
  private static JsonNode normalised(JsonNode json) {
    if (json.isNumber()) {
      return json.isIntegralNumber()
          ? NODES.numberNode(json.bigIntegerValue())
          : NODES.numberNode(json.decimalValue());
    }
    if (json.isObject()) {
      ObjectNode object = NODES.objectNode();
      json.properties().forEach(e -> object.set(e.getKey(), normalised(e.getValue())));
      return object;
    }
    if (json.isArray()) {
      ArrayNode array = NODES.arrayNode();
      json.forEach(e -> array.add(normalised(e)));
      return array;
    }
    return json;
  }

  @Override
  public String toString() {
    return node.toString();
  }

  // --- the tree underneath ---

  private String text(String keyword) {
    JsonNode value = node.get(keyword);
    return value != null && value.isTextual() ? value.textValue() : null;
  }

  private JsonSchema text(String keyword, String value) {
    return set(keyword, value == null ? null : NODES.textNode(value));
  }

  private BigDecimal decimal(String keyword) {
    JsonNode value = node.get(keyword);
    return value != null && value.isNumber() ? value.decimalValue() : null;
  }

  private JsonSchema decimal(String keyword, BigDecimal value) {
    return set(keyword, value == null ? null : NODES.numberNode(value));
  }

  private Long count(String keyword) {
    JsonNode value = node.get(keyword);
    return value != null && value.isNumber() ? value.longValue() : null;
  }

  private JsonSchema count(String keyword, Long value) {
    return set(keyword, value == null ? null : NODES.numberNode(value));
  }

  private boolean flag(String keyword) {
    return node.path(keyword).asBoolean(false);
  }

  /** A flag is written only when true, as a CRD writes it: false is what its absence means. */
  private JsonSchema flag(String keyword, boolean value) {
    return set(keyword, value ? NODES.booleanNode(true) : null);
  }

  private JsonSchema schema(String keyword) {
    return node.get(keyword) instanceof ObjectNode schema ? new JsonSchema(schema) : null;
  }

  private List<JsonSchema> schemas(String keyword) {
    List<JsonSchema> out = new ArrayList<>();
    for (JsonNode element : elements(keyword)) {
      if (element instanceof ObjectNode schema) {
        out.add(new JsonSchema(schema));
      }
    }
    return out;
  }

  private JsonSchema schemas(String keyword, List<JsonSchema> schemas) {
    return array(keyword, schemas == null ? null : schemas.stream().map(JsonSchema::json).toList());
  }

  private List<JsonNode> elements(String keyword) {
    JsonNode value = node.get(keyword);
    if (value == null || !value.isArray()) {
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>(value.size());
    value.forEach(out::add);
    return out;
  }

  private List<String> texts(String keyword) {
    return elements(keyword).stream().map(JsonNode::asText).toList();
  }

  private JsonSchema strings(String keyword, List<String> values) {
    return array(
        keyword,
        values == null ? null : values.stream().map(v -> (JsonNode) NODES.textNode(v)).toList());
  }

  private JsonSchema array(String keyword, List<? extends JsonNode> values) {
    if (values == null || values.isEmpty()) {
      return remove(keyword);
    }
    ArrayNode array = NODES.arrayNode(values.size());
    values.forEach(array::add);
    node.set(keyword, array);
    return this;
  }

  private JsonSchema set(String keyword, JsonNode value) {
    if (value == null) {
      node.remove(keyword);
    } else {
      node.set(keyword, value);
    }
    return this;
  }
}
