package dev.opboot.generate.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * The changes to one version of a CRD that a client of that version sees: whether it is served,
 * deprecated, its subresources and selectable fields, and its schema ({@link SchemaDiff}).
 */
final class VersionDiff {
  private final String crd;
  private final String version;
  private final List<Finding> out;

  VersionDiff(String crd, String version, List<Finding> out) {
    this.crd = crd;
    this.version = version;
    this.out = out;
  }

  void compare(JsonNode old, JsonNode neu) {
    boolean wasServed = old.path("served").asBoolean(true);
    boolean isServed = neu.path("served").asBoolean(true);
    if (wasServed && !isServed) {
      add(ChangeKind.VERSION_UNSERVED, "served true -> false");
    } else if (!wasServed && isServed) {
      add(ChangeKind.VERSION_SERVED, "served false -> true");
    }
    if (!old.path("deprecated").asBoolean(false) && neu.path("deprecated").asBoolean(false)) {
      add(ChangeKind.VERSION_DEPRECATED, "deprecated false -> true");
    }
    JsonNode oldSub = old.path("subresources");
    JsonNode newSub = neu.path("subresources");
    if (oldSub.has("status") && !newSub.has("status")) {
      add(ChangeKind.STATUS_SUBRESOURCE_REMOVED, "no status subresource");
    } else if (!oldSub.has("status") && newSub.has("status")) {
      add(ChangeKind.STATUS_SUBRESOURCE_ADDED, "a status subresource");
    }
    if (oldSub.has("scale") && !oldSub.get("scale").equals(newSub.path("scale"))) {
      add(
          ChangeKind.SCALE_SUBRESOURCE_CHANGED,
          "scale "
              + oldSub.get("scale")
              + " -> "
              + (newSub.has("scale") ? newSub.get("scale") : "none"));
    } else if (!oldSub.has("scale") && newSub.has("scale")) {
      add(ChangeKind.SCALE_SUBRESOURCE_ADDED, "scale " + newSub.get("scale"));
    }
    Set<String> oldFields = selectable(old);
    Set<String> newFields = selectable(neu);
    for (String field : oldFields) {
      if (!newFields.contains(field)) {
        add(ChangeKind.SELECTABLE_FIELD_REMOVED, "selectable field " + field + " removed");
      }
    }
    for (String field : newFields) {
      if (!oldFields.contains(field)) {
        add(ChangeKind.SELECTABLE_FIELD_ADDED, "selectable field " + field + " added");
      }
    }
    new SchemaDiff(crd, version, out).compare("", schema(old), schema(neu));
  }

  private static JsonNode schema(JsonNode version) {
    return version.path("schema").path("openAPIV3Schema");
  }

  private static Set<String> selectable(JsonNode version) {
    Set<String> fields = new java.util.TreeSet<>();
    version.path("selectableFields").forEach(f -> fields.add(f.path("jsonPath").asText("")));
    return fields;
  }

  private void add(ChangeKind kind, String detail) {
    out.add(new Finding(crd, version, "", kind, detail));
  }
}
