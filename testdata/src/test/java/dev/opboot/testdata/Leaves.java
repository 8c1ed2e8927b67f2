package dev.opboot.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The leaves of a structural schema by JSON path, written as {@code crd diff} writes them ({@code
 * .spec.containers[*].name}, {@code .spec.labels.*} for a map's values), and the lookups {@link
 * LeafComparison} needs along such a path.
 */
final class Leaves {
  private Leaves() {}

  /** Every node below the root by path, the root left out. */
  static Map<String, JsonNode> of(JsonNode schema) {
    Map<String, JsonNode> out = new TreeMap<>();
    collect(schema, "", out);
    return out;
  }

  private static void collect(JsonNode schema, String path, Map<String, JsonNode> out) {
    if (schema == null || !schema.isObject()) {
      return;
    }
    if (!path.isEmpty()) {
      out.put(path, schema);
    }
    schema
        .path("properties")
        .properties()
        .forEach(e -> collect(e.getValue(), path + "." + e.getKey(), out));
    if (schema.has("items")) {
      collect(schema.get("items"), path + "[*]", out);
    }
    if (schema.path("additionalProperties").isObject()) {
      collect(schema.get("additionalProperties"), path + ".*", out);
    }
  }

  /** The nodes from the root to the path's end; a missing node ends the list early. */
  static List<JsonNode> along(JsonNode schema, String path) {
    List<JsonNode> nodes = new ArrayList<>();
    JsonNode node = schema;
    if (node == null) {
      return nodes;
    }
    nodes.add(node);
    for (String step : steps(path)) {
      node =
          switch (step) {
            case "[*]" -> node.get("items");
            case "*" -> node.get("additionalProperties");
            default -> node.path("properties").get(step);
          };
      if (node == null || !node.isObject()) {
        break;
      }
      nodes.add(node);
    }
    return nodes;
  }

  /** The path's node, or null. */
  static JsonNode at(JsonNode schema, String path) {
    List<JsonNode> nodes = along(schema, path);
    return nodes.size() == steps(path).size() + 1 ? nodes.get(nodes.size() - 1) : null;
  }

  /** Whether an object above the path's end keeps unknown fields, so nothing there is pruned. */
  static boolean keptByAncestor(JsonNode schema, String path) {
    List<JsonNode> nodes = along(schema, path);
    int ancestors = Math.min(nodes.size(), steps(path).size());
    for (int i = 0; i < ancestors; i++) {
      if (nodes.get(i).path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the path's property is in its parent's {@code required} list. */
  static boolean isRequired(JsonNode schema, String path) {
    List<String> steps = steps(path);
    if (steps.isEmpty()) {
      return false;
    }
    String name = steps.get(steps.size() - 1);
    JsonNode parent = at(schema, path.substring(0, path.length() - name.length() - 1));
    if (steps.size() == 1) {
      parent = schema;
    }
    if (parent == null) {
      return false;
    }
    for (JsonNode required : parent.path("required")) {
      if (required.asText().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the node is described in {@code schema} but not in {@code bare}, the same CRD made with
   * {@code --drop-builtin-descriptions}: then it belongs to a Kubernetes type.
   */
  static boolean describedOnlyWithBuiltins(JsonNode schema, JsonNode bare, String path) {
    JsonNode full = at(schema, path);
    JsonNode stripped = at(bare, path);
    return full != null
        && full.has("description")
        && stripped != null
        && !stripped.has("description");
  }

  /** {@code .spec.a[*].b.*} as {@code spec}, {@code a}, {@code [*]}, {@code b}, {@code *}. */
  static List<String> steps(String path) {
    List<String> steps = new ArrayList<>();
    for (String part : path.split("\\.")) {
      if (part.isEmpty()) {
        continue;
      }
      String name = part;
      int arrays = 0;
      while (name.endsWith("[*]")) {
        name = name.substring(0, name.length() - 3);
        arrays++;
      }
      if (!name.isEmpty()) {
        steps.add(name);
      }
      for (int i = 0; i < arrays; i++) {
        steps.add("[*]");
      }
    }
    return steps;
  }
}
