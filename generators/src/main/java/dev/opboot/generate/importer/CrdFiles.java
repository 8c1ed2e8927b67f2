package dev.opboot.generate.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.generate.importer.ImportedCrd.Column;
import dev.opboot.generate.importer.ImportedCrd.Scale;
import dev.opboot.generate.importer.ImportedCrd.Source;
import dev.opboot.generate.importer.ImportedCrd.Version;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.GeneratorException.Problem;
import dev.opboot.generate.problem.SourceLocation;
import dev.opboot.generate.schema.JsonSchema;
import dev.opboot.generate.schema.WebhookConversion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the CustomResourceDefinitions of a file: one or many YAML documents, JSON, or a {@code
 * List} of them. Anything else in the file is an error naming where it is.
 */
final class CrdFiles {
  private CrdFiles() {}

  /** The file's text, or an error saying why it cannot be read. */
  static String text(Path file) throws GeneratorException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      String why =
          Files.isDirectory(file)
              ? "it is a folder"
              : !Files.exists(file)
                  ? "it does not exist"
                  : e instanceof java.nio.charset.CharacterCodingException
                      ? "it is not a text file (not UTF-8); pass a CRD" + " in YAML or JSON"
                      : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new GeneratorException(
          new SourceLocation(file.toString(), 0, 0), "cannot read the file: " + why + ".");
    }
  }

  static List<LocatedYaml.Document> documents(Path file, String text) throws GeneratorException {
    try {
      List<LocatedYaml.Document> documents = LocatedYaml.read(text);
      if (documents.isEmpty()) {
        throw new GeneratorException(
            new SourceLocation(file.toString(), 0, 0),
            "the file is empty; expected a" + " CustomResourceDefinition or an OpenAPI document.");
      }
      return documents;
    } catch (LocatedYaml.SyntaxError e) {
      throw new GeneratorException(
          new SourceLocation(file.toString(), e.line, e.column),
          "not YAML or JSON: " + e.getMessage() + ".");
    }
  }

  static List<ImportedCrd> crds(String file, List<LocatedYaml.Document> documents)
      throws GeneratorException {
    List<ImportedCrd> crds = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (LocatedYaml.Document document : documents) {
      Source source = new Source(file, document);
      JsonNode root = document.root();
      String kind = root.path("kind").asText("");
      if (kind.equals("List") || kind.equals("CustomResourceDefinitionList")) {
        for (int i = 0; i < root.path("items").size(); i++) {
          read(source, root.get("items").get(i), "items[" + i + "]", crds, problems);
        }
      } else {
        read(source, root, "", crds, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new GeneratorException(problems);
    }
    return crds;
  }

  private static void read(
      Source source, JsonNode crd, String path, List<ImportedCrd> out, List<Problem> problems) {
    String prefix = path.isEmpty() ? "" : path + ".";
    String apiVersion = crd.path("apiVersion").asText("");
    String kind = crd.path("kind").asText("");
    if (!kind.equals("CustomResourceDefinition")
        || !apiVersion.startsWith("apiextensions.k8s.io/")) {
      problems.add(
          problem(
              source,
              path,
              "not a CustomResourceDefinition (apiVersion '"
                  + apiVersion
                  + "', kind '"
                  + kind
                  + "'); expected apiVersion apiextensions.k8s.io/v1, kind CustomResourceDefinition."));
      return;
    }
    if (!apiVersion.equals("apiextensions.k8s.io/v1")) {
      problems.add(
          problem(
              source,
              prefix + "apiVersion",
              apiVersion
                  + " is not supported: Kubernetes serves"
                  + " only apiextensions.k8s.io/v1 since 1.22. Convert the CRD to v1 first."));
      return;
    }
    JsonNode spec = crd.path("spec");
    JsonNode names = spec.path("names");
    List<String> missing = new ArrayList<>();
    for (String required : List.of("group", "names.kind", "names.plural", "scope")) {
      if (!spec.at("/" + required.replace('.', '/')).isTextual()) {
        missing.add("spec." + required);
      }
    }
    if (!missing.isEmpty()) {
      problems.add(
          problem(source, prefix + "spec", "the CRD lacks " + String.join(", ", missing) + "."));
      return;
    }
    List<Version> versions = new ArrayList<>();
    JsonNode versionNodes = spec.path("versions");
    if (versionNodes.isEmpty()) {
      problems.add(problem(source, prefix + "spec.versions", "the CRD has no versions."));
      return;
    }
    for (int i = 0; i < versionNodes.size(); i++) {
      JsonNode v = versionNodes.get(i);
      String vPath = prefix + "spec.versions[" + i + "]";
      JsonNode schema = v.path("schema").path("openAPIV3Schema");
      if (!schema.isObject() || schema.isEmpty()) {
        problems.add(
            problem(
                source,
                vPath,
                "version "
                    + v.path("name").asText("?")
                    + " has no schema"
                    + " (schema.openAPIV3Schema); op-boot imports the types a schema describes."));
        continue;
      }
      JsonNode scale = v.path("subresources").path("scale");
      List<Column> columns = new ArrayList<>();
      for (JsonNode c : v.path("additionalPrinterColumns")) {
        columns.add(
            new Column(
                c.path("name").asText(),
                c.path("type").asText("string"),
                text(c, "format"),
                text(c, "description"),
                c.path("jsonPath").asText(),
                c.path("priority").asInt(0)));
      }
      List<String> selectable = new ArrayList<>();
      v.path("selectableFields").forEach(f -> selectable.add(f.path("jsonPath").asText()));
      versions.add(
          new Version(
              v.path("name").asText(),
              v.path("served").asBoolean(true),
              v.path("storage").asBoolean(false),
              v.path("deprecated").asBoolean(false),
              text(v, "deprecationWarning"),
              JsonSchema.of((ObjectNode) schema),
              vPath + ".schema.openAPIV3Schema",
              v.path("subresources").has("status"),
              scale.isObject()
                  ? new Scale(
                      text(scale, "specReplicasPath"),
                      text(scale, "statusReplicasPath"),
                      text(scale, "labelSelectorPath"))
                  : null,
              columns,
              selectable));
    }
    if (versions.size() < versionNodes.size()) {
      return;
    }
    List<ImportedCrd.Unsupported> unsupported = new ArrayList<>();
    unknown(spec, prefix + "spec", SPEC_FIELDS, unsupported);
    unknown(names, prefix + "spec.names", NAMES_FIELDS, unsupported);
    for (int i = 0; i < versionNodes.size(); i++) {
      unknown(
          versionNodes.get(i), prefix + "spec.versions[" + i + "]", VERSION_FIELDS, unsupported);
      unknown(
          versionNodes.get(i).path("subresources"),
          prefix + "spec.versions[" + i + "].subresources",
          Set.of("status", "scale"),
          unsupported);
    }
    WebhookConversion conversion =
        conversion(spec.path("conversion"), prefix + "spec.conversion", unsupported);
    if (spec.path("preserveUnknownFields").asBoolean(false)) {
      unsupported.add(
          new ImportedCrd.Unsupported(
              prefix + "spec.preserveUnknownFields",
              "op-boot writes"
                  + " structural CRDs, which prune unknown fields; mark the schemas x-kubernetes-preserve-unknown-fields"));
    }
    out.add(
        new ImportedCrd(
            source,
            path,
            spec.path("group").asText(),
            names.path("kind").asText(),
            names.path("plural").asText(),
            text(names, "singular"),
            text(names, "listKind"),
            strings(names, "shortNames"),
            strings(names, "categories"),
            spec.path("scope").asText().equals("Namespaced"),
            stringMap(crd.path("metadata").path("annotations")),
            stringMap(crd.path("metadata").path("labels")),
            versions,
            unsupported,
            conversion));
  }

  /**
   * The conversion webhook of a CRD's {@code spec.conversion}, which {@code @ConversionWebhook}
   * writes back, or null for strategy {@code None}. A webhook at a URL rather than a Service is
   * unsupported: the annotation names a Service. A {@code caBundle} is left out, as cert-manager
   * (or whoever installs the operator) puts it there in the cluster, not the project.
   */
  private static WebhookConversion conversion(
      JsonNode conversion, String at, List<ImportedCrd.Unsupported> unsupported) {
    String strategy = conversion.path("strategy").asText("None");
    if (!conversion.isObject() || strategy.equals("None")) {
      return null;
    }
    JsonNode webhook = conversion.path("webhook");
    JsonNode service = webhook.path("clientConfig").path("service");
    if (!strategy.equals("Webhook") || !service.isObject()) {
      unsupported.add(
          new ImportedCrd.Unsupported(
              at,
              "@ConversionWebhook writes a conversion webhook that calls a Service; the "
                  + strategy
                  + (strategy.equals("Webhook") ? " conversion at a URL" : " conversion")
                  + " would be lost"));
      return null;
    }
    List<String> reviewVersions = new ArrayList<>();
    webhook.path("conversionReviewVersions").forEach(v -> reviewVersions.add(v.asText()));
    return new WebhookConversion(
        service.path("path").asText("/"),
        service.path("name").asText(),
        service.path("namespace").asText(),
        service.path("port").asInt(443),
        reviewVersions,
        null);
  }

  /** The fields a CRD may have that op-boot reads (or, like conversion, checks). */
  private static final Set<String> SPEC_FIELDS =
      Set.of("group", "names", "scope", "versions", "conversion", "preserveUnknownFields");

  private static final Set<String> NAMES_FIELDS =
      Set.of("kind", "listKind", "plural", "singular", "shortNames", "categories");
  private static final Set<String> VERSION_FIELDS =
      Set.of(
          "name",
          "served",
          "storage",
          "deprecated",
          "deprecationWarning",
          "schema",
          "subresources",
          "additionalPrinterColumns",
          "selectableFields");

  private static void unknown(
      JsonNode node, String path, Set<String> known, List<ImportedCrd.Unsupported> out) {
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.contains(name)) {
                out.add(
                    new ImportedCrd.Unsupported(
                        path + "." + name, "op-boot does not write " + name + " in a CRD"));
              }
            });
  }

  private static Problem problem(Source source, String path, String message) {
    return new Problem(source.location(path), (path.isEmpty() ? "" : path + ": ") + message);
  }

  private static String text(JsonNode node, String field) {
    return node.path(field).isTextual() ? node.get(field).asText() : null;
  }

  private static List<String> strings(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    node.path(field).forEach(s -> out.add(s.asText()));
    return out;
  }

  private static Map<String, String> stringMap(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }
}
