package dev.opboot.generate.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.math.BigDecimal;

/**
 * The {@code spec} of an imported API's sample object: its required properties, each with its
 * default, example, first allowed value or the smallest value its bounds allow. It is where a
 * user starts, not a guarantee: a pattern or a CEL rule may still want another value.
 */
final class SampleSpec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  private SampleSpec() {}

  /** The sample's {@code spec:} block, or the empty string when the schema has no spec. */
  static String of(ObjectNode root) {
    JsonNode spec = root.path("properties").path("spec");
    if (!spec.isObject()) {
      return "";
    }
    ObjectNode sample = NODES.objectNode();
    sample.set("spec", value(spec, 0));
    try {
      return YAML.writeValueAsString(sample);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode value(JsonNode s, int depth) {
    if (s.has("default")) {
      return s.get("default");
    }
    if (s.has("example")) {
      return s.get("example");
    }
    if (s.path("enum").size() > 0) {
      return s.get("enum").get(0);
    }
    if (s.path("x-kubernetes-int-or-string").asBoolean(false)) {
      return NODES.numberNode(1);
    }
    switch (s.path("type").asText("")) {
      case "string": {
        String format = s.path("format").asText("");
        if (format.equals("date-time")) {
          return NODES.textNode("2024-01-01T00:00:00Z");
        }
        int length = Math.max(1, s.path("minLength").asInt(0));
        return NODES.textNode("example".repeat(length / 7 + 1).substring(0, Math.max(length, 7)));
      }
      case "integer":
      case "number": {
        BigDecimal value = BigDecimal.ONE;
        if (s.has("minimum")) {
          value = s.get("minimum").decimalValue().add(s.path("exclusiveMinimum").asBoolean(false)
              ? BigDecimal.ONE : BigDecimal.ZERO);
        } else if (s.has("maximum") && s.get("maximum").decimalValue().compareTo(BigDecimal.ONE) < 0) {
          value = s.get("maximum").decimalValue().subtract(BigDecimal.ONE);
        }
        return value.stripTrailingZeros().scale() <= 0 ? NODES.numberNode(value.toBigInteger())
            : NODES.numberNode(value);
      }
      case "boolean":
        return NODES.booleanNode(false);
      case "array": {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < s.path("minItems").asInt(0) && depth < 8; i++) {
          array.add(value(s.path("items"), depth + 1));
        }
        return array;
      }
      default: {
        ObjectNode object = NODES.objectNode();
        if (depth < 8) {
          for (JsonNode required : s.path("required")) {
            JsonNode property = s.path("properties").path(required.asText());
            if (property.isObject()) {
              object.set(required.asText(), value(property, depth + 1));
            }
          }
        }
        return object;
      }
    }
  }
}
