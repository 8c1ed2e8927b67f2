package dev.opboot.generate.crd.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.generate.schema.Re2Patterns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structural-schema rules of one version's {@code openAPIV3Schema}: the keywords allowed and
 * where, types everywhere, the root and its metadata, embedded resources, int-or-string, list and
 * map types, value validations, patterns and the fields of {@code x-kubernetes-validations} (the
 * CEL in them is {@link CelRules}'s).
 */
final class SchemaStructure {
  private static final Set<String> TYPES =
      Set.of("array", "boolean", "integer", "number", "object", "string");
  private static final Set<String> META_FIELDS = Set.of("apiVersion", "kind", "metadata");
  private static final List<String> UNSUPPORTED =
      List.of("id", "$ref", "definitions", "dependencies", "patternProperties", "additionalItems");

  /** Keywords a root schema may use when status is a subresource, as apiextensions lists them. */
  private static final Set<String> ROOT_WITH_STATUS =
      Set.of(
          "description",
          "type",
          "format",
          "title",
          "maximum",
          "exclusiveMaximum",
          "minimum",
          "exclusiveMinimum",
          "maxLength",
          "minLength",
          "pattern",
          "maxItems",
          "minItems",
          "uniqueItems",
          "multipleOf",
          "required",
          "items",
          "properties",
          "externalDocs",
          "example",
          "x-kubernetes-preserve-unknown-fields",
          "x-kubernetes-validations");

  /** Keywords that make a node of anyOf, allOf, oneOf or not more than a value validation. */
  private static final List<String> NOT_VALUE_VALIDATION =
      List.of(
          "type",
          "additionalProperties",
          "default",
          "title",
          "description",
          "nullable",
          "x-kubernetes-preserve-unknown-fields",
          "x-kubernetes-embedded-resource",
          "x-kubernetes-int-or-string",
          "x-kubernetes-list-map-keys",
          "x-kubernetes-list-type",
          "x-kubernetes-map-type");

  private static final Set<String> REASONS =
      Set.of(
          "FieldValueInvalid", "FieldValueForbidden", "FieldValueRequired", "FieldValueDuplicate");

  private enum Level {
    ROOT,
    ITEM,
    FIELD
  }

  /**
   * Where the walk is.
   *
   * @param insideMeta in the apiVersion, kind or metadata of the root or of an embedded resource
   * @param noDefaults why defaults are forbidden here, or null when they are allowed
   */
  private record Context(Level level, Where where, boolean insideMeta, String noDefaults) {
    Context child(Level level, Where where) {
      return new Context(level, where, insideMeta, noDefaults);
    }
  }

  private final Findings findings;

  private SchemaStructure(Findings findings) {
    this.findings = findings;
  }

  /** Checks the schema of version {@code index}; whether it is structural (no error found). */
  static boolean check(JsonNode schema, int index, boolean statusEnabled, Findings findings) {
    int before = findings.list().size();
    SchemaStructure walk = new SchemaStructure(findings);
    Where where = Where.schemaRoot(index);
    if (schema.path("nullable").asBoolean(false)) {
      findings.add(
          Check.ROOT_NOT_NULLABLE,
          where.child("nullable"),
          "the root schema must not be nullable.");
    }
    if (statusEnabled) {
      List<String> extra = new ArrayList<>();
      schema
          .fieldNames()
          .forEachRemaining(
              k -> {
                if (!ROOT_WITH_STATUS.contains(k)) {
                  extra.add(k);
                }
              });
      if (!extra.isEmpty()) {
        findings.add(
            Check.ROOT_WITH_STATUS,
            where,
            "with the status subresource the root schema may not use "
                + extra
                + "; move those constraints into spec or status.");
      }
    }
    walk.node(schema, new Context(Level.ROOT, where, false, null));
    return findings.list().subList(before, findings.list().size()).stream()
        .noneMatch(Finding::isError);
  }

  private void node(JsonNode schema, Context at) {
    Where where = at.where();
    String type = schema.path("type").asText("");
    boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
    boolean intOrString = schema.path("x-kubernetes-int-or-string").asBoolean(false);
    boolean embedded = schema.path("x-kubernetes-embedded-resource").asBoolean(false);
    keywords(schema, at, type);
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null) {
      if (at.level() == Level.ROOT) {
        findings.add(
            Check.ADDITIONAL_NOT_AT_ROOT,
            where.child("additionalProperties"),
            "a resource's root cannot be a map; give it properties.");
      }
      if (properties.size() > 0 && (additional.isObject() || !additional.asBoolean(true))) {
        findings.add(
            Check.PROPERTIES_OR_ADDITIONAL,
            where.child("additionalProperties"),
            "an object has either properties or additionalProperties, not both; make it a class"
                + " or a Map.");
      }
      if (embedded) {
        findings.add(
            Check.EMBEDDED_OBJECT,
            where.child("additionalProperties"),
            "an embedded resource cannot have additionalProperties.");
      }
      if (additional.isObject()) {
        Context next = at.child(Level.FIELD, where.additionalProperties());
        if (at.insideMeta()) {
          next =
              new Context(
                  Level.FIELD,
                  next.where(),
                  true,
                  "inside additionalProperties applying to object metadata");
        }
        node(additional, next);
      }
    }
    for (Map.Entry<String, JsonNode> property : iterable(properties)) {
      String name = property.getKey();
      Context next = at.child(Level.FIELD, where.property(name));
      if ((at.level() == Level.ROOT || embedded) && META_FIELDS.contains(name)) {
        next =
            new Context(
                Level.FIELD,
                next.where(),
                true,
                at.level() == Level.ROOT ? "in top-level " + name : next.noDefaults());
      }
      if (property.getValue().isObject()) {
        node(property.getValue(), next);
      }
    }
    JsonNode items = schema.get("items");
    if (items != null && items.isObject()) {
      node(items, at.child(Level.ITEM, where.items()));
    }
    if (type.equals("array") && items == null) {
      findings.add(
          Check.ARRAY_ITEMS, where.child("items"), "an array needs items; give the list a type.");
    }
    valueValidations(schema, where, intOrString);
    if (embedded && !type.equals("object")) {
      findings.add(
          Check.EMBEDDED_OBJECT,
          where.child("type"),
          "an embedded resource must be of type object, not '" + type + "'.");
    } else if (type.isEmpty() && !intOrString && !preserve) {
      findings.add(
          Check.TYPE_REQUIRED,
          where.child("type"),
          "this "
              + (at.level() == Level.ROOT
                  ? "root"
                  : at.level() == Level.ITEM ? "list item" : "property")
              + " has no type; give it a concrete Java type, or mark it @PreserveUnknownFields.");
    }
    if (at.level() == Level.ROOT && !type.isEmpty() && !type.equals("object")) {
      findings.add(
          Check.ROOT_OBJECT,
          where.child("type"),
          "the root schema must be an object, not " + type + ".");
    }
    if (at.level() == Level.ROOT || embedded) {
      resourceMeta(properties, where, at.level() == Level.ROOT);
    }
    if (embedded && !preserve && properties.isEmpty()) {
      findings.add(
          Check.EMBEDDED_OBJECT,
          where.child("properties"),
          "an embedded resource needs properties or x-kubernetes-preserve-unknown-fields; mark it"
              + " @PreserveUnknownFields.");
    }
    if (intOrString && (preserve || embedded)) {
      findings.add(
          Check.INT_OR_STRING,
          where.child(
              preserve ? "x-kubernetes-preserve-unknown-fields" : "x-kubernetes-embedded-resource"),
          "an int-or-string value cannot also "
              + (preserve ? "preserve unknown fields" : "be an embedded resource")
              + "; remove one.");
    }
    mapAndListTypes(schema, where, type);
    rules(schema, where.child("x-kubernetes-validations"));
  }

  private void keywords(JsonNode schema, Context at, String type) {
    Where where = at.where();
    if (!type.isEmpty() && !TYPES.contains(type)) {
      findings.add(
          Check.TYPE_KNOWN,
          where.child("type"),
          "'"
              + type
              + "' is not a schema type; use one of "
              + TYPES.stream().sorted().toList()
              + (type.equals("null") ? " (and nullable: true for null)" : "")
              + ".");
    }
    for (String keyword : UNSUPPORTED) {
      if (schema.has(keyword)) {
        findings.add(
            Check.UNSUPPORTED_KEYWORD,
            where.child(keyword),
            keyword + " is not supported in a CRD schema; inline the schema it refers to.");
      }
    }
    if (schema.path("items").isArray()) {
      findings.add(
          Check.ITEMS_SINGLE,
          where.child("items"),
          "items must be one schema, not a list of them.");
    }
    if (schema.path("uniqueItems").asBoolean(false)) {
      findings.add(
          Check.UNIQUE_ITEMS,
          where.child("uniqueItems"),
          "uniqueItems: true is refused (quadratic cost); use a Set (x-kubernetes-list-type: set)"
              + " instead.");
    }
    if (schema.has("default") && at.noDefaults() != null) {
      findings.add(
          Check.DEFAULT_IN_META,
          where.child("default"),
          "a default must not be set " + at.noDefaults() + "; remove it.");
    }
    if (at.insideMeta() && schema.path("x-kubernetes-embedded-resource").asBoolean(false)) {
      findings.add(
          Check.EMBEDDED_NOT_IN_META,
          where.child("x-kubernetes-embedded-resource"),
          "metadata cannot hold an embedded resource; remove x-kubernetes-embedded-resource.");
    }
    JsonNode preserve = schema.get("x-kubernetes-preserve-unknown-fields");
    if (preserve != null && !preserve.asBoolean(true)) {
      findings.add(
          Check.PRESERVE_TRUE,
          where.child("x-kubernetes-preserve-unknown-fields"),
          "x-kubernetes-preserve-unknown-fields must be true or absent; remove it.");
    }
    pattern(schema, where);
  }

  private void pattern(JsonNode schema, Where where) {
    JsonNode pattern = schema.get("pattern");
    if (pattern == null || !pattern.isTextual()) {
      return;
    }
    String regex = pattern.asText();
    Re2Patterns.refusal(regex)
        .ifPresent(
            refused ->
                findings.add(
                    Check.PATTERN_RE2,
                    where.child("pattern"),
                    "the pattern "
                        + regex
                        + " does not compile with Go's RE2: "
                        + Re2Patterns.problem(regex).orElse(refused)
                        + ". Fix @Pattern."));
  }

  private void resourceMeta(JsonNode properties, Where where, boolean root) {
    for (String name : List.of("apiVersion", "kind")) {
      JsonNode field = properties.get(name);
      if (field != null && !"string".equals(field.path("type").asText())) {
        findings.add(
            Check.RESOURCE_META_TYPES,
            where.property(name).child("type"),
            name + " must be a string; remove the property that replaces it.");
      }
    }
    JsonNode metadata = properties.get("metadata");
    if (metadata == null) {
      return;
    }
    if (!"object".equals(metadata.path("type").asText())) {
      findings.add(
          Check.RESOURCE_META_TYPES,
          where.property("metadata").child("type"),
          "metadata must be an object.");
    }
    if (root) {
      Set<String> keys = new HashSet<>();
      metadata.fieldNames().forEachRemaining(keys::add);
      keys.removeAll(Set.of("type", "default"));
      Set<String> names = new HashSet<>();
      metadata.path("properties").fieldNames().forEachRemaining(names::add);
      if (!names.isEmpty() && Set.of("name", "generateName").containsAll(names)) {
        keys.remove("properties");
      }
      if (!keys.isEmpty()) {
        findings.add(
            Check.ROOT_METADATA,
            where.property("metadata"),
            "the root metadata may only be 'type: object' (the API server owns its schema) but"
                + " has "
                + keys.stream().sorted().toList()
                + "; remove the Javadoc or annotations of getMetadata().");
      }
    }
  }

  private void valueValidations(JsonNode schema, Where where, boolean intOrString) {
    JsonNode anyOf = schema.path("anyOf");
    boolean intOrStringAnyOf = intOrString && isIntOrStringPair(anyOf);
    if (!intOrStringAnyOf) {
      nested(anyOf, where.child("anyOf"), false);
    }
    JsonNode allOf = schema.path("allOf");
    for (int i = 0; i < allOf.size(); i++) {
      JsonNode part = allOf.get(i);
      boolean skipAnyOf = i == 0 && intOrString && isIntOrStringPair(part.path("anyOf"));
      nestedNode(part, where.child("allOf").index(i), true, skipAnyOf);
    }
    nested(schema.path("oneOf"), where.child("oneOf"), false);
    if (schema.has("not")) {
      nestedNode(schema.get("not"), where.child("not"), false, false);
    }
  }

  private static boolean isIntOrStringPair(JsonNode anyOf) {
    return anyOf.size() == 2
        && "integer".equals(anyOf.get(0).path("type").asText())
        && anyOf.get(0).size() == 1
        && "string".equals(anyOf.get(1).path("type").asText())
        && anyOf.get(1).size() == 1;
  }

  private void nested(JsonNode list, Where where, boolean rulesAllowed) {
    for (int i = 0; i < list.size(); i++) {
      nestedNode(list.get(i), where.index(i), rulesAllowed, false);
    }
  }

  private void nestedNode(JsonNode v, Where where, boolean rulesAllowed, boolean skipAnyOf) {
    if (!v.isObject()) {
      return;
    }
    for (String keyword : NOT_VALUE_VALIDATION) {
      if (v.has(keyword)) {
        findings.add(
            Check.VALUE_VALIDATION_ONLY,
            where.child(keyword),
            keyword
                + " may not appear inside anyOf, allOf, oneOf or not; state it on the schema"
                + " itself.");
      }
    }
    if (v.has("x-kubernetes-validations") && !rulesAllowed) {
      findings.add(
          Check.RULE_NOT_NESTED,
          where.child("x-kubernetes-validations"),
          "x-kubernetes-validations may not appear inside anyOf, oneOf or not; put the rule on the"
              + " schema itself.");
    }
    if (v.path("properties").has("metadata")) {
      findings.add(
          Check.VALUE_VALIDATION_METADATA,
          where.child("properties[metadata]"),
          "a value validation must not constrain metadata.");
    }
    if (!skipAnyOf) {
      nested(v.path("anyOf"), where.child("anyOf"), false);
    }
    nested(v.path("allOf"), where.child("allOf"), rulesAllowed);
    nested(v.path("oneOf"), where.child("oneOf"), false);
    if (v.has("not")) {
      nestedNode(v.get("not"), where.child("not"), false, false);
    }
    if (v.has("items")) {
      nestedNode(v.get("items"), where.child("items"), rulesAllowed, false);
    }
    for (Map.Entry<String, JsonNode> p : iterable(v.path("properties"))) {
      nestedNode(p.getValue(), where.child("properties[" + p.getKey() + "]"), rulesAllowed, false);
    }
    pattern(v, where);
  }

  private void mapAndListTypes(JsonNode schema, Where where, String type) {
    JsonNode mapType = schema.get("x-kubernetes-map-type");
    if (mapType != null) {
      if (!type.equals("object")) {
        findings.add(
            Check.MAP_TYPE,
            where.child("type"),
            "x-kubernetes-map-type needs type object; remove @MapType or make this a Map or class.");
      }
      if (!Set.of("atomic", "granular").contains(mapType.asText())) {
        findings.add(
            Check.MAP_TYPE,
            where.child("x-kubernetes-map-type"),
            "x-kubernetes-map-type is atomic or granular, not '" + mapType.asText() + "'.");
      }
    }
    JsonNode listTypeNode = schema.get("x-kubernetes-list-type");
    String listType = listTypeNode == null ? null : listTypeNode.asText();
    JsonNode keys = schema.path("x-kubernetes-list-map-keys");
    JsonNode items = schema.path("items");
    if (listType != null) {
      if (!type.equals("array")) {
        findings.add(
            Check.LIST_TYPE,
            where.child("type"),
            "x-kubernetes-list-type needs type array; remove @ListType or make this a List.");
      }
      if (!Set.of("atomic", "set", "map").contains(listType)) {
        findings.add(
            Check.LIST_TYPE,
            where.child("x-kubernetes-list-type"),
            "x-kubernetes-list-type is atomic, set or map, not '" + listType + "'.");
      }
      if (listType.equals("set") && items.isObject()) {
        String itemType = items.path("type").asText();
        if (itemType.equals("object")
                && !"atomic".equals(items.path("x-kubernetes-map-type").asText())
            || itemType.equals("array")
                && !"atomic".equals(items.path("x-kubernetes-list-type").asText("atomic"))) {
          findings.add(
              Check.LIST_SET_ITEMS,
              where.items(),
              "the items of a set must be scalars or atomic; use a Set of scalars, or mark the"
                  + " list @ListType(ATOMIC) or @ListMapKeys.");
        }
      }
      if ((listType.equals("set") || listType.equals("map"))
          && items.path("nullable").asBoolean(false)) {
        findings.add(
            Check.LIST_ITEMS_NOT_NULLABLE,
            where.items().child("nullable"),
            "the items of a " + listType + " list cannot be nullable; remove @Nullable.");
      }
    }
    if (keys.size() > 0 && !"map".equals(listType)) {
      findings.add(
          Check.LIST_MAP_KEYS,
          where.child("x-kubernetes-list-type"),
          "x-kubernetes-list-map-keys needs x-kubernetes-list-type: map.");
    }
    if ("map".equals(listType)) {
      listMapKeys(keys, items, where);
    }
  }

  private void listMapKeys(JsonNode keys, JsonNode items, Where where) {
    if (keys.size() == 0) {
      findings.add(
          Check.LIST_MAP_KEYS,
          where.child("x-kubernetes-list-map-keys"),
          "a list of type map needs @ListMapKeys naming the keys of its items.");
      return;
    }
    if (!"object".equals(items.path("type").asText())) {
      findings.add(
          Check.LIST_MAP_KEYS,
          where.items().child("type"),
          "the items of a list of type map must be objects.");
      return;
    }
    Set<String> required = new HashSet<>();
    items.path("required").forEach(r -> required.add(r.asText()));
    Set<String> seen = new HashSet<>();
    for (JsonNode keyNode : keys) {
      String key = keyNode.asText();
      Where at = where.items().property(key);
      if (!seen.add(key)) {
        findings.add(
            Check.LIST_MAP_KEYS,
            where.child("x-kubernetes-list-map-keys"),
            "the list map key '" + key + "' is named twice.");
      }
      JsonNode property = items.path("properties").get(key);
      if (property == null) {
        findings.add(
            Check.LIST_MAP_KEYS,
            where.child("x-kubernetes-list-map-keys"),
            "the list map key '" + key + "' is not a property of the items; fix @ListMapKeys.");
        continue;
      }
      String type = property.path("type").asText();
      if (!Set.of("string", "integer", "number", "boolean").contains(type)) {
        findings.add(
            Check.LIST_MAP_KEYS,
            at.child("type"),
            "the list map key '"
                + key
                + "' must be a scalar, not "
                + (type.isEmpty() ? "untyped" : type)
                + ".");
      }
      if (!required.contains(key) && !property.has("default")) {
        findings.add(
            Check.LIST_MAP_KEYS,
            at.child("default"),
            "the list map key '"
                + key
                + "' must be required or have a default; mark it @Required"
                + " or give it a @Default.");
      }
      if (property.path("nullable").asBoolean(false)) {
        findings.add(
            Check.LIST_MAP_KEYS,
            at.child("nullable"),
            "the list map key '" + key + "' cannot be nullable; remove @Nullable.");
      }
    }
  }

  private void rules(JsonNode schema, Where where) {
    JsonNode rules = schema.path("x-kubernetes-validations");
    for (int i = 0; i < rules.size(); i++) {
      JsonNode rule = rules.get(i);
      Where at = where.index(i);
      String text = rule.path("rule").asText("");
      if (text.isBlank()) {
        findings.add(
            Check.RULE_FIELDS, at.child("rule"), "a validation rule has no rule; write one.");
      }
      JsonNode message = rule.get("message");
      if (message != null && message.asText().isBlank()) {
        findings.add(
            Check.RULE_FIELDS,
            at.child("message"),
            "the rule's message is empty; write one or leave it out.");
      } else if (message != null && message.asText().contains("\n")) {
        findings.add(
            Check.RULE_FIELDS, at.child("message"), "the rule's message must be one line.");
      } else if (message == null && text.contains("\n")) {
        findings.add(
            Check.RULE_FIELDS,
            at.child("message"),
            "a rule of several lines needs a message; add one.");
      }
      JsonNode messageExpression = rule.get("messageExpression");
      if (messageExpression != null && messageExpression.asText().isBlank()) {
        findings.add(
            Check.RULE_FIELDS,
            at.child("messageExpression"),
            "the rule's messageExpression is empty; write one or leave it out.");
      }
      JsonNode reason = rule.get("reason");
      if (reason != null && !REASONS.contains(reason.asText())) {
        findings.add(
            Check.RULE_FIELDS,
            at.child("reason"),
            "the rule's reason '"
                + reason.asText()
                + "' is not one of "
                + REASONS.stream().sorted().toList()
                + ".");
      }
      JsonNode fieldPath = rule.get("fieldPath");
      if (fieldPath != null
          && (fieldPath.asText().isBlank() || fieldPath.asText().contains("\n"))) {
        findings.add(
            Check.RULE_FIELDS,
            at.child("fieldPath"),
            "the rule's fieldPath must be a non-empty single line.");
      } else if (fieldPath != null && !SchemaPaths.isFieldPath(schema, fieldPath.asText())) {
        findings.add(
            Check.RULE_FIELDS,
            at.child("fieldPath"),
            "the rule's fieldPath '"
                + fieldPath.asText()
                + "' names no property of the schema the rule is on; write a path such as"
                + " .name or .items[0] relative to it.");
      }
    }
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
    return object.properties();
  }
}
