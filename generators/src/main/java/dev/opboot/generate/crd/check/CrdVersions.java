package dev.opboot.generate.crd.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.core.names.KubernetesNames;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A CRD's versions and what each declares beside its schema: names, storage, deprecation warning,
 * the scale subresource's paths, printer columns and selectable fields.
 */
final class CrdVersions {
  private static final Set<String> COLUMN_TYPES =
      Set.of("integer", "number", "string", "boolean", "date");
  private static final Set<String> COLUMN_FORMATS =
      Set.of("int32", "int64", "float", "double", "byte", "date", "date-time", "password");
  private static final int MAX_SELECTABLE_FIELDS = 8;

  private CrdVersions() {}

  static void check(JsonNode crd, Findings findings) {
    JsonNode versions = crd.path("spec").path("versions");
    if (versions.isEmpty()) {
      findings.add(
          Check.VERSIONS_PRESENT, Where.crd("spec.versions"), "the CRD has no version; add one.");
      return;
    }
    Set<String> names = new HashSet<>();
    int storage = 0;
    for (int i = 0; i < versions.size(); i++) {
      JsonNode version = versions.get(i);
      String name = version.path("name").asText("");
      int index = i;
      KubernetesNames.checkDns1035Label(name)
          .ifPresent(
              problem ->
                  findings.add(
                      Check.VERSION_NAME,
                      Where.version(index, "name"),
                      "the version '"
                          + name
                          + "' is not a DNS-1035 label: "
                          + problem
                          + ". Use a version such as v1 or v1beta1."));
      if (!names.add(name)) {
        findings.add(
            Check.VERSION_UNIQUE,
            Where.version(i, "name"),
            "the version " + name + " is declared twice; keep one.");
      }
      if (version.path("storage").asBoolean(false)) {
        storage++;
      }
      version(version, i, findings);
    }
    if (storage != 1) {
      findings.add(
          Check.ONE_STORAGE,
          Where.crd("spec.versions"),
          storage + " versions are the storage version; mark exactly one storage = true.");
    }
  }

  private static void version(JsonNode version, int i, Findings findings) {
    JsonNode schema = version.path("schema").path("openAPIV3Schema");
    if (!schema.isObject()) {
      findings.add(
          Check.SCHEMA_REQUIRED,
          Where.version(i, "schema.openAPIV3Schema"),
          "the version has no schema; every v1 CRD version needs one.");
    }
    if (version.path("deprecated").asBoolean(false) && version.has("deprecationWarning")) {
      String warning = version.path("deprecationWarning").asText();
      if (warning.length() > 256 || !warning.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
        findings.add(
            Check.DEPRECATION_WARNING,
            Where.version(i, "deprecationWarning"),
            "the deprecation warning must be at most 256 printable ASCII characters (no line"
                + " breaks); shorten it.");
      }
    }
    JsonNode scale = version.path("subresources").path("scale");
    if (scale.isObject()) {
      scalePath(scale, "specReplicasPath", List.of(".spec."), Check.SCALE_SPEC_PATH, i, findings);
      scalePath(
          scale, "statusReplicasPath", List.of(".status."), Check.SCALE_STATUS_PATH, i, findings);
      if (scale.has("labelSelectorPath")) {
        scalePath(
            scale,
            "labelSelectorPath",
            List.of(".spec.", ".status."),
            Check.SCALE_SELECTOR_PATH,
            i,
            findings);
      }
    }
    JsonNode columns = version.path("additionalPrinterColumns");
    for (int c = 0; c < columns.size(); c++) {
      column(
          columns.get(c),
          schema,
          Where.version(i, "additionalPrinterColumns[" + c + "]"),
          findings);
    }
    selectableFields(version.path("selectableFields"), schema, i, findings);
  }

  private static void scalePath(
      JsonNode scale, String field, List<String> under, Check check, int i, Findings findings) {
    String path = scale.path(field).asText("");
    boolean ok =
        under.stream()
            .anyMatch(prefix -> path.startsWith(prefix) && path.length() > prefix.length());
    if (!ok) {
      findings.add(
          check,
          Where.version(i, "subresources.scale." + field),
          "the scale subresource's "
              + field
              + " '"
              + path
              + "' must be a JSON path under "
              + String.join(
                  " or ", under.stream().map(p -> p.substring(0, p.length() - 1)).toList())
              + "; point it at a property there.");
    }
  }

  private static void column(JsonNode column, JsonNode schema, Where where, Findings findings) {
    String name = column.path("name").asText("");
    if (name.isEmpty()) {
      findings.add(
          Check.COLUMN_NAME, where.child("name"), "a printer column has no name; name it.");
    }
    String type = column.path("type").asText("");
    if (!COLUMN_TYPES.contains(type)) {
      findings.add(
          Check.COLUMN_TYPE,
          where.child("type"),
          "the printer column '"
              + name
              + "' has type '"
              + type
              + "'; use one of boolean, date, integer, number, string.");
    }
    String format = column.path("format").asText("");
    if (!format.isEmpty() && !COLUMN_FORMATS.contains(format)) {
      findings.add(
          Check.COLUMN_FORMAT,
          where.child("format"),
          "the printer column '"
              + name
              + "' has format '"
              + format
              + "'; use one of "
              + String.join(", ", COLUMN_FORMATS.stream().sorted().toList())
              + " or none.");
    }
    String path = column.path("jsonPath").asText("");
    if (path.isEmpty() || path.charAt(0) != '.') {
      findings.add(
          Check.COLUMN_PATH,
          where.child("jsonPath"),
          "the printer column '"
              + name
              + "' has jsonPath '"
              + path
              + "'; it must be a JSONPath starting with '.', such as .spec.replicas.");
    } else if (schema.isObject() && !SchemaPaths.resolvesLoosely(schema, path)) {
      findings.add(
          Check.COLUMN_RESOLVES,
          where.child("jsonPath"),
          "the printer column '"
              + name
              + "' reads "
              + path
              + ", which is not a property of the schema, so the column is always empty; fix"
              + " the path.");
    }
  }

  private static void selectableFields(JsonNode fields, JsonNode schema, int i, Findings findings) {
    Set<String> seen = new HashSet<>();
    for (int f = 0; f < fields.size(); f++) {
      String path = fields.get(f).path("jsonPath").asText("");
      // a selectable field declared on a property is that property's problem
      Where where =
          Where.version(i, "selectableFields[" + f + "].jsonPath")
              .about(path.startsWith(".") && !path.startsWith(".metadata") ? path : null);
      if (!schema.isObject()) {
        continue;
      }
      JsonNode target = SchemaPaths.resolveStrictly(schema, path);
      if (target == null) {
        findings.add(
            Check.SELECTABLE_PATH,
            where,
            "the selectable field '"
                + path
                + "' is not a simple path (.spec.name) to a property"
                + " of the schema outside any list; fix the path.");
        continue;
      }
      if (path.startsWith(".metadata")) {
        findings.add(
            Check.SELECTABLE_METADATA,
            where,
            "the selectable field '"
                + path
                + "' is in metadata, which the API server already"
                + " indexes; remove it.");
      }
      String type = target.path("type").asText("");
      if (!Set.of("string", "boolean", "integer").contains(type)) {
        findings.add(
            Check.SELECTABLE_TYPE,
            where,
            "the selectable field '"
                + path
                + "' is of type '"
                + type
                + "'; only string, boolean and integer properties can be selected.");
      }
      if (!seen.add(path)) {
        findings.add(
            Check.SELECTABLE_UNIQUE, where, "the selectable field '" + path + "' is listed twice.");
      }
    }
    if (seen.size() > MAX_SELECTABLE_FIELDS) {
      findings.add(
          Check.SELECTABLE_COUNT,
          Where.version(i, "selectableFields"),
          seen.size()
              + " selectable fields; the API server allows at most "
              + MAX_SELECTABLE_FIELDS
              + ".");
    }
  }
}
