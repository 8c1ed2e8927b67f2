package dev.opboot.generate.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.core.yaml.Yamls;
import dev.opboot.generate.schema.JsonSchema;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The {@code spec} of an imported API's sample object: its required properties, each with its
 * default, example, first allowed value or the smallest value its bounds allow. It is where a user
 * starts, not a guarantee: a pattern or a CEL rule may still want another value.
 */
final class SampleSpec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SampleSpec() {}

  /** The sample's {@code spec:} block, or the empty string when the schema has no spec. */
  static String of(JsonSchema root) {
    JsonSchema spec = root.property("spec");
    if (spec == null) {
      return "";
    }
    ObjectNode sample = NODES.objectNode();
    sample.set("spec", value(spec, 0));
    try {
      return Yamls.files().writeValueAsString(sample);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode value(JsonSchema s, int depth) {
    if (s.has("default")) {
      return s.defaultValue();
    }
    if (s.has("example")) {
      return s.example();
    }
    if (!s.enumValues().isEmpty()) {
      return s.enumValues().get(0);
    }
    if (s.intOrString()) {
      return NODES.numberNode(1);
    }
    switch (Objects.requireNonNullElse(s.type(), "")) {
      case "string":
        {
          if ("date-time".equals(s.format())) {
            return NODES.textNode("2024-01-01T00:00:00Z");
          }
          int length = Math.max(1, s.minLength() == null ? 0 : s.minLength().intValue());
          return NODES.textNode("example".repeat(length / 7 + 1).substring(0, Math.max(length, 7)));
        }
      case "integer":
      case "number":
        {
          BigDecimal value = BigDecimal.ONE;
          if (s.minimum() != null) {
            value = s.minimum().add(s.exclusiveMinimum() ? BigDecimal.ONE : BigDecimal.ZERO);
          } else if (s.maximum() != null && s.maximum().compareTo(BigDecimal.ONE) < 0) {
            value = s.maximum().subtract(BigDecimal.ONE);
          }
          return value.stripTrailingZeros().scale() <= 0
              ? NODES.numberNode(value.toBigInteger())
              : NODES.numberNode(value);
        }
      case "boolean":
        return NODES.booleanNode(false);
      case "array":
        {
          ArrayNode array = NODES.arrayNode();
          JsonSchema items = s.items() != null ? s.items() : JsonSchema.empty();
          for (int i = 0; i < (s.minItems() == null ? 0 : s.minItems()) && depth < 8; i++) {
            array.add(value(items, depth + 1));
          }
          return array;
        }
      default:
        {
          ObjectNode object = NODES.objectNode();
          if (depth < 8) {
            for (String required : s.required()) {
              JsonSchema property = s.property(required);
              if (property != null) {
                object.set(required, value(property, depth + 1));
              }
            }
          }
          return object;
        }
    }
  }
}
