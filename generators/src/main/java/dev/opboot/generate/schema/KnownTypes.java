package dev.opboot.generate.schema;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Types whose schema is fixed rather than read from their members: Java's value types and the
 * Kubernetes types that serialize as something other than their fields (Quantity is a string or a
 * number, Time is a date-time string, ObjectMeta is validated by the API server itself). Each entry
 * is the schema controller-gen gives the Go type that the Java type stands for by default; an
 * ObjectMeta below the root is {@link EmbeddedObjectMeta} unless {@code --bare-object-meta}.
 */
final class KnownTypes {
  /** Kubernetes' pattern for quantities, as controller-gen emits it. */
  static final String QUANTITY_PATTERN =
      "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$";

  private static final Map<String, Supplier<JsonSchema>> TABLE =
      Map.ofEntries(
          Map.entry("java.lang.String", () -> Schemas.of("string")),
          Map.entry("java.lang.Character", () -> Schemas.of("string")),
          Map.entry("java.lang.Boolean", () -> Schemas.of("boolean")),
          Map.entry("java.lang.Byte", () -> Schemas.of("integer", "int32")),
          Map.entry("java.lang.Short", () -> Schemas.of("integer", "int32")),
          Map.entry("java.lang.Integer", () -> Schemas.of("integer", "int32")),
          Map.entry("java.lang.Long", () -> Schemas.of("integer", "int64")),
          Map.entry("java.lang.Float", () -> Schemas.of("number")),
          Map.entry("java.lang.Double", () -> Schemas.of("number")),
          Map.entry("java.math.BigInteger", () -> Schemas.of("integer")),
          Map.entry("java.math.BigDecimal", () -> Schemas.of("number")),
          Map.entry("java.util.UUID", () -> Schemas.of("string", "uuid")),
          Map.entry("java.net.URI", () -> Schemas.of("string", "uri")),
          Map.entry("java.net.URL", () -> Schemas.of("string", "uri")),
          Map.entry("java.time.Instant", () -> Schemas.of("string", "date-time")),
          Map.entry("java.time.OffsetDateTime", () -> Schemas.of("string", "date-time")),
          Map.entry("java.time.ZonedDateTime", () -> Schemas.of("string", "date-time")),
          Map.entry("java.util.Date", () -> Schemas.of("string", "date-time")),
          Map.entry("java.time.LocalDate", () -> Schemas.of("string", "date")),
          Map.entry("java.time.LocalDateTime", () -> Schemas.of("string")),
          Map.entry("java.time.LocalTime", () -> Schemas.of("string")),
          Map.entry("java.time.Duration", () -> Schemas.of("string")),
          // what jackson-datatype-jsr310 writes with fabric8's WRITE_DATES_AS_TIMESTAMPS off
          Map.entry("java.time.Year", () -> Schemas.of("string")),
          Map.entry("java.time.YearMonth", () -> Schemas.of("string")),
          Map.entry("java.time.MonthDay", () -> Schemas.of("string")),
          Map.entry("java.time.OffsetTime", () -> Schemas.of("string")),
          Map.entry("java.time.Period", () -> Schemas.of("string")),
          Map.entry("java.time.ZoneId", () -> Schemas.of("string")),
          Map.entry("java.time.ZoneOffset", () -> Schemas.of("string")),
          Map.entry("java.util.Calendar", () -> Schemas.of("string", "date-time")),
          Map.entry("io.fabric8.kubernetes.api.model.Duration", () -> Schemas.of("string")),
          Map.entry(
              "io.fabric8.kubernetes.api.model.MicroTime", () -> Schemas.of("string", "date-time")),
          Map.entry(
              "io.fabric8.kubernetes.api.model.Time", () -> Schemas.of("string", "date-time")),
          Map.entry("io.fabric8.kubernetes.api.model.Quantity", KnownTypes::quantity),
          Map.entry("io.fabric8.kubernetes.api.model.IntOrString", Schemas::intOrString),
          Map.entry("io.fabric8.kubernetes.api.model.ObjectMeta", () -> Schemas.of("object")),
          Map.entry(
              "io.fabric8.kubernetes.api.model.runtime.RawExtension", KnownTypes::preservedObject),
          Map.entry("io.fabric8.kubernetes.api.model.HasMetadata", KnownTypes::embeddedResource),
          Map.entry(
              "io.fabric8.kubernetes.api.model.GenericKubernetesResource",
              KnownTypes::embeddedResource),
          Map.entry(
              "io.fabric8.kubernetes.api.model.KubernetesResource", KnownTypes::embeddedResource),
          Map.entry("com.fasterxml.jackson.databind.JsonNode", Schemas::preserveUnknown),
          Map.entry("com.fasterxml.jackson.databind.node.ObjectNode", KnownTypes::preservedObject),
          Map.entry(
              "com.fasterxml.jackson.databind.node.ArrayNode",
              () -> Schemas.of("array").items(Schemas.preserveUnknown())));

  /** Packages whose classes carry Jackson any-getters only as a serialization detail. */
  private static final Set<String> MODEL_PACKAGE_PREFIXES =
      Set.of("io.fabric8.kubernetes.api.model");

  private KnownTypes() {}

  /** The fixed schema of a type, by its qualified name, or {@code null} when it is walked. */
  static JsonSchema schemaOf(String qualifiedName) {
    Supplier<JsonSchema> supplier = TABLE.get(qualifiedName);
    return supplier == null ? null : supplier.get();
  }

  /**
   * Whether a class's {@code @JsonAnyGetter} is a serialization detail rather than an open schema:
   * fabric8's model classes all keep unknown fields that way, but Kubernetes does not accept them.
   */
  static boolean anyPropertiesAreInternal(String qualifiedName) {
    return MODEL_PACKAGE_PREFIXES.stream().anyMatch(qualifiedName::startsWith);
  }

  private static JsonSchema quantity() {
    return Schemas.intOrString().pattern(QUANTITY_PATTERN);
  }

  private static JsonSchema preservedObject() {
    return Schemas.of("object").preserveUnknownFields(true);
  }

  private static JsonSchema embeddedResource() {
    return Schemas.of("object").embeddedResource(true).preserveUnknownFields(true);
  }
}
