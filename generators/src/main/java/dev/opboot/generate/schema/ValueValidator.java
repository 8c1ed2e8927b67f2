package dev.opboot.generate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON value checked against a structural CRD schema, keyword by keyword as the API server's
 * OpenAPI validation checks it: type (int-or-string included), nullable, enum, numeric bounds and
 * multipleOf, string length (in characters, as Go counts runes) and pattern (Go's RE2 syntax,
 * through re2j), list and map sizes, set and map-list uniqueness, required properties, after
 * filling in the defaults of absent properties as the server defaults before it validates.
 *
 * <p>It is the one local value validator: the CRD validator checks each {@code default} and {@code
 * enum} value with it, and {@code crd diff --samples} checks example objects with it. The two
 * differ only in what they make of unknown fields ({@link Target}). A library was considered: the
 * Java JSON-schema validators implement draft-04+ semantics, not OpenAPI v3's nullable and
 * Kubernetes' extensions, and are far larger than these rules. CEL rules and formats are not
 * evaluated; only a real API server ({@code --verify}) checks those.
 */
public final class ValueValidator {
  private static final Set<String> RESOURCE_FIELDS = Set.of("apiVersion", "kind", "metadata");

  /** What is being validated, which decides what unknown fields and broken schemas mean. */
  public enum Target {
    /**
     * A schema's own {@code default}: the server prunes unknown fields from it ({@link #pruned}
     * lists them) and refuses a schema that does not compile on its own, so neither is a problem of
     * the value.
     */
    DEFAULT,
    /**
     * An object sent to the server: unknown fields are refused by the strict field validation
     * kubectl asks for, and a pattern that does not compile refuses every value.
     */
    OBJECT
  }

  private final Target target;
  private final List<String> problems = new ArrayList<>();

  private ValueValidator(Target target) {
    this.target = target;
  }

  /**
   * What is wrong with {@code value} at {@code path} (empty for an object's root), each as {@code
   * path: why}; empty when the server would accept it.
   */
  public static List<String> problems(JsonNode value, JsonNode schema, String path, Target target) {
    ValueValidator validator = new ValueValidator(target);
    validator.check(path, schema, value, target == Target.OBJECT && path.isEmpty());
    return List.copyOf(validator.problems);
  }

  /** Fields of {@code value} that pruning against {@code schema} would drop, as paths. */
  public static List<String> pruned(JsonNode value, JsonNode schema, String path) {
    List<String> dropped = new ArrayList<>();
    prune(value, schema, path, dropped);
    return dropped;
  }

  private static void prune(JsonNode value, JsonNode schema, String path, List<String> dropped) {
    if (schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
      return;
    }
    if (value.isObject()) {
      boolean embedded = schema.path("x-kubernetes-embedded-resource").asBoolean(false);
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        JsonNode sub = propertySchema(schema, field.getKey());
        if (sub != null) {
          prune(field.getValue(), sub, path + "." + field.getKey(), dropped);
        } else if (!(embedded && RESOURCE_FIELDS.contains(field.getKey()))
            && !schema.path("additionalProperties").asBoolean(false)) {
          dropped.add(path + "." + field.getKey());
        }
      }
    } else if (value.isArray() && schema.path("items").isObject()) {
      for (int i = 0; i < value.size(); i++) {
        prune(value.get(i), schema.get("items"), path + "[" + i + "]", dropped);
      }
    }
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
      object(path, schema, withNestedDefaults((ObjectNode) value, schema), root);
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
            path, plain(value) + " is below the minimum " + plain(minimum) + exclusive(exclusive));
      }
    }
    if (schema.path("maximum").isNumber()) {
      BigDecimal maximum = schema.get("maximum").decimalValue();
      boolean exclusive = schema.path("exclusiveMaximum").asBoolean(false);
      int cmp = value.compareTo(maximum);
      if (cmp > 0 || (exclusive && cmp == 0)) {
        refuse(
            path, plain(value) + " is above the maximum " + plain(maximum) + exclusive(exclusive));
      }
    }
    if (schema.path("multipleOf").isNumber()) {
      BigDecimal step = schema.get("multipleOf").decimalValue();
      if (step.signum() > 0 && value.remainder(step).signum() != 0) {
        refuse(path, plain(value) + " is not a multiple of " + plain(step));
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
        if (target == Target.OBJECT) {
          refuse(path, "the schema's pattern " + pattern + " does not compile: " + e.getMessage());
        }
      }
    }
  }

  private void array(String path, JsonNode schema, JsonNode value) {
    size(path, schema, value.size(), "minItems", "maxItems", "items");
    String listType = schema.path("x-kubernetes-list-type").asText("atomic");
    Set<Object> seen = new HashSet<>();
    JsonNode items = schema.get("items");
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      Object key = listType.equals("map") ? mapKey(schema, item) : item;
      if (!listType.equals("atomic") && !seen.add(key)) {
        refuse(path + "[" + i + "]", "duplicate item in a list of type " + listType);
      }
      if (items != null && items.isObject()) {
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
    boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
    boolean embedded = schema.path("x-kubernetes-embedded-resource").asBoolean(false);
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      String name = field.getKey();
      JsonNode sub = propertySchema(schema, name);
      if (sub != null) {
        check(path + "." + name, sub, field.getValue(), false);
      } else if (target == Target.OBJECT
          && !preserve
          && !((root || embedded) && RESOURCE_FIELDS.contains(name))
          && !schema.path("additionalProperties").asBoolean(false)) {
        refuse(
            path + "." + name,
            "unknown field: refused by kubectl's strict field validation, dropped by the server"
                + " without it");
      }
    }
  }

  /** The schema of property {@code name}: its own, else additionalProperties'; null if none. */
  private static JsonNode propertySchema(JsonNode schema, String name) {
    JsonNode own = schema.path("properties").get(name);
    if (own != null) {
      return own;
    }
    JsonNode additional = schema.get("additionalProperties");
    return additional != null && additional.isObject() ? additional : null;
  }

  /** The object with the defaults of its absent properties filled in, as the server defaults. */
  private static ObjectNode withNestedDefaults(ObjectNode value, JsonNode schema) {
    ObjectNode copy = null;
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      if (!value.has(property.getKey()) && property.getValue().has("default")) {
        copy = copy == null ? value.deepCopy() : copy;
        copy.set(property.getKey(), property.getValue().get("default"));
      }
    }
    return copy == null ? value : copy;
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

  private static String plain(BigDecimal n) {
    return n.toPlainString();
  }

  private static String exclusive(boolean exclusive) {
    return exclusive ? " (exclusive)" : "";
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
