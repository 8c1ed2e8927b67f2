package dev.opboot.generate.importer;

import static dev.opboot.generate.schema.AnnotationRule.Site.PROPERTY;
import static dev.opboot.generate.schema.AnnotationRule.Site.TYPE_USE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.generate.importer.JavaModel.Constant;
import dev.opboot.generate.importer.JavaModel.EnumClass;
import dev.opboot.generate.importer.JavaModel.Field;
import dev.opboot.generate.importer.JavaModel.ObjectClass;
import dev.opboot.generate.importer.JavaModel.TypeRef;
import dev.opboot.generate.schema.AnnotationRegistry;
import dev.opboot.generate.schema.AnnotationRule.Site;
import dev.opboot.generate.schema.JavaAnnotation;
import dev.opboot.generate.schema.JsonSchema;
import dev.opboot.generate.schema.NotExpressible;
import dev.opboot.generate.schema.TypeSchemas;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Maps the schema of one API version to Java types: the generation's type mapping run backwards.
 * Each value gets the Java type whose schema is the value's type-giving keywords, and the
 * annotations of the registry's inverses ({@link Keywords}) for the rest. An object with properties
 * becomes a class, an enum of strings a Java enum; equal schemas share one type, and a Kubernetes
 * type of op-boot's catalogue is used as the fabric8 class that stands for it.
 *
 * <p>Where a class carries a description: a property's description is its field's Javadoc; list
 * items and map values can only take their type's, so their classes are told apart by it too.
 */
final class TypeMapper {
  /** Keywords only a property can carry; an object's other keywords go on its class. */
  static final Set<String> PROPERTY_ONLY =
      Set.of("default", "nullable", "x-kubernetes-embedded-resource");

  private static final Set<String> COMBINATORS = Set.of("anyOf", "allOf", "oneOf", "not");

  static final String STRING = "java.lang.String";
  static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";
  static final String INT_OR_STRING = "io.fabric8.kubernetes.api.model.IntOrString";
  static final String QUANTITY = "io.fabric8.kubernetes.api.model.Quantity";
  static final String OBJECT_META = "io.fabric8.kubernetes.api.model.ObjectMeta";
  static final String GENERIC_RESOURCE =
      "io.fabric8.kubernetes.api.model.GenericKubernetesResource";

  /** A class made for a schema shape, with the description it carries. */
  private record Made(String name, String doc) {}

  /** A value's Java type and the annotations its place (property or type argument) carries. */
  record Value(TypeRef type, List<JavaAnnotation> annotations) {}

  private final List<Keywords.Row> rows;
  private final Names names;
  private final Problems problems;
  private final Map<String, String> itemDocs;
  private final boolean firstPass;
  private final Map<String, List<JavaAnnotation>> pathAnnotations;
  private final Map<String, KubernetesCatalog.Use> catalogued;
  private final Map<String, List<Made>> byShape = new HashMap<>();
  private final Map<String, JavaModel.Type> types = new LinkedHashMap<>();

  /**
   * @param itemDocs per schema shape, the first description it has as a list item or map value:
   *     filled by a first pass, read by the second, so that the class a property shares with list
   *     items carries the items' description
   * @param pathAnnotations annotations for the properties at JSON paths ({@code .spec.replicas})
   * @param catalogued filled with each place typed with a catalogue class, by JSON path
   */
  TypeMapper(
      AnnotationRegistry registry,
      Names names,
      Problems problems,
      Map<String, String> itemDocs,
      boolean firstPass,
      Map<String, List<JavaAnnotation>> pathAnnotations,
      Map<String, KubernetesCatalog.Use> catalogued) {
    this.rows = Keywords.rows(registry);
    this.catalogued = catalogued;
    this.names = names;
    this.problems = problems;
    this.itemDocs = itemDocs;
    this.firstPass = firstPass;
    this.pathAnnotations = pathAnnotations;
  }

  /** Every class and enum made so far, by name. */
  Map<String, JavaModel.Type> types() {
    return types;
  }

  /**
   * The value at {@code path} as a property ({@link Site#PROPERTY}) or a type argument ({@link
   * Site#TYPE_USE}).
   */
  Value value(
      JsonSchema s, Site site, String path, String jsonPath, String hint, String enclosing) {
    Set<String> consumed = new HashSet<>(Set.of("description"));
    forbidden(s, path);
    boolean carriesDoc = false;
    TypeRef type;
    String t = s.type();
    List<JavaAnnotation> shape = new ArrayList<>();
    if (site == PROPERTY && s.intOrString() && "string".equals(t) && !s.has("anyOf")) {
      // controller-gen's XIntOrString on a Go string; the API server validates it as anyOf
      // [integer, string] (it takes x-kubernetes-int-or-string over type), which generate crd
      // writes for @IntOrString
      consumed.addAll(List.of("x-kubernetes-int-or-string", "type"));
      type = TypeRef.of(STRING);
      shape.add(JavaAnnotation.of(AnnotationRegistry.OP_BOOT + "IntOrString"));
    } else if (s.intOrString()) {
      consumed.addAll(List.of("x-kubernetes-int-or-string", "anyOf"));
      if (!s.has("anyOf")) {
        problems.notExpressible(
            path,
            "an int-or-string without anyOf: [integer, string], which op-boot always"
                + " writes with it");
      } else if (!Canonical.of(s.get("anyOf")).equals(Canonical.of(intOrStringAnyOf()))) {
        problems.notExpressible(
            path + ".anyOf", "an int-or-string's anyOf other than [integer, string]");
      }
      if (t != null) {
        problems.forbidden(path + ".type", "an int-or-string has no type in a structural schema");
        consumed.add("type");
      }
      if (quantityPattern().equals(s.pattern())) {
        type = TypeRef.of(QUANTITY);
        consumed.add("pattern");
      } else {
        type = TypeRef.of(INT_OR_STRING);
      }
    } else {
      consumed.add("type");
      if (t == null) {
        if (s.preserveUnknownFields()) {
          consumed.add("x-kubernetes-preserve-unknown-fields");
        } else {
          problems.forbidden(
              path,
              "the schema has no type; a structural schema needs one unless it sets"
                  + " x-kubernetes-preserve-unknown-fields or x-kubernetes-int-or-string");
        }
        type = TypeRef.of(JSON_NODE);
      } else {
        switch (t) {
          case "string" -> {
            if (isJavaEnum(s)) {
              type = enumType(s, site, path, hint, enclosing);
              consumed.add("enum");
              carriesDoc = true;
            } else if ("byte".equals(s.format())) {
              type = TypeRef.of("byte[]");
              consumed.add("format");
            } else {
              type = TypeRef.of(STRING);
            }
          }
          case "integer" -> {
            String format = Objects.requireNonNullElse(s.format(), "");
            type =
                TypeRef.of(
                    switch (format) {
                      case "int32" -> "java.lang.Integer";
                      case "int64" -> "java.lang.Long";
                      default -> "java.math.BigInteger";
                    });
            if (format.equals("int32") || format.equals("int64")) {
              consumed.add("format");
            }
          }
          case "number" -> type = TypeRef.of("java.lang.Double");
          case "boolean" -> type = TypeRef.of("java.lang.Boolean");
          case "array" -> {
            consumed.add("items");
            JsonSchema items = s.items();
            if (items == null) {
              problems.forbidden(
                  path + ".items", "a list needs one schema for its items in a structural schema");
              type = TypeRef.of("java.util.List", TypeRef.of(JSON_NODE));
            } else {
              Value item =
                  value(
                      items,
                      TYPE_USE,
                      path + ".items",
                      jsonPath + "[*]",
                      Names.singular(hint),
                      enclosing);
              type = TypeRef.of("java.util.List", item.type().annotated(item.annotations()));
            }
          }
          case "object" -> {
            ObjectType object = objectType(s, site, path, jsonPath, hint, enclosing);
            type = object.type();
            carriesDoc = object.carriesDoc();
            consumed.addAll(object.consumed());
          }
          default -> {
            problems.forbidden(path + ".type", "'" + t + "' is not a type");
            type = TypeRef.of(JSON_NODE);
          }
        }
      }
    }
    if (site == TYPE_USE && s.has("description") && !carriesDoc) {
      problems.notExpressible(
          path + ".description",
          "list items and map values of type "
              + simple(type.name())
              + " cannot carry a description in Java (only a class or enum of their own can)");
    }
    List<JavaAnnotation> annotations = new ArrayList<>(shape);
    annotations.addAll(keywords(s, site, consumed, path));
    if (site == PROPERTY) {
      annotations.addAll(pathAnnotations.getOrDefault(jsonPath, List.of()));
    }
    return new Value(type, annotations);
  }

  /** The rest of the keywords as annotations; a keyword nothing writes is a problem. */
  List<JavaAnnotation> keywords(JsonSchema s, Site site, Set<String> consumed, String path) {
    List<JavaAnnotation> out = new ArrayList<>();
    for (Keywords.Row row : rows) {
      List<String> present =
          row.keywords().stream().filter(k -> s.has(k) && !consumed.contains(k)).toList();
      if (present.isEmpty() || !row.inverse().when().test(s, site)) {
        continue;
      }
      consumed.addAll(row.keywords());
      try {
        out.addAll(Keywords.annotations(row, s, site));
      } catch (NotExpressible e) {
        problems.notExpressible(path + "." + present.get(0), e.getMessage());
      }
    }
    for (String key : s.keywords()) {
      if (consumed.contains(key)) {
        continue;
      }
      if (COMBINATORS.contains(key)) {
        problems.notExpressible(
            path + "." + key,
            key
                + " has no annotation: op-boot writes it only for"
                + " int-or-string values; say the rule with x-kubernetes-validations (CEL) instead");
      } else {
        problems.notExpressible(path + "." + key, "op-boot has no annotation that writes " + key);
      }
    }
    return out;
  }

  private record ObjectType(TypeRef type, boolean carriesDoc, Set<String> consumed) {}

  private ObjectType objectType(
      JsonSchema s, Site site, String path, String jsonPath, String hint, String enclosing) {
    Set<String> consumed = new HashSet<>(s.keywords());
    consumed.removeAll(PROPERTY_ONLY);
    boolean hasProperties = s.json().path("properties").size() > 0;
    JsonNode values = s.get("additionalProperties");
    boolean preserve = s.preserveUnknownFields();
    if (hasProperties && values != null) {
      problems.forbidden(
          path, "properties and additionalProperties exclude each other in a structural schema");
    }
    if (!hasProperties && values != null) {
      consumed = new HashSet<>(Set.of("type", "additionalProperties"));
      if (!values.isObject()) {
        problems.notExpressible(
            path + ".additionalProperties",
            "additionalProperties: " + values + " has no Java type; a map's values need a schema");
        return new ObjectType(
            TypeRef.of("java.util.Map", TypeRef.of(STRING), TypeRef.of(JSON_NODE)),
            false,
            consumed);
      }
      Value value =
          value(
              s.additionalProperties(),
              TYPE_USE,
              path + ".additionalProperties",
              jsonPath + ".*",
              Names.singular(hint),
              enclosing);
      return new ObjectType(
          TypeRef.of(
              "java.util.Map", TypeRef.of(STRING), value.type().annotated(value.annotations())),
          false,
          consumed);
    }
    if (!hasProperties
        && preserve
        && Canonical.of(Canonical.without(s.json(), Set.of("description", "default", "nullable")))
            .equals(Canonical.of(TypeSchemas.schemaOf(GENERIC_RESOURCE).json()))) {
      return new ObjectType(
          TypeRef.of(GENERIC_RESOURCE),
          false,
          Set.of("type", "x-kubernetes-preserve-unknown-fields", "x-kubernetes-embedded-resource"));
    }
    if (!hasProperties
        && preserve
        && s.json().size()
            == keysPresent(
                s,
                "type",
                "x-kubernetes-preserve-unknown-fields",
                "description",
                "default",
                "nullable",
                "x-kubernetes-embedded-resource")) {
      return new ObjectType(
          TypeRef.of("java.util.Map", TypeRef.of(STRING), TypeRef.of("java.lang.Object")),
          false,
          Set.of("type", "x-kubernetes-preserve-unknown-fields"));
    }
    if (!hasProperties
        && site == PROPERTY
        && hint.equals("metadata")
        && s.json().size() == keysPresent(s, "type", "description")) {
      return new ObjectType(TypeRef.of(OBJECT_META), false, Set.of("type"));
    }
    return new ObjectType(classFor(s, site, path, jsonPath, hint, enclosing), true, consumed);
  }

  private static int keysPresent(JsonSchema s, String... keys) {
    int n = 0;
    for (String key : keys) {
      if (s.has(key)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The class for an object schema: a catalogue type, one made before for the same shape, or a new
   * one.
   */
  private TypeRef classFor(
      JsonSchema s, Site site, String path, String jsonPath, String hint, String enclosing) {
    ObjectNode shapeNode = Canonical.without(s.json(), withDescription(PROPERTY_ONLY));
    String shape = Canonical.of(shapeNode) + markers(jsonPath);
    String description = s.description();
    noteItemDoc(shape, site, description);
    if (shapeNode.path("properties").size() > 0 && markers(jsonPath).isEmpty()) {
      KubernetesCatalog.Match match = KubernetesCatalog.match(shapeNode);
      if (match != null
          && (site == PROPERTY
              ? description != null || match.description() == null
              : Objects.equals(match.description(), description))) {
        catalogued.putIfAbsent(
            jsonPath, new KubernetesCatalog.Use(jsonPath, match.className(), shapeNode));
        return TypeRef.of(match.className());
      }
    }
    String doc = docOf(shape, site, description);
    TypeRef before = madeBefore(shape, site, description, doc);
    if (before != null) {
      return before;
    }
    String name = names.className(hint, enclosing);
    byShape.computeIfAbsent(shape, k -> new ArrayList<>()).add(new Made(name, doc));
    types.put(name, null); // keeps the order of discovery: parents before their parts
    types.put(name, objectClass(name, doc, s, path, jsonPath));
    return TypeRef.of(name);
  }

  /**
   * An item's description as the first pass meets it, for the class the property holding it gets.
   */
  private void noteItemDoc(String shape, Site site, String description) {
    if (site == TYPE_USE && firstPass && description != null) {
      itemDocs.putIfAbsent(shape, description);
    }
  }

  /**
   * The documentation of the class for {@code shape}: a property's class takes its items'
   * description.
   */
  private String docOf(String shape, Site site, String description) {
    return site == PROPERTY ? (description != null ? itemDocs.get(shape) : null) : description;
  }

  /** The class made before for the same shape and documentation, or null if a new one is needed. */
  private TypeRef madeBefore(String shape, Site site, String description, String doc) {
    List<Made> made = byShape.getOrDefault(shape, List.of());
    for (Made m : made) {
      if (Objects.equals(m.doc(), doc)) {
        return TypeRef.of(m.name());
      }
    }
    if (site == PROPERTY && description != null && !made.isEmpty()) {
      return TypeRef.of(made.get(0).name()); // the field's Javadoc wins over the class's
    }
    return null;
  }

  private String markers(String jsonPath) {
    StringBuilder out = new StringBuilder();
    for (String path : pathAnnotations.keySet()) {
      if (path.startsWith(jsonPath + ".") && path.indexOf('.', jsonPath.length() + 1) < 0) {
        out.append(" @").append(path);
      }
    }
    return out.toString();
  }

  private static Set<String> withDescription(Set<String> keys) {
    Set<String> all = new HashSet<>(keys);
    all.add("description");
    return all;
  }

  /**
   * A class for an object schema: a field per property, {@code @Required} for the required ones,
   * and the object's own keywords as class annotations.
   */
  ObjectClass objectClass(String name, String doc, JsonSchema s, String path, String jsonPath) {
    Set<String> required = new LinkedHashSet<>(s.required());
    List<Field> fields = new ArrayList<>();
    Set<String> fieldNames = new HashSet<>();
    JsonNode properties = s.json().path("properties");
    properties
        .properties()
        .forEach(
            p -> {
              String propertyPath = path + ".properties." + p.getKey();
              if (!p.getValue().isObject()) {
                problems.forbidden(propertyPath, "a property's schema must be an object");
                return;
              }
              JsonSchema property = JsonSchema.of((ObjectNode) p.getValue());
              Value value =
                  value(
                      property,
                      PROPERTY,
                      propertyPath,
                      jsonPath + "." + p.getKey(),
                      p.getKey(),
                      name);
              List<JavaAnnotation> annotations = new ArrayList<>();
              if (required.contains(p.getKey())) {
                annotations.add(JavaAnnotation.of(AnnotationRegistry.FABRIC8_GEN + "Required"));
              }
              annotations.addAll(value.annotations());
              String fieldName = Names.fieldName(p.getKey());
              for (int i = 2; !fieldNames.add(fieldName); i++) {
                fieldName = Names.fieldName(p.getKey()) + i;
              }
              String description = property.description();
              fields.add(
                  new Field(
                      p.getKey(), fieldName, value.type(), Javadoc.of(description), annotations));
            });
    for (String r : required) {
      if (!properties.has(r)) {
        problems.notExpressible(
            path + ".required",
            "'" + r + "' is required but is not a property, which Java" + " cannot say");
      }
    }
    Set<String> consumed = new HashSet<>(Set.of("type", "properties", "required", "description"));
    consumed.addAll(PROPERTY_ONLY);
    if (!s.isType("object")) {
      problems.notExpressible(path + ".type", "a class's schema is an object");
    }
    List<JavaAnnotation> annotations = keywords(s, Site.CLASS, consumed, path);
    return new ObjectClass(name, Javadoc.of(doc), annotations, fields);
  }

  private static boolean isJavaEnum(JsonSchema s) {
    JsonNode values = s.get("enum");
    if (values == null || !values.isArray() || values.isEmpty()) {
      return false;
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode v : values) {
      if (!v.isTextual() || !seen.add(v.asText())) {
        return false;
      }
    }
    return true;
  }

  private TypeRef enumType(JsonSchema s, Site site, String path, String hint, String enclosing) {
    String shape = "enum:" + Canonical.of(s.get("enum"));
    String description = s.description();
    noteItemDoc(shape, site, description);
    String doc = docOf(shape, site, description);
    TypeRef before = madeBefore(shape, site, description, doc);
    if (before != null) {
      return before;
    }
    if (doc != null && !Javadoc.roundTrips(doc)) {
      problems.notExpressible(
          path + ".description",
          "the description cannot be written as the enum's Javadoc"
              + " (generate crd reads an enum's description only from it)");
    }
    String name = names.className(hint, enclosing);
    byShape.computeIfAbsent(shape, k -> new ArrayList<>()).add(new Made(name, doc));
    List<Constant> constants = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (JsonNode v : s.enumValues()) {
      String constant = Names.constantName(v.asText());
      for (int i = 2; !used.add(constant); i++) {
        constant = Names.constantName(v.asText()) + "_" + i;
      }
      constants.add(new Constant(constant, v.asText()));
    }
    types.put(name, new EnumClass(name, Javadoc.of(doc), constants));
    return TypeRef.of(name);
  }

  private void forbidden(JsonSchema s, String path) {
    for (Map.Entry<String, String> f : Keywords.FORBIDDEN.entrySet()) {
      if (s.has(f.getKey())) {
        problems.forbidden(path + "." + f.getKey(), f.getValue());
      }
    }
  }

  private static String simple(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static JsonNode intOrStringAnyOf() {
    return TypeSchemas.schemaOf(INT_OR_STRING).get("anyOf");
  }

  private static String quantityPattern() {
    return TypeSchemas.schemaOf(QUANTITY).pattern();
  }
}
