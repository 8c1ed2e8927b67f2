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

  /**
   * Whether a rule's {@code fieldPath} names a property below {@code schema}: {@code .name}, {@code
   * ['name']} for a property or map key, {@code [0]} for a list item, as the API server reads it.
   */
  static boolean isFieldPath(JsonNode schema, String path) {
    JsonNode node = schema;
    int i = 0;
    if (path.isEmpty() || path.charAt(0) != '.' && path.charAt(0) != '[') {
      return false;
    }
    while (i < path.length()) {
      char c = path.charAt(i);
      String name;
      boolean index = false;
      if (c == '.') {
        int end = i + 1;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        name = path.substring(i + 1, end);
        i = end;
      } else if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0) {
          return false;
        }
        String inside = path.substring(i + 1, end);
        i = end + 1;
        if (inside.length() >= 2 && inside.startsWith("'") && inside.endsWith("'")) {
          name = inside.substring(1, inside.length() - 1);
        } else if (inside.matches("[0-9]+")) {
          name = inside;
          index = true;
        } else {
          return false;
        }
      } else {
        return false;
      }
      if (name.isEmpty()) {
        return false;
      }
      JsonNode next;
      if (index) {
        next = node.get("items");
      } else {
        next = node.path("properties").get(name);
        if (next == null) {
          next = node.get("additionalProperties");
        }
      }
      if (next == null || !next.isObject()) {
        return false;
      }
      node = next;
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
