package dev.opboot.generate.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.generate.schema.EmbeddedObjectMeta;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import leaves out of a schema because it means what leaving it out means, and op-boot
 * never writes it: {@code false} for flags that default to false, empty {@code properties} and
 * {@code required}; and the fields of an embedded ObjectMeta, which generate crd gives every {@code
 * ObjectMeta} below the root. testdata/crd/ROUNDTRIP.md lists these (R1, R2); the round-trip test
 * applies the same step to the original before comparing.
 */
public final class SchemaNormalization {
  private static final Set<String> FALSE_BY_DEFAULT =
      Set.of(
          "exclusiveMinimum",
          "exclusiveMaximum",
          "uniqueItems",
          "nullable",
          "x-kubernetes-preserve-unknown-fields",
          "x-kubernetes-embedded-resource",
          "x-kubernetes-int-or-string");
  private static final Set<String> SCHEMA_VALUED = Set.of("items", "additionalProperties", "not");
  private static final Set<String> SCHEMA_LISTS = Set.of("anyOf", "allOf", "oneOf");

  private SchemaNormalization() {}

  /** Normalizes {@code schema} in place, with every schema nested in it. */
  public static void apply(ObjectNode schema) {
    Iterator<Map.Entry<String, JsonNode>> fields = schema.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      boolean falseFlag = FALSE_BY_DEFAULT.contains(key) && value.isBoolean() && !value.asBoolean();
      boolean empty =
          List.of("properties", "required").contains(key)
              && value.isContainerNode()
              && value.isEmpty();
      if (falseFlag || empty) {
        fields.remove();
      } else if (key.equals("properties")) {
        if (EmbeddedObjectMeta.is(value.get("metadata"))) {
          // generate crd writes every ObjectMeta below the root so; the import reads it back as one
          ((ObjectNode) value.get("metadata")).remove("properties");
        }
        value.forEach(
            p -> {
              if (p.isObject()) {
                apply((ObjectNode) p);
              }
            });
      } else if (SCHEMA_VALUED.contains(key) && value.isObject()) {
        apply((ObjectNode) value);
      } else if (SCHEMA_LISTS.contains(key)) {
        value.forEach(
            s -> {
              if (s.isObject()) {
                apply((ObjectNode) s);
              }
            });
      } else if (key.equals("x-kubernetes-validations")) {
        value.forEach(
            rule -> {
              if (rule.isObject()
                  && rule.path("optionalOldSelf").isBoolean()
                  && !rule.get("optionalOldSelf").asBoolean()) {
                ((ObjectNode) rule).remove("optionalOldSelf");
              }
            });
      }
    }
  }
}
