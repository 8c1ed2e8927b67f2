package dev.opboot.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opboot.generate.crd.SchemaJson;
import dev.opboot.generate.schema.TypeSchemas;
import java.util.List;

/**
 * Large CRDs for the round trip, made the same way every time: deep nesting (objects in objects, in
 * lists, in maps), every keyword op-boot writes, names Java cannot use as they are, descriptions a
 * doc comment cannot carry, Kubernetes types, and every printer column type and format.
 */
final class SyntheticCrds {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String API_VERSION_DOC =
      """
      APIVersion defines the versioned schema of this representation of an object.
      Servers should convert recognized schemas to the latest internal value, and
      may reject unrecognized values.
      More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources""";
  private static final String KIND_DOC =
      """
      Kind is a string value representing the REST resource this object represents.
      Servers may infer this from the endpoint the client submits requests to.
      Cannot be updated.
      In CamelCase.
      More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds""";

  private SyntheticCrds() {}

  /** The synthetic CRDs as YAML, by name. */
  static List<List<String>> all() throws Exception {
    return List.of(
        List.of(
            "synthetic-namespaced-depth-4",
            YAML.writeValueAsString(crd("Synthetic", "synths", true, 4))),
        List.of(
            "synthetic-cluster-depth-3",
            YAML.writeValueAsString(crd("Widget", "widgets", false, 3))));
  }

  static ObjectNode crd(String kind, String plural, boolean namespaced, int depth) {
    ObjectNode crd = NODES.objectNode();
    crd.put("apiVersion", "apiextensions.k8s.io/v1").put("kind", "CustomResourceDefinition");
    ObjectNode metadata = crd.putObject("metadata");
    metadata
        .putObject("annotations")
        .put("example.org/owner", "team-a")
        .put("op-boot.dev/version", "test");
    metadata.putObject("labels").put("app.kubernetes.io/part-of", "synthetic");
    metadata.put("name", plural + ".synthetic.example.org");
    ObjectNode spec = crd.putObject("spec");
    spec.put("group", "synthetic.example.org");
    ObjectNode names = spec.putObject("names");
    names.putArray("categories").add("synthetic").add("all");
    names.put("kind", kind).put("listKind", kind + "List").put("plural", plural);
    names.putArray("shortNames").add(plural.substring(0, 2));
    names.put("singular", plural.substring(0, plural.length() - 1));
    spec.put("scope", namespaced ? "Namespaced" : "Cluster");
    ArrayNode versions = spec.putArray("versions");
    versions.add(version("v1", true, true, false, depth, true));
    versions.add(version("v1beta1", true, false, true, depth - 1, false));
    versions.add(version("v1alpha1", false, false, false, 2, false));
    return crd;
  }

  private static ObjectNode version(
      String name,
      boolean served,
      boolean storage,
      boolean deprecated,
      int depth,
      boolean everything) {
    ObjectNode v = NODES.objectNode();
    if (everything) {
      ArrayNode columns = v.putArray("additionalPrinterColumns");
      String[][] all = {
        {"Text", "string", null, ".spec.text"},
        {"Count", "integer", "int32", ".spec.count"},
        {"Big", "integer", "int64", ".spec.big"},
        {"Ratio", "number", "double", ".spec.ratio"},
        {"Share", "number", "float", ".spec.share"},
        {"On", "boolean", null, ".spec.on"},
        {"Age", "date", null, ".metadata.creationTimestamp"},
        {"When", "string", "date-time", ".status.when"},
        {"Day", "string", "date", ".status.day"},
        {"Data", "string", "byte", ".spec.data"},
        {"Secret", "string", "password", ".spec.text"}
      };
      for (int i = 0; i < all.length; i++) {
        ObjectNode c = columns.addObject();
        if (i % 3 == 0) {
          c.put("description", "Column " + all[i][0] + " of the synthetic kind.");
        }
        if (all[i][2] != null) {
          c.put("format", all[i][2]);
        }
        c.put("jsonPath", all[i][3]).put("name", all[i][0]);
        if (i % 4 == 1) {
          c.put("priority", i);
        }
        c.put("type", all[i][1]);
      }
    }
    if (deprecated) {
      v.put("deprecated", true)
          .put("deprecationWarning", "synthetic.example.org/" + name + " is deprecated");
    }
    v.put("name", name);
    ObjectNode root = v.putObject("schema").putObject("openAPIV3Schema");
    root.put("description", "The synthetic kind, version " + name + ".");
    ObjectNode properties = root.putObject("properties");
    properties.putObject("apiVersion").put("description", API_VERSION_DOC).put("type", "string");
    properties.putObject("kind").put("description", KIND_DOC).put("type", "string");
    properties.putObject("metadata").put("type", "object");
    ObjectNode spec = level(depth, "spec", everything);
    spec.put("description", "The desired state.");
    if (everything) {
      spec.withArray("x-kubernetes-validations")
          .addObject()
          .put("message", "count must stay under big")
          .put("rule", "!has(self.count) || !has(self.big) || self.count < self.big");
    }
    properties.set("spec", spec);
    ObjectNode status =
        NODES.objectNode().put("type", "object").put("description", "The observed state.");
    ObjectNode statusProperties = status.putObject("properties");
    statusProperties.putObject("when").put("format", "date-time").put("type", "string");
    statusProperties.putObject("day").put("format", "date").put("type", "string");
    statusProperties.putObject("replicas").put("format", "int32").put("type", "integer");
    statusProperties.putObject("selector").put("type", "string");
    ObjectNode conditions = statusProperties.putObject("conditions");
    conditions.put("description", "Conditions, Kubernetes' own type.").put("type", "array");
    conditions.set("items", kubernetes("io.fabric8.kubernetes.api.model.Condition"));
    conditions.putArray("x-kubernetes-list-map-keys").add("type");
    conditions.put("x-kubernetes-list-type", "map");
    properties.set("status", status);
    if (everything) {
      // a property of the resource beside spec and status, required
      properties
          .putObject("owner")
          .put("description", "Who owns the object.")
          .put("type", "string")
          .put("maxLength", 20);
      root.putArray("required").add("spec").add("owner");
      root.withArray("x-kubernetes-validations")
          .addObject()
          .put("message", "short names only")
          .put("rule", "self.metadata.name.size() <= 40");
    }
    root.put("type", "object");
    if (everything) {
      v.putArray("selectableFields").addObject().put("jsonPath", ".spec.text");
    }
    v.put("served", served).put("storage", storage);
    ObjectNode subresources = v.putObject("subresources");
    if (everything) {
      subresources
          .putObject("scale")
          .put("labelSelectorPath", ".status.selector")
          .put("specReplicasPath", ".spec.count")
          .put("statusReplicasPath", ".status.replicas");
    }
    subresources.putObject("status");
    return v;
  }

  /**
   * An object with every kind of value, and objects of the next level in a property, a list and a
   * map.
   */
  private static ObjectNode level(int depth, String name, boolean everything) {
    ObjectNode o = NODES.objectNode();
    o.put("type", "object");
    ObjectNode p = o.putObject("properties");
    scalar(p, "text", "string")
        .put("pattern", "^[a-z]+$")
        .put("minLength", 0)
        .put("maxLength", 40)
        .put("description", "Text at " + name + ".");
    scalar(p, "count", "integer")
        .put("format", "int32")
        .put("minimum", 0)
        .put("maximum", 10)
        .put("exclusiveMaximum", true)
        .put("default", 3);
    scalar(p, "big", "integer")
        .put("format", "int64")
        .put("multipleOf", 1024)
        .put("minimum", 1099511627776L);
    scalar(p, "unbounded", "integer").put("description", "An integer with no format.");
    scalar(p, "ratio", "number")
        .put("minimum", new java.math.BigDecimal("0.05"))
        .put("multipleOf", new java.math.BigDecimal("0.25"))
        .put("format", "double");
    scalar(p, "share", "number")
        .put("format", "float")
        .put("maximum", new java.math.BigDecimal("1.5"))
        .put("exclusiveMinimum", true)
        .put("minimum", 0);
    scalar(p, "on", "boolean").put("default", false).put("nullable", true);
    scalar(p, "data", "string").put("format", "byte");
    scalar(p, "email", "string")
        .put("format", "email")
        .put("title", "Email")
        .put("example", "a@example.org");
    scalar(p, "link", "string")
        .put("format", "uri")
        .putObject("externalDocs")
        .put("url", "https://example.org/doc");
    scalar(p, "uid", "string")
        .put("format", "uuid")
        .putObject("externalDocs")
        .put("description", "What a UID is")
        .put("url", "https://example.org/uid");
    scalar(p, "stamp", "string").put("format", "date-time");
    scalar(p, "mode", "string")
        .put("default", "safe")
        .set("enum", strings("fast", "safe", "copy-on-write", "", "class", "1st"));
    scalar(p, "level", "integer")
        .put("format", "int32")
        .set("enum", NODES.arrayNode().add(1).add(2).add(3));
    scalar(p, "frozen", "string")
        .withArray("x-kubernetes-validations")
        .addObject()
        .put("message", "frozen cannot change")
        .put("rule", "self == oldSelf");
    ObjectNode revision = scalar(p, "revision", "integer").put("format", "int64");
    revision
        .withArray("x-kubernetes-validations")
        .addObject()
        .put("message", "may only grow")
        .put("optionalOldSelf", true)
        .put("rule", "!oldSelf.hasValue() || self >= oldSelf.value()");
    // a fieldPath names a property below the rule's schema, so this rule is the object's
    o.withArray("x-kubernetes-validations")
        .addObject()
        .put("fieldPath", ".revision")
        .put(
            "messageExpression",
            "'revision must not be ' + (self.revision < -1 ? 'negative' : '-1')")
        .put("reason", "FieldValueForbidden")
        .put("rule", "!has(self.revision) || self.revision >= 0");
    ObjectNode surge = p.putObject("maxSurge");
    surge.set("anyOf", anyOfIntOrString());
    surge.put("pattern", "^[0-9]+%?$").put("x-kubernetes-int-or-string", true);
    ObjectNode memory = p.putObject("memory");
    memory.set("anyOf", anyOfIntOrString());
    memory
        .put("pattern", TypeSchemas.schemaOf("io.fabric8.kubernetes.api.model.Quantity").pattern())
        .put("x-kubernetes-int-or-string", true)
        .put("description", "Memory as a quantity.");
    p.putObject("free")
        .put("description", "Anything.")
        .put("x-kubernetes-preserve-unknown-fields", true);
    p.putObject("freeObject")
        .put("type", "object")
        .put("x-kubernetes-preserve-unknown-fields", true);
    p.putObject("resource")
        .put("type", "object")
        .put("x-kubernetes-embedded-resource", true)
        .put("x-kubernetes-preserve-unknown-fields", true);
    ObjectNode tags =
        p.putObject("tags")
            .put("type", "array")
            .put("minItems", 1)
            .put("maxItems", 8)
            .put("x-kubernetes-list-type", "set");
    tags.putObject("items").put("type", "string").put("maxLength", 16).put("pattern", "^\\S+$");
    ObjectNode args =
        p.putObject("args").put("type", "array").put("x-kubernetes-list-type", "atomic");
    args.putObject("items").put("type", "string");
    args.set("default", strings("--verbose"));
    ObjectNode matrix = p.putObject("matrix").put("type", "array");
    matrix
        .putObject("items")
        .put("type", "array")
        .put("maxItems", 3)
        .putObject("items")
        .put("type", "number");
    ObjectNode labels =
        p.putObject("labels")
            .put("type", "object")
            .put("maxProperties", 16)
            .put("minProperties", 1)
            .put("x-kubernetes-map-type", "granular");
    labels.putObject("additionalProperties").put("type", "string").put("minLength", 1);
    ObjectNode limits = p.putObject("limits").put("type", "object");
    limits.set("additionalProperties", memory.deepCopy().without("description"));
    ObjectNode names =
        p.putObject("names")
            .put("description", "Properties Java cannot name as they are.")
            .put("type", "object");
    ObjectNode np = names.putObject("properties");
    for (String odd :
        List.of("class", "default", "x-y", "1st", "URL", "eTag", "aB", "ab", "$ref", "_", "spec")) {
      scalar(np, odd, "string").put("description", "The property '" + odd + "'.");
    }
    names.put("x-kubernetes-map-type", "atomic");
    ObjectNode docs =
        p.putObject("docs")
            .put("type", "object")
            .put("description", "Descriptions a doc comment cannot carry.");
    ObjectNode dp = docs.putObject("properties");
    scalar(dp, "html", "string").put("description", "Uses <p>HTML</p> & entities.");
    scalar(dp, "tag", "string").put("description", "A line\n@see looks like a block tag");
    scalar(dp, "comment", "string").put("description", "Ends a comment */ early");
    scalar(dp, "todo", "string").put("description", "Keeps\nTODO lines");
    scalar(dp, "paragraphs", "string")
        .put("description", "First paragraph.\n\nSecond one,\n  indented.");
    p.putObject("condition")
        .setAll(
            kubernetes("io.fabric8.kubernetes.api.model.Condition")
                .put("description", "One condition, described here."));
    p.putObject("meta").put("type", "object").put("description", "Metadata without properties.");
    ObjectNode embedded =
        p.putObject("embedded")
            .put("type", "object")
            .put("x-kubernetes-embedded-resource", true)
            .put("nullable", true);
    ObjectNode ep = embedded.putObject("properties");
    scalar(ep, "apiVersion", "string");
    scalar(ep, "kind", "string");
    ep.putObject("metadata").put("type", "object");
    if (depth > 0) {
      ObjectNode child = level(depth - 1, name + ".child", false);
      child
          .put("description", "The next level, as a property.")
          .put("title", "Child")
          .put("x-kubernetes-preserve-unknown-fields", true)
          .put("maxProperties", 40);
      child.putArray("required").add("text").add("count");
      child
          .withArray("x-kubernetes-validations")
          .addObject()
          .put("message", "a rule")
          .put("rule", "has(self.text)");
      child
          .withArray("x-kubernetes-validations")
          .addObject()
          .put("message", "at most one of the fields in [text mode] may be set")
          .put("rule", "(has(self.text)?1:0)+(has(self.mode)?1:0) <= 1");
      child
          .withArray("x-kubernetes-validations")
          .addObject()
          .put("message", "exactly one of the fields in [count level] must be set")
          .put("rule", "(has(self.count)?1:0)+(has(self.level)?1:0) == 1");
      child
          .withArray("x-kubernetes-validations")
          .addObject()
          .put("message", "at least one of the fields in [data email] must be set")
          .put("rule", "has(self.data)||has(self.email)");
      child.putObject("default").put("text", "abc");
      p.set("child", child);
      ObjectNode list =
          p.putObject("children")
              .put("type", "array")
              .put("description", "Items of the next level.")
              .put("x-kubernetes-list-type", "map");
      list.putArray("x-kubernetes-list-map-keys").add("text");
      ObjectNode item = level(depth - 1, name + ".children", false);
      item.put("description", "One item at depth " + depth + ".").putArray("required").add("text");
      // not atomic: the API server refuses the transition rules of its properties in an atomic map
      list.set("items", item);
      ObjectNode map =
          p.putObject("byName")
              .put("type", "object")
              .put("description", "Values of the next level.");
      ObjectNode value = level(depth - 1, name + ".byName", false);
      value.put("description", "A value, described with <b>HTML</b>.");
      map.set("additionalProperties", value);
    }
    if (everything) {
      o.putArray("required").add("text").add("count");
    }
    return o;
  }

  private static ObjectNode scalar(ObjectNode properties, String name, String type) {
    return properties.putObject(name).put("type", type);
  }

  private static ArrayNode strings(String... values) {
    ArrayNode array = NODES.arrayNode();
    for (String v : values) {
      array.add(v);
    }
    return array;
  }

  private static JsonNode anyOfIntOrString() {
    ArrayNode anyOf = NODES.arrayNode();
    anyOf.addObject().put("type", "integer");
    anyOf.addObject().put("type", "string");
    return anyOf;
  }

  private static ObjectNode kubernetes(String className) {
    return SchemaJson.toJson(TypeSchemas.schemaOf(className));
  }
}
