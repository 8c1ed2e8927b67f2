package dev.opboot.generate.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One object checked against a structural schema, keyword by keyword as the API server's OpenAPI
 * validation checks it: type (int-or-string included), nullable, enum, numeric bounds and
 * multipleOf, string length (in characters) and pattern (Go's RE2 syntax, through re2j), list and
 * map sizes, set and map-list uniqueness, required properties, and unknown fields (refused by the
 * strict field validation kubectl asks for by default, and pruned otherwise).
 */
final class SchemaCheck {
  private static final Set<String> ROOT_FIELDS = Set.of("apiVersion", "kind", "metadata");

  private final List<String> problems;

  SchemaCheck(List<String> problems) {
    this.problems = problems;
  }

  void root(JsonNode schema, JsonNode object) {
    check("", schema, object, true);
  }

  private void check(String path, JsonNode schema, JsonNode value, boolean root) {
    if (value.isNull()) {
      if (!schema.path("nullable").asBoolean(false)) {
        refuse(path, "null is not allowed (the schema is not nullable)");
      }
      return;
    }
    if (!type(path, schema, value)) {
      return;
    }
    enumeration(path, schema, value);
    if (value.isNumber()) {
      number(path, schema, value.decimalValue());
    } else if (value.isTextual()) {
      text(path, schema, value.asText());
    } else if (value.isArray()) {
      array(path, schema, value);
    } else if (value.isObject()) {
      object(path, schema, value, root);
    }
  }

  private boolean type(String path, JsonNode schema, JsonNode value) {
    if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
      if (!value.isIntegralNumber() && !value.isTextual()) {
        refuse(path, "must be an integer or a string, not " + kind(value));
        return false;
      }
      return true;
    }
    String type = schema.path("type").asText("");
    boolean fits =
        switch (type) {
          case "object" -> value.isObject();
          case "array" -> value.isArray();
          case "string" -> value.isTextual();
          case "boolean" -> value.isBoolean();
          case "integer" ->
              value.isIntegralNumber()
                  || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
          case "number" -> value.isNumber();
          default -> true;
        };
    if (!fits) {
      refuse(path, "must be " + type + ", not " + kind(value));
    }
    return fits;
  }

  private void enumeration(String path, JsonNode schema, JsonNode value) {
    JsonNode allowed = schema.get("enum");
    if (allowed == null) {
      return;
    }
    for (JsonNode candidate : allowed) {
      if (candidate.equals(value)
          || (candidate.isNumber()
              && value.isNumber()
              && candidate.decimalValue().compareTo(value.decimalValue()) == 0)) {
        return;
      }
    }
    refuse(path, "value " + value + " is not one of " + allowed);
  }

  private void number(String path, JsonNode schema, BigDecimal value) {
    if (schema.path("minimum").isNumber()) {
      BigDecimal minimum = schema.get("minimum").decimalValue();
      boolean exclusive = schema.path("exclusiveMinimum").asBoolean(false);
      int cmp = value.compareTo(minimum);
      if (cmp < 0 || (exclusive && cmp == 0)) {
        refuse(
            path, value + " is below the minimum " + minimum + (exclusive ? " (exclusive)" : ""));
      }
    }
    if (schema.path("maximum").isNumber()) {
      BigDecimal maximum = schema.get("maximum").decimalValue();
      boolean exclusive = schema.path("exclusiveMaximum").asBoolean(false);
      int cmp = value.compareTo(maximum);
      if (cmp > 0 || (exclusive && cmp == 0)) {
        refuse(
            path, value + " is above the maximum " + maximum + (exclusive ? " (exclusive)" : ""));
      }
    }
    if (schema.path("multipleOf").isNumber()) {
      BigDecimal step = schema.get("multipleOf").decimalValue();
      if (step.signum() != 0 && value.remainder(step).signum() != 0) {
        refuse(path, value + " is not a multiple of " + step);
      }
    }
  }

  private void text(String path, JsonNode schema, String value) {
    int length = value.codePointCount(0, value.length());
    size(path, schema, length, "minLength", "maxLength", "characters");
    if (schema.path("pattern").isTextual()) {
      String pattern = schema.get("pattern").asText();
      try {
        if (!Pattern.compile(pattern).matcher(value).find()) {
          refuse(path, "'" + value + "' does not match the pattern " + pattern);
        }
      } catch (PatternSyntaxException e) {
        refuse(path, "the schema's pattern " + pattern + " does not compile: " + e.getMessage());
      }
    }
  }

  private void array(String path, JsonNode schema, JsonNode value) {
    size(path, schema, value.size(), "minItems", "maxItems", "items");
    String listType = schema.path("x-kubernetes-list-type").asText("atomic");
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      Object key = listType.equals("map") ? mapKey(schema, item) : item;
      if (!listType.equals("atomic") && !seen.add(key)) {
        refuse(path + "[" + i + "]", "duplicate item in a list of type " + listType);
      }
      JsonNode items = schema.get("items");
      if (items != null) {
        check(path + "[" + i + "]", items, item, false);
      }
    }
  }

  private static Object mapKey(JsonNode schema, JsonNode item) {
    StringBuilder key = new StringBuilder();
    schema
        .path("x-kubernetes-list-map-keys")
        .forEach(k -> key.append(item.get(k.asText())).append('\0'));
    return key.toString();
  }

  private void object(String path, JsonNode schema, JsonNode value, boolean root) {
    size(path, schema, value.size(), "minProperties", "maxProperties", "properties");
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        refuse(path + "." + required.asText(), "required, but missing");
      }
    }
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.get("additionalProperties");
    boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
    boolean embedded = schema.path("x-kubernetes-embedded-resource").asBoolean(false);
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      String name = field.getKey();
      String at = path + "." + name;
      if ((root || embedded) && ROOT_FIELDS.contains(name) && !properties.has(name)) {
        continue;
      }
      if (properties.has(name)) {
        check(at, properties.get(name), field.getValue(), false);
      } else if (additional != null && additional.isObject()) {
        check(at, additional, field.getValue(), false);
      } else if (!preserve && !(additional != null && additional.asBoolean(false))) {
        refuse(
            at,
            "unknown field: refused by kubectl's strict field validation, dropped by the server"
                + " without it");
      }
    }
  }

  private void size(
      String path, JsonNode schema, int size, String minKeyword, String maxKeyword, String unit) {
    if (schema.path(minKeyword).isNumber() && size < schema.get(minKeyword).asLong()) {
      refuse(path, size + " " + unit + ", fewer than " + minKeyword + " " + schema.get(minKeyword));
    }
    if (schema.path(maxKeyword).isNumber() && size > schema.get(maxKeyword).asLong()) {
      refuse(path, size + " " + unit + ", more than " + maxKeyword + " " + schema.get(maxKeyword));
    }
  }

  private static String kind(JsonNode value) {
    return value.isObject()
        ? "an object"
        : value.isArray()
            ? "a list"
            : value.isTextual() ? "a string" : value.isBoolean() ? "a boolean" : "a number";
  }

  private void refuse(String path, String why) {
    problems.add((path.isEmpty() ? "." : path) + ": " + why);
  }
}
