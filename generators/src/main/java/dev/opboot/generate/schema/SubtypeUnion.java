package dev.opboot.generate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schema of a property that two Jackson subtypes declare differently, made to accept what
 * either subtype holds: a CRD must never refuse or prune what the Java model can hold. Equal
 * schemas stay one; objects merge their properties (required only where both require); the same
 * type keeps only the constraints both share, enums united; an integer and a string become
 * int-or-string, an integer and a number a number, other types a value of any shape ({@code
 * x-kubernetes-preserve-unknown-fields} without a type, which a structural schema allows).
 */
final class SubtypeUnion {
  /** Where below the property the two schemas differed, and what the merged schema does there. */
  record Conflict(String path, String first, String second, String effect) {}

  private static final Set<String> LOWER_BOUNDS =
      Set.of("minimum", "minLength", "minItems", "minProperties");
  private static final Set<String> UPPER_BOUNDS =
      Set.of("maximum", "maxLength", "maxItems", "maxProperties");

  private final List<Conflict> conflicts = new ArrayList<>();

  /** The conflicts found so far, each once, in the order met. */
  List<Conflict> conflicts() {
    return List.copyOf(new LinkedHashSet<>(conflicts));
  }

  /** A schema accepting what {@code a} or {@code b} accepts; neither is changed. */
  JsonSchema union(JsonSchema a, JsonSchema b, String path) {
    if (withoutDocs(a).equals(withoutDocs(b))) {
      return a.copy();
    }
    String ta = kind(a);
    String tb = kind(b);
    if (!ta.equals(tb)) {
      return acrossTypes(a, b, ta, tb, path);
    }
    JsonSchema merged = a.copy();
    if (ta.equals("object")) {
      mergeObjects(merged, a, b, path);
    } else if (ta.equals("array") && a.items() != null && b.items() != null) {
      merged.items(union(a.items(), b.items(), path + "[*]"));
    }
    List<String> loosened = new ArrayList<>();
    Set<String> keywords = new TreeSet<>(a.keywords());
    keywords.addAll(b.keywords());
    for (String keyword : keywords) {
      if (Set.of("type", "description", "properties", "required", "items", "additionalProperties")
          .contains(keyword)) {
        continue;
      }
      JsonNode va = a.get(keyword);
      JsonNode vb = b.get(keyword);
      if (Objects.equals(va, vb)) {
        continue;
      }
      JsonNode looser = looser(keyword, a, b);
      if (looser == null) {
        merged.remove(keyword);
      } else {
        merged.json().set(keyword, looser);
      }
      if (!keyword.startsWith("exclusive")) {
        loosened.add(keyword + (keyword.equals("enum") && looser != null ? " (united)" : ""));
      }
    }
    if (!loosened.isEmpty()) {
      conflicts.add(
          new Conflict(
              path,
              describe(a),
              describe(b),
              "keeps only the constraints both allow: " + String.join(", ", loosened)));
    }
    return merged;
  }

  private void mergeObjects(JsonSchema merged, JsonSchema a, JsonSchema b, String path) {
    JsonSchema va = a.additionalProperties();
    JsonSchema vb = b.additionalProperties();
    boolean mapA = va != null;
    boolean mapB = vb != null;
    if (mapA && mapB) {
      merged.additionalProperties(union(va, vb, path + ".*"));
      return;
    }
    if (mapA != mapB && !(mapA ? b : a).properties().isEmpty()) {
      // a structural schema cannot have both properties and additionalProperties
      merged.remove("properties").remove("required").remove("additionalProperties");
      merged.preserveUnknownFields(true);
      conflicts.add(
          new Conflict(
              path,
              describe(a),
              describe(b),
              "accepts any object (x-kubernetes-preserve-unknown-fields)"));
      return;
    }
    if (mapA != mapB) {
      merged.additionalProperties(mapA ? va.copy() : vb.copy());
    }
    Map<String, JsonSchema> properties = new LinkedHashMap<>();
    a.properties().forEach((name, schema) -> properties.put(name, schema.copy()));
    b.properties()
        .forEach(
            (name, schema) ->
                properties.merge(name, schema.copy(), (x, y) -> union(x, y, path + "." + name)));
    merged.properties(properties);
    List<String> required = new ArrayList<>(a.required());
    required.retainAll(b.required());
    merged.required(required);
  }

  private JsonSchema acrossTypes(JsonSchema a, JsonSchema b, String ta, String tb, String path) {
    Set<String> types = Set.of(ta, tb);
    JsonSchema merged;
    String effect;
    if (Set.of("integer", "string", "int-or-string").containsAll(types)) {
      merged = Schemas.intOrString();
      effect = "accepts an integer or a string (x-kubernetes-int-or-string)";
    } else if (types.equals(Set.of("integer", "number"))) {
      merged = Schemas.of("number");
      effect = "accepts any number (type: number)";
    } else {
      merged = Schemas.preserveUnknown();
      effect = "accepts a value of any type (x-kubernetes-preserve-unknown-fields, no type)";
    }
    if (a.description() != null) {
      merged.description(a.description());
    }
    if (a.nullable() || b.nullable()) {
      merged.nullable(true);
    }
    conflicts.add(new Conflict(path, describe(a), describe(b), effect));
    return merged;
  }

  /** What a schema's values are, in a word: its type, int-or-string, or any. */
  private static String kind(JsonSchema schema) {
    if (schema.intOrString()) {
      return "int-or-string";
    }
    return schema.type() == null ? "any" : schema.type();
  }

  /** A schema's type and constraints, in short, for a warning. */
  private static String describe(JsonSchema schema) {
    String kind = kind(schema);
    List<String> constraints = new ArrayList<>();
    for (String keyword : schema.keywords()) {
      if (!Set.of(
              "type",
              "description",
              "properties",
              "required",
              "items",
              "additionalProperties",
              "anyOf",
              JsonSchema.INT_OR_STRING)
          .contains(keyword)) {
        constraints.add(keyword + ": " + schema.get(keyword));
      }
    }
    return constraints.isEmpty() ? kind : kind + " (" + String.join(", ", constraints) + ")";
  }

  /**
   * The value of {@code keyword} that allows what either schema allows, or null to drop it: the
   * smaller lower bound, the larger upper bound, both enums' values, true for the flags that widen
   * (nullable, preserve unknown fields).
   */
  private static JsonNode looser(String keyword, JsonSchema a, JsonSchema b) {
    JsonNode va = a.get(keyword);
    JsonNode vb = b.get(keyword);
    if (va == null || vb == null) {
      return keyword.equals("nullable") || keyword.equals(JsonSchema.PRESERVE_UNKNOWN)
          ? (va == null ? vb : va)
          : null;
    }
    if (keyword.equals("enum")) {
      Set<JsonNode> values = new LinkedHashSet<>();
      va.forEach(values::add);
      vb.forEach(values::add);
      return JsonSchema.empty().enumValues(List.copyOf(values)).get("enum");
    }
    if (LOWER_BOUNDS.contains(keyword) || UPPER_BOUNDS.contains(keyword)) {
      int order = va.decimalValue().compareTo(vb.decimalValue());
      boolean takeA = LOWER_BOUNDS.contains(keyword) ? order <= 0 : order >= 0;
      return takeA ? va : vb;
    }
    if (keyword.equals("exclusiveMinimum") || keyword.equals("exclusiveMaximum")) {
      return exclusive(keyword, a, b);
    }
    return null;
  }

  /**
   * Whether the looser bound excludes its value: exclusive only if the bound taken is exclusive
   * (both, when the bounds are equal).
   */
  private static JsonNode exclusive(String keyword, JsonSchema a, JsonSchema b) {
    String bound = keyword.equals("exclusiveMinimum") ? "minimum" : "maximum";
    JsonNode ba = a.get(bound);
    JsonNode bb = b.get(bound);
    if (ba == null || bb == null) {
      return null;
    }
    int order = ba.decimalValue().compareTo(bb.decimalValue());
    boolean lower = bound.equals("minimum");
    boolean exA = a.get(keyword) != null && a.get(keyword).asBoolean();
    boolean exB = b.get(keyword) != null && b.get(keyword).asBoolean();
    boolean exclusive = order == 0 ? exA && exB : ((order < 0) == lower ? exA : exB);
    return exclusive ? com.fasterxml.jackson.databind.node.BooleanNode.TRUE : null;
  }

  private static JsonNode withoutDocs(JsonSchema schema) {
    JsonSchema copy = schema.copy();
    SchemaWalk.each(copy.json(), "", (node, p) -> node.remove("description"));
    return copy.json();
  }
}
