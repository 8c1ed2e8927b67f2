package dev.opboot.generate.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The changes between two releases of one version's schema, walked together from the root:
 * properties by name, list items as {@code [*]}, map values as {@code .*}. At each place it
 * compares what decides which values the API server accepts (type, enum, bounds, pattern, format,
 * CEL rules, required, nullable), what it does with them (defaults, pruning) and how server-side
 * apply merges them (list and map types). Descriptions are not compared: they change nothing a
 * client sends or gets.
 */
final class SchemaDiff {
  private static final Pattern OLD_SELF = Pattern.compile("\\boldSelf\\b");
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_$-]+");

  private final String crd;
  private final String version;
  private final List<Finding> out;

  SchemaDiff(String crd, String version, List<Finding> out) {
    this.crd = crd;
    this.version = version;
    this.out = out;
  }

  /** Compares the schemas {@code old} and {@code neu} found at {@code path} ("" is the root). */
  void compare(String path, JsonNode old, JsonNode neu) {
    if (!type(path, old, neu)) {
      return;
    }
    nullable(path, old, neu);
    enumeration(path, old, neu);
    BoundDiff.compare(this, path, old, neu);
    optionalText(
        path,
        old,
        neu,
        "pattern",
        ChangeKind.PATTERN_ADDED,
        ChangeKind.PATTERN_CHANGED,
        ChangeKind.PATTERN_REMOVED);
    optionalText(
        path,
        old,
        neu,
        "format",
        ChangeKind.FORMAT_CHANGED,
        ChangeKind.FORMAT_CHANGED,
        ChangeKind.FORMAT_REMOVED);
    defaults(path, old, neu);
    new RuleDiff(this, path)
        .compare(old.path("x-kubernetes-validations"), neu.path("x-kubernetes-validations"));
    mergeStrategy(path, old, neu);
    flag(
        path,
        old,
        neu,
        "x-kubernetes-preserve-unknown-fields",
        ChangeKind.PRESERVE_UNKNOWN_FIELDS_REMOVED,
        ChangeKind.PRESERVE_UNKNOWN_FIELDS_ADDED);
    if (old.path("x-kubernetes-embedded-resource").asBoolean(false)
        != neu.path("x-kubernetes-embedded-resource").asBoolean(false)) {
      add(
          path,
          ChangeKind.EMBEDDED_RESOURCE_CHANGED,
          "x-kubernetes-embedded-resource "
              + old.path("x-kubernetes-embedded-resource").asBoolean(false)
              + " -> "
              + neu.path("x-kubernetes-embedded-resource").asBoolean(false));
    }
    for (String combinator : List.of("allOf", "anyOf", "oneOf", "not")) {
      if (!Objects.equals(old.get(combinator), neu.get(combinator))) {
        add(path, ChangeKind.COMBINATOR_CHANGED, combinator + " changed");
      }
    }
    required(path, old, neu);
    properties(path, old, neu);
    if (old.path("items").isObject() && neu.path("items").isObject()) {
      compare(path + "[*]", old.get("items"), neu.get("items"));
    }
    JsonNode oldValues = old.path("additionalProperties");
    JsonNode newValues = neu.path("additionalProperties");
    if (oldValues.isObject() && newValues.isObject()) {
      compare(path + ".*", oldValues, newValues);
    } else if (oldValues.isObject()) {
      add(path + ".*", ChangeKind.PROPERTY_REMOVED, "the map's values are gone");
    } else if (newValues.isObject()) {
      add(path + ".*", ChangeKind.PROPERTY_ADDED, "map values " + typeOf(newValues));
    }
  }

  /** Reports a type change; true when the types agree and the rest is worth comparing. */
  private boolean type(String path, JsonNode old, JsonNode neu) {
    boolean oldEither = old.path("x-kubernetes-int-or-string").asBoolean(false);
    boolean newEither = neu.path("x-kubernetes-int-or-string").asBoolean(false);
    if (oldEither && !newEither) {
      add(path, ChangeKind.INT_OR_STRING_REMOVED, "int-or-string -> " + typeOf(neu));
      return false;
    }
    if (!oldEither && newEither) {
      add(path, ChangeKind.INT_OR_STRING_ADDED, typeOf(old) + " -> int-or-string");
      return false;
    }
    if (!typeOf(old).equals(typeOf(neu))) {
      add(path, ChangeKind.TYPE_CHANGED, "type " + typeOf(old) + " -> " + typeOf(neu));
      return false;
    }
    return true;
  }

  private void nullable(String path, JsonNode old, JsonNode neu) {
    flag(path, old, neu, "nullable", ChangeKind.NULLABLE_REMOVED, ChangeKind.NULLABLE_ADDED);
  }

  private void flag(
      String path,
      JsonNode old,
      JsonNode neu,
      String keyword,
      ChangeKind removed,
      ChangeKind added) {
    boolean was = old.path(keyword).asBoolean(false);
    boolean is = neu.path(keyword).asBoolean(false);
    if (was && !is) {
      add(path, removed, keyword + " true -> false");
    } else if (!was && is) {
      add(path, added, keyword + " false -> true");
    }
  }

  private void enumeration(String path, JsonNode old, JsonNode neu) {
    boolean had = old.has("enum");
    boolean has = neu.has("enum");
    if (!had && has) {
      add(path, ChangeKind.ENUM_ADDED, "enum " + CrdDiff.texts(neu.get("enum")));
    } else if (had && !has) {
      add(path, ChangeKind.ENUM_REMOVED, "enum " + CrdDiff.texts(old.get("enum")) + " removed");
    } else if (had) {
      Set<String> before = CrdDiff.texts(old.get("enum"));
      Set<String> after = CrdDiff.texts(neu.get("enum"));
      Set<String> removed = new TreeSet<>(before);
      removed.removeAll(after);
      Set<String> added = new TreeSet<>(after);
      added.removeAll(before);
      if (!removed.isEmpty()) {
        add(path, ChangeKind.ENUM_VALUES_REMOVED, "values removed: " + String.join(", ", removed));
      }
      if (!added.isEmpty()) {
        add(path, ChangeKind.ENUM_VALUES_ADDED, "values added: " + String.join(", ", added));
      }
    }
  }

  private void optionalText(
      String path,
      JsonNode old,
      JsonNode neu,
      String keyword,
      ChangeKind added,
      ChangeKind changed,
      ChangeKind removed) {
    String before = old.path(keyword).isTextual() ? old.get(keyword).asText() : null;
    String after = neu.path(keyword).isTextual() ? neu.get(keyword).asText() : null;
    if (Objects.equals(before, after)) {
      return;
    }
    String detail = keyword + " " + quoted(before) + " -> " + quoted(after);
    add(path, before == null ? added : after == null ? removed : changed, detail);
  }

  private static String quoted(String text) {
    return text == null ? "none" : "'" + text + "'";
  }

  private void defaults(String path, JsonNode old, JsonNode neu) {
    JsonNode before = old.get("default");
    JsonNode after = neu.get("default");
    if (Objects.equals(before, after)) {
      return;
    }
    String detail =
        "default " + (before == null ? "none" : before) + " -> " + (after == null ? "none" : after);
    add(
        path,
        before == null
            ? ChangeKind.DEFAULT_ADDED
            : after == null ? ChangeKind.DEFAULT_REMOVED : ChangeKind.DEFAULT_CHANGED,
        detail);
  }

  private void mergeStrategy(String path, JsonNode old, JsonNode neu) {
    String type = typeOf(neu);
    if (type.equals("array")) {
      String before = old.path("x-kubernetes-list-type").asText("atomic");
      String after = neu.path("x-kubernetes-list-type").asText("atomic");
      if (!before.equals(after)) {
        add(
            path,
            ChangeKind.LIST_TYPE_CHANGED,
            "x-kubernetes-list-type " + before + " -> " + after);
      }
      Set<String> keysBefore = CrdDiff.texts(old.path("x-kubernetes-list-map-keys"));
      Set<String> keysAfter = CrdDiff.texts(neu.path("x-kubernetes-list-map-keys"));
      if (before.equals(after) && !keysBefore.equals(keysAfter)) {
        add(
            path,
            ChangeKind.LIST_MAP_KEYS_CHANGED,
            "x-kubernetes-list-map-keys " + keysBefore + " -> " + keysAfter);
      }
    } else if (type.equals("object")) {
      String before = old.path("x-kubernetes-map-type").asText("granular");
      String after = neu.path("x-kubernetes-map-type").asText("granular");
      if (!before.equals(after)) {
        add(path, ChangeKind.MAP_TYPE_CHANGED, "x-kubernetes-map-type " + before + " -> " + after);
      }
    }
  }

  private void required(String path, JsonNode old, JsonNode neu) {
    Set<String> before = CrdDiff.texts(old.path("required"));
    Set<String> after = CrdDiff.texts(neu.path("required"));
    for (String name : after) {
      if (!before.contains(name)) {
        add(child(path, name), ChangeKind.REQUIRED_ADDED, "required");
      }
    }
    for (String name : before) {
      // a property that is gone is reported as removed, not also as no longer required
      if (!after.contains(name) && neu.path("properties").has(name)) {
        add(child(path, name), ChangeKind.REQUIRED_REMOVED, "no longer required");
      }
    }
  }

  private void properties(String path, JsonNode old, JsonNode neu) {
    JsonNode before = old.path("properties");
    JsonNode after = neu.path("properties");
    List<String> names = new ArrayList<>();
    before.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      if (after.has(name)) {
        compare(child(path, name), before.get(name), after.get(name));
      } else if (neu.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
        add(
            child(path, name),
            ChangeKind.PROPERTY_UNDESCRIBED,
            "the property (" + typeOf(before.get(name)) + ") is no longer in the schema");
      } else {
        add(
            child(path, name),
            ChangeKind.PROPERTY_REMOVED,
            "the property (" + typeOf(before.get(name)) + ") is gone");
      }
    }
    after
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!before.has(name)) {
                add(
                    child(path, name),
                    ChangeKind.PROPERTY_ADDED,
                    "type " + typeOf(after.get(name)));
              }
            });
  }

  static String child(String path, String name) {
    return path + (PLAIN_NAME.matcher(name).matches() ? "." + name : "['" + name + "']");
  }

  private static String typeOf(JsonNode schema) {
    if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
      return "int-or-string";
    }
    return schema.path("type").asText("any");
  }

  static boolean readsOldSelf(String rule) {
    return OLD_SELF.matcher(rule).find();
  }

  void add(String path, ChangeKind kind, String detail) {
    out.add(new Finding(crd, version, path.isEmpty() ? "." : path, kind, detail));
  }
}
