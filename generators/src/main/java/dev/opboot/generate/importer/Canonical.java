package dev.opboot.generate.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.TreeMap;

/** A schema as a string that is equal for equal schemas: keys sorted, numbers by value. */
final class Canonical {
  private Canonical() {}

  static String of(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  static ObjectNode without(ObjectNode node, Set<String> keys) {
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    node.properties()
        .forEach(
            e -> {
              if (!keys.contains(e.getKey())) {
                copy.set(e.getKey(), e.getValue());
              }
            });
    return copy;
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      TreeMap<String, JsonNode> sorted = new TreeMap<>();
      node.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
      out.append('{');
      sorted.forEach(
          (k, v) -> {
            out.append(JsonNodeFactory.instance.textNode(k)).append(':');
            write(v, out);
            out.append(',');
          });
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      node.forEach(
          v -> {
            write(v, out);
            out.append(',');
          });
      out.append(']');
    } else if (node.isNumber()) {
      out.append(node.decimalValue().stripTrailingZeros().toPlainString());
    } else {
      out.append(node);
    }
  }
}
