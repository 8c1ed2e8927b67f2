package dev.opboot.generate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Visits every schema in a schema, each with its path relative to the start ({@code
 * .spec.containers[*].name}), and never a keyword's value that only looks like a schema: a property
 * named {@code description} or {@code required} is a property, not the keyword.
 */
final class SchemaWalk {
  /** What is done at each schema. */
  @FunctionalInterface
  interface Visitor {
    void visit(ObjectNode schema, String path);
  }

  private SchemaWalk() {}

  /** Visits {@code schema} and each schema nested in it, parents first. */
  static void each(ObjectNode schema, String path, Visitor visitor) {
    visitor.visit(schema, path);
    if (schema.get("properties") instanceof ObjectNode properties) {
      properties
          .properties()
          .forEach(
              p -> {
                if (p.getValue() instanceof ObjectNode child) {
                  each(child, path + "." + p.getKey(), visitor);
                }
              });
    }
    if (schema.get("items") instanceof ObjectNode items) {
      each(items, path + "[*]", visitor);
    }
    if (schema.get("additionalProperties") instanceof ObjectNode values) {
      each(values, path + ".*", visitor);
    }
    if (schema.get("not") instanceof ObjectNode not) {
      each(not, path, visitor);
    }
    for (String list : List.of("anyOf", "allOf", "oneOf")) {
      JsonNode schemas = schema.get(list);
      if (schemas != null && schemas.isArray()) {
        schemas.forEach(
            s -> {
              if (s instanceof ObjectNode child) {
                each(child, path, visitor);
              }
            });
      }
    }
  }
}
