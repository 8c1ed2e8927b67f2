package dev.opboot.generate.crd.check;

import com.fasterxml.jackson.databind.JsonNode;

/** Follows a JSON path such as {@code .spec.replicas} through a schema tree. */
final class SchemaPaths {
  private static final JsonNode STRING =
      com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
          .objectNode()
          .put("type", "string");

  private SchemaPaths() {}

  /**
   * The schema of the property at a simple path ({@code .a.b}, no lists, no brackets), or null when
   * the path is not simple or names no property, as the API server resolves selectable fields.
   */
  static JsonNode resolveStrictly(JsonNode schema, String path) {
    if (path.length() < 2 || path.charAt(0) != '.' || path.contains("[")) {
      return null;
    }
    if (path.equals(".metadata.name") || path.equals(".metadata.generateName")) {
      return STRING; // the part of ObjectMeta the server types for every resource
    }
    JsonNode node = schema;
    for (String part : path.substring(1).split("\\.", -1)) {
      if (part.isEmpty() || "array".equals(node.path("type").asText())) {
        return null;
      }
      JsonNode next = node.path("properties").get(part);
      if (next == null) {
        next = node.get("additionalProperties");
      }
      if (next == null || !next.isObject()) {
        return null;
      }
      node = next;
    }
    return node;
  }

  /**
   * Whether a printer column's JSONPath can find a value: each name is a property (or a key of a
   * map, or anything under preserved unknown fields); subscripts and filters step into list items.
   */
  static boolean resolvesLoosely(JsonNode schema, String path) {
    String p =
        path.startsWith("{") && path.endsWith("}") ? path.substring(1, path.length() - 1) : path;
    if (p.equals(".metadata") || p.startsWith(".metadata.") || p.startsWith(".metadata[")) {
      return true; // ObjectMeta, which the schema leaves to the API server
    }
    JsonNode node = schema;
    int i = 0;
    while (i < p.length()) {
      if (open(node)) {
        return true;
      }
      char c = p.charAt(i);
      if (c == '[') {
        int end = closing(p, i);
        if (end < 0) {
          return true; // not ours to parse; the server checks the syntax
        }
        node = node.has("items") ? node.get("items") : node.get("additionalProperties");
        if (node == null) {
          return false;
        }
        i = end + 1;
      } else if (c == '.') {
        int end = i + 1;
        while (end < p.length() && p.charAt(end) != '.' && p.charAt(end) != '[') {
          end++;
        }
        String name = p.substring(i + 1, end);
        if (name.isEmpty() || name.equals("*")) {
          return true;
        }
        JsonNode next = node.path("properties").get(name);
        if (next == null) {
          next = node.get("additionalProperties");
        }
        if (next == null) {
          return false;
        }
        node = next;
        i = end;
      } else {
        return true;
      }
    }
    return true;
  }

  private static boolean open(JsonNode node) {
    return node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)
        || node.path("x-kubernetes-embedded-resource").asBoolean(false) && !node.has("properties");
  }

  private static int closing(String p, int open) {
    int depth = 0;
    for (int i = open; i < p.length(); i++) {
      if (p.charAt(i) == '[') {
        depth++;
      } else if (p.charAt(i) == ']' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
