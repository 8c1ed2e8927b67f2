package dev.opboot.generate.importer;

import static dev.opboot.generate.schema.AnnotationRegistry.FABRIC8_CRD;
import static dev.opboot.generate.schema.AnnotationRegistry.FABRIC8_GEN;
import static dev.opboot.generate.schema.AnnotationRegistry.FABRIC8_MODEL;
import static dev.opboot.generate.schema.AnnotationRegistry.OP_BOOT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.core.names.Plurals;
import dev.opboot.generate.importer.ImportedCrd.Column;
import dev.opboot.generate.importer.ImportedCrd.Version;
import dev.opboot.generate.importer.JavaModel.Field;
import dev.opboot.generate.importer.JavaModel.ObjectClass;
import dev.opboot.generate.importer.JavaModel.ResourceClass;
import dev.opboot.generate.schema.AnnotationRegistry;
import dev.opboot.generate.schema.AnnotationRule.Site;
import dev.opboot.generate.schema.JavaAnnotation;
import dev.opboot.generate.schema.JavaAnnotation.EnumValue;
import dev.opboot.generate.schema.JsonSchema;
import dev.opboot.generate.schema.WebhookConversion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One version of a CRD as Java types: the custom resource class with the CRD's names, version,
 * scope, columns and subresources as annotations, its spec and status classes, and what they use.
 * Names come from the kind: {@code <Kind>}, {@code <Kind>Spec}, {@code <Kind>Status}.
 */
final class ResourceMapper {
  /**
   * Annotations tools write, which an import leaves out: generators' stamps (DIFFERENCES.md N1) and
   * kubectl's copy of the last applied object, in a CRD taken from a cluster.
   */
  static final Set<String> TOOL_ANNOTATIONS =
      Set.of(
          "controller-gen.kubebuilder.io/version",
          "op-boot.dev/version",
          "kubectl.kubernetes.io/last-applied-configuration");

  private static final Set<String> COLUMN_TYPES =
      Set.of("string", "integer", "number", "boolean", "date");
  private static final Set<String> COLUMN_FORMATS =
      Set.of("int32", "int64", "float", "double", "byte", "date", "date-time", "password");

  private ResourceMapper() {}

  static Map<String, JavaModel.Type> map(
      ImportedCrd crd,
      Version version,
      boolean external,
      AnnotationRegistry registry,
      Problems problems,
      Map<String, KubernetesCatalog.Use> catalogued) {
    Map<String, List<JavaAnnotation>> scale = new LinkedHashMap<>();
    if (version.scale() != null) {
      put(scale, version.scale().specReplicasPath(), FABRIC8_MODEL + "SpecReplicas");
      put(scale, version.scale().statusReplicasPath(), FABRIC8_MODEL + "StatusReplicas");
      put(scale, version.scale().labelSelectorPath(), FABRIC8_MODEL + "LabelSelector");
    }
    // first pass: which descriptions list items and map values need their classes to carry
    Map<String, String> itemDocs = new HashMap<>();
    run(crd, version, external, registry, new Problems(), itemDocs, true, scale, new HashMap<>());
    return run(crd, version, external, registry, problems, itemDocs, false, scale, catalogued);
  }

  private static void put(Map<String, List<JavaAnnotation>> scale, String path, String annotation) {
    if (path != null) {
      scale.computeIfAbsent(path, p -> new ArrayList<>()).add(JavaAnnotation.of(annotation));
    }
  }

  private static Map<String, JavaModel.Type> run(
      ImportedCrd crd,
      Version version,
      boolean external,
      AnnotationRegistry registry,
      Problems problems,
      Map<String, String> itemDocs,
      boolean firstPass,
      Map<String, List<JavaAnnotation>> scale,
      Map<String, KubernetesCatalog.Use> catalogued) {
    String kind = crd.kind();
    Names names = new Names();
    for (String own : List.of(kind, kind + "Spec", kind + "Status", kind + "List")) {
      names.reserve(own);
    }
    TypeMapper mapper =
        new TypeMapper(registry, names, problems, itemDocs, firstPass, scale, catalogued);
    JsonSchema root = version.schema();
    String path = version.schemaPath();
    Map<String, JavaModel.Type> types = new LinkedHashMap<>();
    types.put(kind, null);

    JsonNode properties = root.json().path("properties");
    String spec = root(mapper, properties, "spec", kind + "Spec", path, types, problems);
    String status = root(mapper, properties, "status", kind + "Status", path, types, problems);
    // a status without the subresource is what @NoStatusSubresource says
    boolean noStatusSubresource = status != null && !version.statusSubresource();
    if (status == null && version.statusSubresource()) {
      problems.notExpressible(
          path,
          "the version has the status subresource but no status property, which Java"
              + " cannot say (the subresource comes with a status type)");
    }
    List<Field> extra = new ArrayList<>();
    Set<String> required = new java.util.LinkedHashSet<>();
    required.addAll(root.required());
    List<String> requiredRoots = new ArrayList<>();
    for (String r : required) {
      if (r.equals("spec") || r.equals("status")) {
        requiredRoots.add(r);
      } else if (Set.of("apiVersion", "kind", "metadata").contains(r)) {
        // controller-gen lists them when the Go fields lack omitempty; the API server has every
        // object carry them anyway, so leaving them out accepts the same objects
        continue;
      } else if (!properties.has(r)) {
        problems.notExpressible(path + ".required", "'" + r + "' cannot be required in Java");
      }
    }
    requiredRoots.sort(null);
    properties
        .properties()
        .forEach(
            p -> {
              String at = path + ".properties." + p.getKey();
              switch (p.getKey()) {
                case "spec", "status" -> {}
                case "apiVersion", "kind" -> {
                  if (!p.getValue().path("type").asText().equals("string")
                      || p.getValue().size() > (p.getValue().has("description") ? 2 : 1)) {
                    problems.notExpressible(
                        at, "op-boot writes " + p.getKey() + " as a plain string");
                  }
                }
                case "metadata" -> {
                  if (!p.getValue().path("type").asText().equals("object")
                      || p.getValue().size() != 1) {
                    problems.notExpressible(
                        at,
                        "op-boot writes the root metadata as {type: object}, which the API server"
                            + " validates itself; a schema for it is not kept");
                  }
                }
                default -> {
                  TypeMapper.Value value =
                      mapper.value(
                          JsonSchema.of((ObjectNode) p.getValue()),
                          Site.PROPERTY,
                          at,
                          "." + p.getKey(),
                          p.getKey(),
                          kind);
                  List<JavaAnnotation> annotations = new ArrayList<>();
                  if (required.contains(p.getKey())) {
                    annotations.add(JavaAnnotation.of(FABRIC8_GEN + "Required"));
                  }
                  annotations.addAll(value.annotations());
                  String description =
                      p.getValue().path("description").isTextual()
                          ? p.getValue().get("description").asText()
                          : null;
                  extra.add(
                      new Field(
                          p.getKey(),
                          Names.fieldName(p.getKey()),
                          value.type(),
                          Javadoc.of(description),
                          annotations));
                }
              }
            });
    Set<String> consumed = new HashSet<>(Set.of("type", "properties", "required", "description"));
    List<JavaAnnotation> annotations =
        new ArrayList<>(resourceAnnotations(crd, version, external, problems, path));
    if (noStatusSubresource) {
      annotations.add(JavaAnnotation.of(OP_BOOT + "NoStatusSubresource"));
    }
    if (crd.conversion() != null && version.storage()) {
      annotations.add(conversionWebhook(crd.conversion()));
    }
    annotations.addAll(mapper.keywords(root, Site.CLASS, consumed, path));
    String description = root.description();
    if (description != null && !Javadoc.roundTrips(description)) {
      problems.notExpressible(
          path + ".description",
          "the description cannot be written as the class's Javadoc,"
              + " which is where generate crd reads a resource's description");
    }
    types.put(
        kind,
        new ResourceClass(
            kind,
            Javadoc.of(description),
            annotations,
            spec,
            status,
            crd.namespaced(),
            extra,
            requiredRoots));
    types.putAll(mapper.types());
    return types;
  }

  /** The spec or status class, named after the kind; null when the schema has none. */
  private static String root(
      TypeMapper mapper,
      JsonNode properties,
      String name,
      String className,
      String path,
      Map<String, JavaModel.Type> types,
      Problems problems) {
    JsonNode node = properties.get(name);
    if (node == null) {
      return null;
    }
    String at = path + ".properties." + name;
    if (!node.isObject()
        || !"object".equals(node.path("type").asText())
        || node.has("additionalProperties")) {
      problems.notExpressible(
          at,
          "op-boot's "
              + name
              + " is a class, so its schema must be an object with"
              + " properties");
      return null;
    }
    if (node.path("nullable").asBoolean(false)) {
      // controller-gen writes it for a pointer marked +nullable: a null spec or status is kept
      // rather than pruned, which a Java client never sends (it leaves the field out)
      node = ((ObjectNode) node).deepCopy().without("nullable");
    }
    for (String key : TypeMapper.PROPERTY_ONLY) {
      if (node.has(key)) {
        problems.notExpressible(
            at + "." + key,
            key
                + " on the "
                + name
                + " itself cannot be said in Java (fabric8's"
                + " CustomResource declares the "
                + name
                + " field)");
      }
    }
    String description =
        node.path("description").isTextual() ? node.get("description").asText() : null;
    ObjectClass type =
        mapper.objectClass(
            className, description, JsonSchema.of((ObjectNode) node), at, "." + name);
    types.put(className, type);
    return className;
  }

  /**
   * {@code @ConversionWebhook} on the storage version's class (the hub, where {@code create webhook
   * --conversion} puts it), with the members that differ from its defaults.
   */
  private static JavaAnnotation conversionWebhook(WebhookConversion conversion) {
    return JavaAnnotation.of(
        OP_BOOT + "ConversionWebhook",
        "path",
        conversion.path().equals("/convert") ? null : conversion.path(),
        "serviceName",
        conversion.serviceName().equals("webhook-service") ? null : conversion.serviceName(),
        "serviceNamespace",
        conversion.serviceNamespace().equals("system") ? null : conversion.serviceNamespace(),
        "port",
        conversion.port() == 443 ? null : (long) conversion.port(),
        "conversionReviewVersions",
        conversion.reviewVersions().equals(List.of("v1")) ? null : conversion.reviewVersions());
  }

  private static List<JavaAnnotation> resourceAnnotations(
      ImportedCrd crd, Version version, boolean external, Problems problems, String schemaPath) {
    String crdPath = crd.path().isEmpty() ? "" : crd.path() + ".";
    List<JavaAnnotation> out = new ArrayList<>();
    out.add(JavaAnnotation.of(FABRIC8_MODEL + "Group", crd.group()));
    out.add(
        JavaAnnotation.of(
            FABRIC8_MODEL + "Version",
            "value",
            version.name(),
            "storage",
            version.storage() ? null : Boolean.FALSE,
            "served",
            version.served() ? null : Boolean.FALSE,
            "deprecated",
            version.deprecated() ? Boolean.TRUE : null,
            "deprecationWarning",
            version.deprecationWarning()));
    if (!crd.plural().equals(Plurals.pluralOf(crd.kind()))) {
      out.add(JavaAnnotation.of(FABRIC8_MODEL + "Plural", crd.plural()));
    }
    if (crd.singular() != null && !crd.singular().equals(crd.kind().toLowerCase(Locale.ROOT))) {
      out.add(JavaAnnotation.of(FABRIC8_MODEL + "Singular", crd.singular()));
    }
    if (!crd.shortNames().isEmpty()) {
      out.add(JavaAnnotation.of(FABRIC8_MODEL + "ShortNames", crd.shortNames()));
    }
    if (!crd.categories().isEmpty()) {
      out.add(JavaAnnotation.of(FABRIC8_MODEL + "Categories", crd.categories()));
    }
    if (crd.listKind() != null && !crd.listKind().equals(crd.kind() + "List")) {
      problems.notExpressible(
          crdPath + "spec.names.listKind", "op-boot writes listKind " + crd.kind() + "List");
    }
    List<String> annotations = new ArrayList<>();
    crd.annotations()
        .forEach(
            (k, v) -> {
              if (!TOOL_ANNOTATIONS.contains(k)) {
                annotations.add(k + "=" + v);
              }
            });
    if (!annotations.isEmpty()) {
      out.add(JavaAnnotation.of(FABRIC8_CRD + "Annotations", annotations));
    }
    List<String> labels = new ArrayList<>();
    crd.labels().forEach((k, v) -> labels.add(k + "=" + v));
    if (!labels.isEmpty()) {
      out.add(JavaAnnotation.of(FABRIC8_CRD + "Labels", labels));
    }
    String versionPath =
        schemaPath.endsWith(".schema.openAPIV3Schema")
            ? schemaPath.substring(0, schemaPath.length() - ".schema.openAPIV3Schema".length())
            : schemaPath;
    for (int i = 0; i < version.printerColumns().size(); i++) {
      Column c = version.printerColumns().get(i);
      if (!COLUMN_TYPES.contains(c.type())
          || (c.format() != null && !COLUMN_FORMATS.contains(c.format()))) {
        problems.notExpressible(
            versionPath + ".additionalPrinterColumns[" + i + "]",
            "fabric8's"
                + " @AdditionalPrinterColumn has no type '"
                + c.type()
                + "' or format '"
                + c.format()
                + "'");
        continue;
      }
      out.add(
          JavaAnnotation.of(
              FABRIC8_CRD + "AdditionalPrinterColumn",
              "name",
              c.name(),
              "jsonPath",
              c.jsonPath(),
              "type",
              c.type().equals("string")
                  ? null
                  : new EnumValue(
                      FABRIC8_CRD + "AdditionalPrinterColumn.Type",
                      c.type().toUpperCase(Locale.ROOT)),
              "format",
              c.format() == null
                  ? null
                  : new EnumValue(
                      FABRIC8_CRD + "PrinterColumnFormat",
                      c.format().toUpperCase(Locale.ROOT).replace('-', '_')),
              "priority",
              c.priority() == 0 ? null : (long) c.priority(),
              "getDescription",
              c.description()));
    }
    for (String field : version.selectableFields()) {
      out.add(JavaAnnotation.of(FABRIC8_CRD + "AdditionalSelectableField", "jsonPath", field));
    }
    if (external) {
      out.add(JavaAnnotation.of(OP_BOOT + "External"));
    }
    return out;
  }
}
