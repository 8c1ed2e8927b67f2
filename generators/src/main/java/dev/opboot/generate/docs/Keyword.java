package dev.opboot.generate.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every schema keyword a CRD op-boot writes can hold, each defined once: the sentence the API
 * reference says of it, in words a user of the custom resource understands. Keywords the reference
 * shows in its own column or heading (type, description, properties, items, required, ...) are
 * {@link #SHOWN_ELSEWHERE}. A keyword not in this table still renders, raw ({@link #raw}), so a CRD
 * file from another tool never breaks the reference. Sentences use backticks for values; the
 * writers turn them into code.
 */
enum Keyword {
  MINIMUM("minimum", (v, s) -> atLeast(v, s.path("exclusiveMinimum").asBoolean(false))),
  EXCLUSIVE_MINIMUM("exclusiveMinimum", (v, s) -> null),
  MAXIMUM("maximum", (v, s) -> atMost(v, s.path("exclusiveMaximum").asBoolean(false))),
  EXCLUSIVE_MAXIMUM("exclusiveMaximum", (v, s) -> null),
  MULTIPLE_OF("multipleOf", v -> "A multiple of `" + v + "`."),
  MIN_LENGTH("minLength", v -> "At least " + count(v, "character") + " long."),
  MAX_LENGTH("maxLength", v -> "At most " + count(v, "character") + " long."),
  PATTERN("pattern", v -> "Matches the regular expression `" + v.asText() + "`."),
  FORMAT("format", Keyword::format),
  ENUM("enum", v -> "One of " + list(v) + "."),
  MIN_ITEMS("minItems", v -> "At least " + count(v, "item") + "."),
  MAX_ITEMS("maxItems", v -> "At most " + count(v, "item") + "."),
  UNIQUE_ITEMS("uniqueItems", v -> v.asBoolean() ? "Items are unique." : null),
  MIN_PROPERTIES("minProperties", v -> "At least " + count(v, "entry", "entries") + "."),
  MAX_PROPERTIES("maxProperties", v -> "At most " + count(v, "entry", "entries") + "."),
  NULLABLE("nullable", v -> v.asBoolean() ? "May be `null`." : null),
  DEFAULT("default", v -> "Defaults to `" + v + "` when left out."),
  LIST_TYPE("x-kubernetes-list-type", Keyword::listType),
  LIST_MAP_KEYS("x-kubernetes-list-map-keys", (v, s) -> null),
  MAP_TYPE(
      "x-kubernetes-map-type",
      v ->
          v.asText().equals("atomic")
              ? "Replaced as a whole on apply (an atomic map)."
              : "Merged entry by entry on apply (a granular map)."),
  PRESERVE_UNKNOWN_FIELDS(
      "x-kubernetes-preserve-unknown-fields",
      v -> v.asBoolean() ? "Fields not listed here are kept as given." : null),
  EMBEDDED_RESOURCE(
      "x-kubernetes-embedded-resource",
      v ->
          v.asBoolean()
              ? "A whole Kubernetes object, with `apiVersion`, `kind` and `metadata`."
              : null),
  INT_OR_STRING(
      "x-kubernetes-int-or-string",
      v -> v.asBoolean() ? "An integer or a string (such as `80` or `\"http\"`)." : null),
  VALIDATIONS("x-kubernetes-validations", (v, s) -> null),
  ANY_OF(
      "anyOf",
      (v, s) ->
          s.path("x-kubernetes-int-or-string").asBoolean(false)
              ? null
              : "Matches at least one of `" + v + "`."),
  ONE_OF("oneOf", v -> "Matches exactly one of `" + v + "`."),
  ALL_OF("allOf", v -> "Matches all of `" + v + "`."),
  NOT("not", v -> "Does not match `" + v + "`.");

  /**
   * Keywords the reference shows elsewhere: in the field's type or description, as its own section,
   * or in the required column.
   */
  static final java.util.Set<String> SHOWN_ELSEWHERE =
      java.util.Set.of(
          "type",
          "description",
          "properties",
          "items",
          "additionalProperties",
          "required",
          "title",
          "$schema",
          "example",
          "externalDocs");

  private static final Map<String, Keyword> BY_NAME =
      Arrays.stream(values()).collect(Collectors.toMap(k -> k.name, Function.identity()));

  private final String name;
  private final BiFunction<JsonNode, JsonNode, String> sentence;

  Keyword(String name, BiFunction<JsonNode, JsonNode, String> sentence) {
    this.name = name;
    this.sentence = sentence;
  }

  Keyword(String name, Function<JsonNode, String> sentence) {
    this(name, (value, schema) -> sentence.apply(value));
  }

  /** The keyword as it is spelt in a schema. */
  String keyword() {
    return name;
  }

  /** The keyword spelt {@code name}, if the table has it. */
  static Optional<Keyword> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /**
   * What {@code value} of this keyword in {@code schema} means, or null when it adds nothing (a
   * {@code false} switch, or a keyword another one's sentence covers).
   */
  String sentence(JsonNode value, JsonNode schema) {
    return sentence.apply(value, schema);
  }

  /** A keyword the table lacks: shown as it is written. */
  static String raw(String keyword, JsonNode value) {
    return "`" + keyword + "`: `" + value + "`.";
  }

  private static String atLeast(JsonNode value, boolean exclusive) {
    return (exclusive ? "Greater than `" : "At least `") + value.asText() + "`.";
  }

  private static String atMost(JsonNode value, boolean exclusive) {
    return (exclusive ? "Less than `" : "At most `") + value.asText() + "`.";
  }

  private static String count(JsonNode value, String noun) {
    return count(value, noun, noun + "s");
  }

  private static String count(JsonNode value, String one, String many) {
    return value.asLong() + " " + (value.asLong() == 1 ? one : many);
  }

  private static String list(JsonNode values) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        text.append(i == values.size() - 1 ? " or " : ", ");
      }
      JsonNode value = values.get(i);
      text.append('`').append(value.isTextual() ? value.asText() : value.toString()).append('`');
    }
    return text.toString();
  }

  private static String format(JsonNode value) {
    String format = value.asText();
    return switch (format) {
      case "date-time" -> "A date and time in RFC 3339 form, such as `2024-05-01T12:00:00Z`.";
      case "date" -> "A date in RFC 3339 form, such as `2024-05-01`.";
      case "duration" -> "A duration, such as `1h30m` or `45s`.";
      case "int32" -> "A 32-bit integer.";
      case "int64" -> "A 64-bit integer.";
      case "float", "double" -> "A " + format + " number.";
      case "byte" -> "Base64-encoded bytes.";
      case "uuid" -> "A UUID, such as `123e4567-e89b-12d3-a456-426614174000`.";
      case "email" -> "An email address.";
      case "hostname" -> "A DNS host name.";
      case "ipv4" -> "An IPv4 address.";
      case "ipv6" -> "An IPv6 address.";
      case "cidr" -> "A CIDR block, such as `10.0.0.0/16`.";
      case "uri" -> "A URI.";
      case "password" -> "A secret value (shown masked by tools).";
      case "int-or-string" -> "An integer or a string.";
      default -> "In the format `" + format + "`.";
    };
  }

  private static String listType(JsonNode value, JsonNode schema) {
    return switch (value.asText()) {
      case "atomic" -> "Replaced as a whole on apply (an atomic list).";
      case "set" -> "A set: items are unique and merged on apply.";
      case "map" -> {
        JsonNode keys = schema.path("x-kubernetes-list-map-keys");
        yield "A map keyed by "
            + (keys.isArray() && !keys.isEmpty() ? list(keys) : "its keys")
            + ": items with the same key are merged on apply, and the key is unique.";
      }
      default -> raw("x-kubernetes-list-type", value);
    };
  }
}
