package dev.opboot.testdata;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Makes an instance of a class with every property set, as Jackson reads it: a JSON tree is built
 * from Jackson's own deserialisation view of the class (setters, fields, {@code @JsonCreator} and
 * record constructors, builders, {@code @JsonAnySetter}, {@code @JsonUnwrapped}, the first subtype
 * of a {@code @JsonTypeInfo} base), then read into the class by the same mapper. Lists get one
 * element, maps one entry; a class already being filled, or one deeper than {@link #MAX_DEPTH}, is
 * left out, so that recursive types end.
 */
final class JacksonFiller {
  private static final int MAX_DEPTH = 14;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String MODEL = "io.fabric8.kubernetes.api.model.";

  /** Sample JSON values tried, in order, for a value type that is no bean (java.*, Quantity…). */
  private static final List<JsonNode> SCALARS =
      List.of(
          NODES.numberNode(1),
          NODES.booleanNode(true),
          TextNode.valueOf("2024-01-02T03:04:05Z"),
          TextNode.valueOf("PT1S"),
          TextNode.valueOf("00000000-0000-0000-0000-000000000001"),
          TextNode.valueOf("1s"),
          TextNode.valueOf("x"));

  /** A value of each date and time type, with a fraction of a second where it has one. */
  private static final java.util.Map<Class<?>, Object> TIME_SAMPLES =
      java.util.Map.ofEntries(
          java.util.Map.entry(java.time.LocalDate.class, java.time.LocalDate.of(2024, 1, 2)),
          java.util.Map.entry(
              java.time.LocalDateTime.class, java.time.LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6)),
          java.util.Map.entry(java.time.LocalTime.class, java.time.LocalTime.of(3, 4, 5, 6)),
          java.util.Map.entry(
              java.time.Instant.class, java.time.Instant.parse("2024-01-02T03:04:05.5Z")),
          java.util.Map.entry(
              java.time.OffsetDateTime.class,
              java.time.OffsetDateTime.parse("2024-01-02T03:04:05.5+01:00")),
          java.util.Map.entry(
              java.time.ZonedDateTime.class,
              java.time.ZonedDateTime.parse("2024-01-02T03:04:05.5+01:00[Europe/Paris]")),
          java.util.Map.entry(java.util.Date.class, new java.util.Date(1704164645500L)),
          java.util.Map.entry(java.time.Duration.class, java.time.Duration.ofSeconds(61, 5)),
          java.util.Map.entry(java.time.Year.class, java.time.Year.of(2024)),
          java.util.Map.entry(java.time.YearMonth.class, java.time.YearMonth.of(2024, 1)),
          java.util.Map.entry(java.time.MonthDay.class, java.time.MonthDay.of(1, 2)),
          java.util.Map.entry(
              java.time.OffsetTime.class, java.time.OffsetTime.parse("03:04:05+01:00")));

  private final ObjectMapper mapper;
  private final DeserializationConfig config;
  private final Deque<Class<?>> filling = new ArrayDeque<>();

  JacksonFiller(ObjectMapper mapper) {
    this.mapper = mapper;
    this.config = mapper.getDeserializationConfig();
  }

  /**
   * An instance of {@code type} with every property Jackson reads set, but those at {@code leftOut}
   * (JSON pointers): values that a getter parses, which a sample cannot fake.
   */
  <T> T instance(Class<T> type, List<String> leftOut) throws Exception {
    JsonNode tree = value(mapper.constructType(type));
    for (String pointer : leftOut) {
      JsonPointer at = JsonPointer.compile(pointer);
      JsonNode parent = tree.at(at.head());
      if (parent instanceof ObjectNode object) {
        object.remove(at.last().getMatchingProperty()); // where the resource has it
      }
    }
    return mapper.treeToValue(tree, type);
  }

  /** The JSON Jackson reads into a value of {@code type}, or null to leave it out. */
  JsonNode value(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (type.isReferenceType()) {
      return value(type.getReferencedType());
    }
    if (JsonNode.class.isAssignableFrom(raw)) {
      return ArrayNode.class.isAssignableFrom(raw)
          ? NODES.arrayNode().add("x")
          : NODES.objectNode().put("anyKey", "x");
    }
    if (raw == byte[].class) {
      return TextNode.valueOf("eA==");
    }
    if (type.isMapLikeType()) {
      JsonNode content = value(type.getContentType());
      return content == null
          ? NODES.objectNode()
          : NODES.objectNode().set(key(type.getKeyType()), content);
    }
    if (type.isContainerType()) {
      JsonNode content = value(type.getContentType());
      return content == null ? NODES.arrayNode() : NODES.arrayNode().add(content);
    }
    if (raw.isEnum()) {
      return mapper.valueToTree(raw.getEnumConstants()[0]);
    }
    if (raw == Object.class) {
      return TextNode.valueOf("x");
    }
    if (raw.getName().equals(MODEL + "ObjectMeta")) {
      // below the root, the embedded ObjectMeta of controller-gen's generateEmbeddedObjectMeta
      ObjectNode meta = NODES.objectNode().put("name", "x").put("namespace", "x");
      meta.putObject("labels").put("k", "v");
      meta.putObject("annotations").put("k", "v");
      meta.putArray("finalizers").add("x");
      return meta;
    }
    if (raw == String.class) {
      return TextNode.valueOf("x");
    }
    if (raw.isPrimitive() || raw.getName().startsWith("java.") || hasScalarCreator(type)) {
      return scalar(type);
    }
    if (filling.contains(raw) || filling.size() >= MAX_DEPTH) {
      return null;
    }
    filling.push(raw);
    try {
      return bean(type);
    } finally {
      filling.pop();
    }
  }

  private JsonNode bean(JavaType type) {
    AnnotatedClass annotated = config.introspectClassAnnotations(type).getClassInfo();
    JsonTypeInfo typeInfo = annotated.getAnnotation(JsonTypeInfo.class);
    if (typeInfo != null && typeInfo.use() != JsonTypeInfo.Id.NONE) {
      return polymorphic(type, annotated, typeInfo);
    }
    if (type.isAbstract()) {
      return null;
    }
    BeanDescription bean = config.introspect(type);
    Class<?> builder = bean.findPOJOBuilder();
    if (builder != null) {
      bean = config.introspectForBuilder(mapper.constructType(builder), bean);
    }
    ObjectNode out = NODES.objectNode();
    AnnotationIntrospector introspector = config.getAnnotationIntrospector();
    for (BeanPropertyDefinition property : bean.findProperties()) {
      if (!property.couldDeserialize()) {
        continue;
      }
      AnnotatedMember member = property.getPrimaryMember();
      JsonNode value =
          member == null
              ? null
              : formatted(property.getPrimaryType(), introspector.findFormat(member));
      if (value == null) {
        value = value(property.getPrimaryType());
      }
      if (value == null) {
        continue;
      }
      NameTransformer unwrapping =
          member == null ? null : introspector.findUnwrappingNameTransformer(member);
      if (unwrapping != null && value.isObject()) {
        value.properties().forEach(f -> out.set(unwrapping.transform(f.getKey()), f.getValue()));
      } else {
        out.set(property.getName(), value);
      }
    }
    if (bean.findAnySetterAccessor() != null
        && !type.getRawClass().getName().startsWith("io.fabric8.")) {
      // fabric8's model keeps unknown fields in additionalProperties for lenient reading; the
      // Kubernetes schema of those types has no such fields, and op-boot's leaves them out too
      out.put("anyUnknownProperty", "x");
    }
    return out;
  }

  /** The first named subtype's JSON, with its type id where Jackson reads it from a property. */
  private JsonNode polymorphic(JavaType base, AnnotatedClass annotated, JsonTypeInfo typeInfo) {
    for (NamedType subtype :
        mapper.getSubtypeResolver().collectAndResolveSubtypesByClass(config, annotated)) {
      Class<?> sub = subtype.getType();
      if (sub.isInterface() || java.lang.reflect.Modifier.isAbstract(sub.getModifiers())) {
        continue;
      }
      JavaType subType = config.getTypeFactory().constructSpecializedType(base, sub);
      BeanDescription bean = config.introspect(subType);
      ObjectNode fields = NODES.objectNode();
      for (BeanPropertyDefinition property : bean.findProperties()) {
        JsonNode value = property.couldDeserialize() ? value(property.getPrimaryType()) : null;
        if (value != null) {
          fields.set(property.getName(), value);
        }
      }
      String id =
          typeInfo.use() == JsonTypeInfo.Id.NAME && subtype.hasName()
              ? subtype.getName()
              : sub.getName();
      String idProperty =
          typeInfo.property().isEmpty()
              ? typeInfo.use().getDefaultPropertyName()
              : typeInfo.property();
      if (typeInfo.include() == JsonTypeInfo.As.PROPERTY
          || typeInfo.include() == JsonTypeInfo.As.EXISTING_PROPERTY) {
        fields.put(idProperty, id);
        return fields;
      }
      if (typeInfo.include() == JsonTypeInfo.As.WRAPPER_OBJECT) {
        return NODES.objectNode().set(id, fields);
      }
      return NODES.arrayNode().add(id).add(fields);
    }
    return null;
  }

  /**
   * A date or time value as Jackson writes it under the property's {@code @JsonFormat} (a pattern,
   * or a shape such as a number or an array), which then reads back under the same format: a sample
   * value written by a copy of the mapper with that format for its type; through lists, maps and
   * references, whose content Jackson formats. Null for other types or no format.
   */
  private JsonNode formatted(JavaType type, JsonFormat.Value format) {
    if (format == null || (!format.hasShape() && !format.hasPattern())) {
      return null;
    }
    if (type.isReferenceType()) {
      return formatted(type.getReferencedType(), format);
    }
    if (type.isMapLikeType()) {
      JsonNode content = formatted(type.getContentType(), format);
      return content == null ? null : NODES.objectNode().set(key(type.getKeyType()), content);
    }
    if (type.isContainerType()) {
      JsonNode content = formatted(type.getContentType(), format);
      return content == null ? null : NODES.arrayNode().add(content);
    }
    Object sample = TIME_SAMPLES.get(type.getRawClass());
    if (sample == null) {
      return null;
    }
    ObjectMapper formatting = mapper.copy();
    formatting.configOverride(type.getRawClass()).setFormat(format);
    return formatting.valueToTree(sample);
  }

  /** A map key of {@code keyType} as Jackson writes it. */
  private String key(JavaType keyType) {
    Class<?> raw = keyType.getRawClass();
    if (raw.isEnum()) {
      return mapper.valueToTree(raw.getEnumConstants()[0]).asText();
    }
    if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
      return "1";
    }
    if (raw == java.util.UUID.class) {
      return "00000000-0000-0000-0000-000000000001";
    }
    return "key";
  }

  /** The first sample JSON value Jackson reads into {@code type}. */
  private JsonNode scalar(JavaType type) {
    for (JsonNode sample : SCALARS) {
      try {
        mapper.treeToValue(sample, type);
        return sample;
      } catch (Exception | LinkageError e) {
        // not this sample
      }
    }
    return null;
  }

  /** Types Jackson reads from one scalar (fabric8's Quantity and IntOrString, a String ctor…). */
  private boolean hasScalarCreator(JavaType type) {
    String name = type.getRawClass().getName();
    return name.equals(MODEL + "Quantity")
        || name.equals(MODEL + "IntOrString")
        || name.equals(MODEL + "Duration")
        || name.equals(MODEL + "Time")
        || name.equals(MODEL + "MicroTime");
  }
}
