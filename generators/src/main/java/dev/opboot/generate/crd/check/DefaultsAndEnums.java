package dev.opboot.generate.crd.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.generate.schema.ValueValidator;
import dev.opboot.generate.schema.ValueValidator.Target;
import java.util.List;
import java.util.Map;

/**
 * Every {@code default} checked against the schema it sits on, after pruning, as the API server
 * checks them when a CRD is created; every {@code enum} value against the rest of its schema.
 */
final class DefaultsAndEnums {
  private DefaultsAndEnums() {}

  static void check(JsonNode schema, Where where, Findings findings) {
    JsonNode defaultValue = schema.get("default");
    if (defaultValue != null) {
      List<String> dropped = ValueValidator.pruned(defaultValue, schema, "default");
      if (!dropped.isEmpty()) {
        findings.add(
            Check.DEFAULT_PRUNED,
            where.child("default"),
            "the default "
                + defaultValue
                + " has fields the schema does not know ("
                + dropped
                + "), which the API server would prune; remove them from @Default.");
      }
      List<String> problems =
          ValueValidator.problems(defaultValue, schema, "default", Target.DEFAULT);
      if (!problems.isEmpty()) {
        findings.add(
            Check.DEFAULT_VALID,
            where.child("default"),
            "the default "
                + defaultValue
                + " breaks its own schema: "
                + String.join("; ", problems)
                + ". Fix @Default or the constraint.");
      }
    }
    JsonNode values = schema.path("enum");
    for (int i = 0; i < values.size(); i++) {
      ObjectNode withoutEnum = ((ObjectNode) schema).deepCopy();
      withoutEnum.remove("enum");
      List<String> problems =
          ValueValidator.problems(values.get(i), withoutEnum, "enum[" + i + "]", Target.DEFAULT);
      if (!problems.isEmpty()) {
        findings.add(
            Check.ENUM_TYPE,
            where.child("enum").index(i),
            "the enum value "
                + values.get(i)
                + " can never be valid: "
                + String.join("; ", problems)
                + ". Fix the enum or the constraint.");
      }
    }
    for (Map.Entry<String, JsonNode> property : iterable(schema.path("properties"))) {
      if (property.getValue().isObject()) {
        check(property.getValue(), where.property(property.getKey()), findings);
      }
    }
    if (schema.path("items").isObject()) {
      check(schema.get("items"), where.items(), findings);
    }
    if (schema.path("additionalProperties").isObject()) {
      check(schema.get("additionalProperties"), where.additionalProperties(), findings);
    }
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
    return object.properties();
  }
}
