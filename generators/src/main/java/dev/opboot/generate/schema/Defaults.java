package dev.opboot.generate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.generate.problem.GeneratorException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Reads a value written as text in an annotation ({@code @Default("3")}, {@code @Enum({"a","b"})})
 * as the type of the schema it belongs to, and refuses one that does not fit: the API server would
 * reject the CRD, or worse, every object.
 */
final class Defaults {
  private static final SchemaNodes NODES = SchemaNodes.INSTANCE;

  private Defaults() {}

  static JsonNode parse(AnnotationValues a, String raw, JsonSchema schema)
      throws GeneratorException {
    JsonNode value = convert(a, raw, schema);
    List<JsonNode> allowed = schema.enumValues();
    if (!allowed.isEmpty() && !allowed.contains(value)) {
      throw AnnotationRegistry.fail(
          a,
          "gives '"
              + raw
              + "', which is not one of the allowed values "
              + allowed.stream().map(v -> v.isTextual() ? v.textValue() : v.toString()).toList());
    }
    return value;
  }

  private static JsonNode convert(AnnotationValues a, String raw, JsonSchema schema)
      throws GeneratorException {
    if (schema.intOrString()) {
      try {
        return NODES.numberNode(new BigInteger(raw.strip()));
      } catch (NumberFormatException e) {
        return NODES.textNode(raw);
      }
    }
    String type = schema.type();
    if (type == null) {
      return Json.parse(a, raw);
    }
    switch (type) {
      case "string":
        return NODES.textNode(raw);
      case "integer":
        try {
          return NODES.numberNode(new BigInteger(raw.strip()));
        } catch (NumberFormatException e) {
          throw AnnotationRegistry.fail(a, "gives '" + raw + "', which is not an integer");
        }
      case "number":
        try {
          return NODES.numberNode(new BigDecimal(raw.strip()));
        } catch (NumberFormatException e) {
          throw AnnotationRegistry.fail(a, "gives '" + raw + "', which is not a number");
        }
      case "boolean":
        if (raw.strip().equals("true") || raw.strip().equals("false")) {
          return NODES.booleanNode(Boolean.parseBoolean(raw.strip()));
        }
        throw AnnotationRegistry.fail(a, "gives '" + raw + "', which is not true or false");
      case "array":
        {
          JsonNode value = Json.parse(a, raw);
          if (!value.isArray()) {
            throw AnnotationRegistry.fail(a, "gives '" + raw + "', which is not a JSON list");
          }
          return value;
        }
      case "object":
        {
          JsonNode value = Json.parse(a, raw);
          if (!value.isObject()) {
            throw AnnotationRegistry.fail(a, "gives '" + raw + "', which is not a JSON object");
          }
          return value;
        }
      default:
        return NODES.textNode(raw);
    }
  }
}
