package dev.opboot.generate.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The compatibility diff of two releases of a set of CRDs, as crdify does it for Go projects: CRDs
 * matched by name, versions by name, and each version's schema compared property by property
 * ({@link SchemaDiff}). Every change found is one {@link Finding} of a {@link ChangeKind}; the
 * findings come sorted by CRD, version, path and kind, so the report is the same on every run.
 */
public final class CrdDiff {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::crd)
          .thenComparing(Finding::version)
          .thenComparing(Finding::path)
          .thenComparing(f -> f.kind().id())
          .thenComparing(Finding::detail);

  private CrdDiff() {}

  /** Every change from {@code before} to {@code after}. */
  public static List<Finding> between(CrdSet before, CrdSet after) {
    List<Finding> findings = new ArrayList<>();
    Set<String> names = new TreeSet<>(before.crds().keySet());
    names.addAll(after.crds().keySet());
    for (String name : names) {
      JsonNode old = before.crds().get(name);
      JsonNode neu = after.crds().get(name);
      if (neu == null) {
        findings.add(new Finding(name, "", "", ChangeKind.CRD_REMOVED, "the CRD is gone"));
      } else if (old == null) {
        findings.add(new Finding(name, "", "", ChangeKind.CRD_ADDED, "a new CRD"));
      } else {
        compare(name, old.path("spec"), neu.path("spec"), findings);
      }
    }
    findings.sort(ORDER);
    return List.copyOf(findings);
  }

  private static void compare(String crd, JsonNode old, JsonNode neu, List<Finding> out) {
    String oldScope = old.path("scope").asText("");
    String newScope = neu.path("scope").asText("");
    if (!oldScope.equals(newScope)) {
      out.add(
          new Finding(
              crd, "", "", ChangeKind.SCOPE_CHANGED, "scope " + oldScope + " -> " + newScope));
    }
    String oldKind = old.path("names").path("kind").asText("");
    String newKind = neu.path("names").path("kind").asText("");
    if (!oldKind.equals(newKind)) {
      out.add(
          new Finding(crd, "", "", ChangeKind.KIND_CHANGED, "kind " + oldKind + " -> " + newKind));
    }
    for (String field : List.of("shortNames", "categories")) {
      Set<String> removed = texts(old.path("names").path(field));
      removed.removeAll(texts(neu.path("names").path(field)));
      if (!removed.isEmpty()) {
        out.add(
            new Finding(
                crd,
                "",
                "",
                ChangeKind.NAME_ALIAS_REMOVED,
                field + " removed: " + String.join(", ", removed)));
      }
    }
    Map<String, JsonNode> oldVersions = versions(old);
    Map<String, JsonNode> newVersions = versions(neu);
    String oldStorage = storage(oldVersions);
    String newStorage = storage(newVersions);
    if (!oldStorage.isEmpty() && !newStorage.isEmpty() && !oldStorage.equals(newStorage)) {
      out.add(
          new Finding(
              crd,
              "",
              "",
              ChangeKind.STORAGE_VERSION_CHANGED,
              "storage version " + oldStorage + " -> " + newStorage));
    }
    for (var entry : oldVersions.entrySet()) {
      JsonNode newVersion = newVersions.get(entry.getKey());
      if (newVersion == null) {
        out.add(
            new Finding(
                crd, entry.getKey(), "", ChangeKind.VERSION_REMOVED, "the version is gone"));
      } else {
        new VersionDiff(crd, entry.getKey(), out).compare(entry.getValue(), newVersion);
      }
    }
    for (String version : newVersions.keySet()) {
      if (!oldVersions.containsKey(version)) {
        out.add(new Finding(crd, version, "", ChangeKind.VERSION_ADDED, "a new version"));
      }
    }
  }

  private static Map<String, JsonNode> versions(JsonNode spec) {
    Map<String, JsonNode> versions = new LinkedHashMap<>();
    spec.path("versions").forEach(v -> versions.put(v.path("name").asText(""), v));
    return versions;
  }

  private static String storage(Map<String, JsonNode> versions) {
    return versions.entrySet().stream()
        .filter(e -> e.getValue().path("storage").asBoolean(false))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("");
  }

  static Set<String> texts(JsonNode array) {
    Set<String> texts = new TreeSet<>();
    array.forEach(item -> texts.add(item.isTextual() ? item.asText() : item.toString()));
    return texts;
  }
}
