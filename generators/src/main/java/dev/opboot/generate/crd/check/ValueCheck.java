package dev.opboot.generate.crd.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates a JSON value against a structural schema as the API server validates a default: type
 * (with nullable and int-or-string), enum, bounds, lengths, pattern, item counts, properties and
 * required, after applying the defaults of nested properties. Pruning (what the server drops from a
 * default) is reported separately. A library was considered: the Java JSON-schema validators
 * implement draft-04+ semantics, not OpenAPI v3's nullable and Kubernetes' extensions, and are far
 * larger than these rules. CEL rules on defaults are not evaluated.
 */
final class ValueCheck {
  private ValueCheck() {}

  /** What is wrong with {@code value} at {@code path}; empty when it is valid. */
  static List<String> problems(JsonNode value, JsonNode schema, String path) {
    List<String> problems = new ArrayList<>();
    check(value, schema, path, problems, true);
    return problems;
  }

  /** Fields of {@code value} that pruning against {@code schema} would drop, as paths. */
  static List<String> pruned(JsonNode value, JsonNode schema, String path) {
    List<String> dropped = new ArrayList<>();
    prune(value, schema, path, dropped);
    return dropped;
  }

  private static void prune(JsonNode value, JsonNode schema, String path, List<String> dropped) {
    if (schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
      return;
    }
    if (value.isObject()) {
      JsonNode properties = schema.path("properties");
      JsonNode additional = schema.get("additionalProperties");
      for (Map.Entry<String, JsonNode> field : iterable(value)) {
        JsonNode sub = properties.get(field.getKey());
        if (sub == null && additional != null && additional.isObject()) {
          sub = additional;
        }
        boolean embeddedMeta =
            schema.path("x-kubernetes-embedded-resource").asBoolean(false)
                && List.of("apiVersion", "kind", "metadata").contains(field.getKey());
        if (sub == null && !embeddedMeta) {
          dropped.add(path + "." + field.getKey());
        } else if (sub != null) {
          prune(field.getValue(), sub, path + "." + field.getKey(), dropped);
        }
      }
    } else if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        prune(value.get(i), schema.get("items"), path + "[" + i + "]", dropped);
      }
    }
  }

  private static void check(
      JsonNode value, JsonNode schema, String path, List<String> problems, boolean withEnum) {
    if (value.isNull()) {
      if (!schema.path("nullable").asBoolean(false)) {
        problems.add(path + " is null, but the schema is not nullable");
      }
      return;
    }
    String type = schema.path("type").asText("");
    boolean intOrString = schema.path("x-kubernetes-int-or-string").asBoolean(false);
    if (intOrString) {
      if (!value.isIntegralNumber() && !value.isTextual()) {
        problems.add(path + " must be an integer or a string, not " + kind(value));
        return;
      }
    } else if (!type.isEmpty() && !matches(value, type)) {
      problems.add(path + " must be of type " + type + ", not " + kind(value));
      return;
    }
    if (withEnum && schema.has("enum")) {
      boolean found = false;
      for (JsonNode allowed : schema.get("enum")) {
        found |= sameValue(allowed, value);
      }
      if (!found) {
        problems.add(path + " is " + value + ", which is not one of " + schema.get("enum"));
      }
    }
    if (value.isNumber()) {
      numbers(value.decimalValue(), schema, path, problems);
    }
    if (value.isTextual()) {
      strings(value.asText(), schema, path, problems);
    }
    if (value.isArray()) {
      count(value.size(), schema, "minItems", "maxItems", "items", path, problems);
      JsonNode items = schema.get("items");
      if (items != null && items.isObject()) {
        for (int i = 0; i < value.size(); i++) {
          check(value.get(i), items, path + "[" + i + "]", problems, true);
        }
      }
    }
    if (value.isObject()) {
      ObjectNode object = withNestedDefaults((ObjectNode) value, schema);
      count(object.size(), schema, "minProperties", "maxProperties", "properties", path, problems);
      for (JsonNode required : schema.path("required")) {
        if (!object.has(required.asText())) {
          problems.add(path + " lacks the required property " + required.asText());
        }
      }
      JsonNode properties = schema.path("properties");
      JsonNode additional = schema.get("additionalProperties");
      for (Map.Entry<String, JsonNode> field : iterable(object)) {
        JsonNode sub = properties.get(field.getKey());
        if (sub == null && additional != null && additional.isObject()) {
          sub = additional;
        }
        if (sub != null) {
          check(field.getValue(), sub, path + "." + field.getKey(), problems, true);
        }
      }
    }
  }

  /** The object with the defaults of its absent properties filled in, as the server defaults. */
  private static ObjectNode withNestedDefaults(ObjectNode value, JsonNode schema) {
    ObjectNode copy = null;
    for (Map.Entry<String, JsonNode> property : iterable(schema.path("properties"))) {
      if (!value.has(property.getKey()) && property.getValue().has("default")) {
        copy = copy == null ? value.deepCopy() : copy;
        copy.set(property.getKey(), property.getValue().get("default"));
      }
    }
    return copy == null ? value : copy;
  }

  private static void numbers(BigDecimal n, JsonNode schema, String path, List<String> problems) {
    JsonNode min = schema.get("minimum");
    if (min != null && min.isNumber()) {
      int c = n.compareTo(min.decimalValue());
      if (c < 0 || c == 0 && schema.path("exclusiveMinimum").asBoolean(false)) {
        problems.add(path + " is " + n.toPlainString() + ", below the minimum " + min);
      }
    }
    JsonNode max = schema.get("maximum");
    if (max != null && max.isNumber()) {
      int c = n.compareTo(max.decimalValue());
      if (c > 0 || c == 0 && schema.path("exclusiveMaximum").asBoolean(false)) {
        problems.add(path + " is " + n.toPlainString() + ", above the maximum " + max);
      }
    }
    JsonNode multipleOf = schema.get("multipleOf");
    if (multipleOf != null && multipleOf.isNumber() && multipleOf.decimalValue().signum() > 0) {
      if (n.remainder(multipleOf.decimalValue()).signum() != 0) {
        problems.add(path + " is " + n.toPlainString() + ", not a multiple of " + multipleOf);
      }
    }
  }

  private static void strings(String s, JsonNode schema, String path, List<String> problems) {
    // Go counts a string's length in runes (code points)
    long length = s.codePointCount(0, s.length());
    JsonNode min = schema.get("minLength");
    if (min != null && length < min.asLong()) {
      problems.add(path + " has " + length + " characters, fewer than minLength " + min);
    }
    JsonNode max = schema.get("maxLength");
    if (max != null && length > max.asLong()) {
      problems.add(path + " has " + length + " characters, more than maxLength " + max);
    }
    JsonNode pattern = schema.get("pattern");
    if (pattern != null) {
      try {
        if (!com.google.re2j.Pattern.compile(pattern.asText()).matcher(s).find()) {
          problems.add(
              path + " is \"" + s + "\", which does not match the pattern " + pattern.asText());
        }
      } catch (com.google.re2j.PatternSyntaxException e) {
        // the pattern itself is reported by its own check
      }
    }
  }

  private static void count(
      int n,
      JsonNode schema,
      String minKey,
      String maxKey,
      String what,
      String path,
      List<String> problems) {
    JsonNode min = schema.get(minKey);
    if (min != null && n < min.asLong()) {
      problems.add(path + " has " + n + " " + what + ", fewer than " + minKey + " " + min);
    }
    JsonNode max = schema.get(maxKey);
    if (max != null && n > max.asLong()) {
      problems.add(path + " has " + n + " " + what + ", more than " + maxKey + " " + max);
    }
  }

  private static boolean matches(JsonNode value, String type) {
    return switch (type) {
      case "string" -> value.isTextual();
      case "integer" ->
          value.isIntegralNumber()
              || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      default -> true;
    };
  }

  private static boolean sameValue(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private static String kind(JsonNode value) {
    if (value.isTextual()) {
      return "a string (" + value + ")";
    }
    if (value.isIntegralNumber()) {
      return "an integer (" + value + ")";
    }
    if (value.isNumber()) {
      return "a number (" + value + ")";
    }
    if (value.isBoolean()) {
      return "a boolean (" + value + ")";
    }
    return value.isArray() ? "an array" : "an object";
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
    return object.properties();
  }
}
