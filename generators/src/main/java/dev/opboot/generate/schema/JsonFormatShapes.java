package dev.opboot.generate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * {@code @JsonFormat}: the JSON Jackson writes instead of the type's usual one, as fabric8 7.5.2's
 * mapper (jackson-datatype-jsr310, {@code WRITE_DATES_AS_TIMESTAMPS} off) writes it, checked value
 * by value against it by the property-coverage test.
 *
 * <ul>
 *   <li>{@code shape}: an enum as {@code NUMBER} is its index, as {@code OBJECT} its bean
 *       properties; a number or boolean as {@code STRING} a string. Dates as a number or an array:
 *       {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime} and {@code Duration} a
 *       (possibly fractional) number of seconds, epoch milliseconds ({@code NUMBER_INT}) for the
 *       date-times; {@code Date} and {@code Calendar} epoch milliseconds; {@code Year} an integer;
 *       {@code LocalDate} an array {@code [y, m, d]} (its epoch day as {@code NUMBER_INT}); {@code
 *       LocalDateTime}, {@code LocalTime}, {@code YearMonth} and {@code MonthDay} arrays of
 *       integers, {@code OffsetTime} integers then its offset.
 *   <li>{@code pattern}: a date written by a pattern of the user's is no RFC 3339 {@code date} or
 *       {@code date-time} (which the API server checks), unless the pattern is RFC 3339's own: the
 *       {@code format} is dropped.
 * </ul>
 *
 * On a list the format is its elements', on a map its values', as Jackson passes a property's
 * format to the content. Other shapes ({@code ANY}, {@code NATURAL}, {@code SCALAR}) change
 * nothing.
 */
final class JsonFormatShapes {
  private static final Set<String> DATE_TIMES =
      Set.of("java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime");
  private static final Set<String> LEGACY_DATES = Set.of("java.util.Date", "java.util.Calendar");
  private static final Set<String> INTEGER_ARRAYS =
      Set.of(
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.LocalTime",
          "java.time.YearMonth",
          "java.time.MonthDay");

  /** Patterns that write RFC 3339 as the API server's {@code date} format reads it. */
  private static final Set<String> RFC3339_DATE = Set.of("yyyy-MM-dd", "uuuu-MM-dd");

  /** Patterns that write RFC 3339 as the API server's {@code date-time} format reads it. */
  private static final Set<String> RFC3339_DATE_TIME =
      Set.of(
          "yyyy-MM-dd'T'HH:mm:ssXXX",
          "yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
          "uuuu-MM-dd'T'HH:mm:ssXXX",
          "uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

  private static final Set<String> NUMBERS = Set.of("NUMBER", "NUMBER_INT", "NUMBER_FLOAT");

  private JsonFormatShapes() {}

  static void apply(AnnotationValues a, Subject s) {
    String shape = a.enumConstant("shape");
    String pattern = a.string("pattern");
    if (shape != null || (pattern != null && !pattern.isEmpty())) {
      s.replaceSchema(reshape(s.schema(), s.valueType(), shape, pattern));
    }
  }

  private static JsonSchema reshape(
      JsonSchema schema, TypeMirror type, String shape, String pattern) {
    if ("array".equals(schema.type()) && schema.items() != null) {
      return schema.items(reshape(schema.items(), contentType(type, false), shape, pattern));
    }
    if ("object".equals(schema.type()) && schema.additionalProperties() != null) {
      return schema.additionalProperties(
          reshape(schema.additionalProperties(), contentType(type, true), shape, pattern));
    }
    String javaType = qualifiedName(type);
    if (javaType != null && ("ARRAY".equals(shape) || NUMBERS.contains(shape))) {
      JsonSchema date = dateShape(javaType, shape);
      if (date != null) {
        if (schema.description() != null) {
          date.description(schema.description());
        }
        return date;
      }
    }
    return withPattern(shape == null ? schema : byShape(schema, shape), pattern);
  }

  /** A date written by {@code pattern}: no RFC 3339 format unless the pattern is RFC 3339's. */
  private static JsonSchema withPattern(JsonSchema schema, String pattern) {
    String format = schema.format();
    if (pattern == null
        || pattern.isEmpty()
        || !"string".equals(schema.type())
        || !("date".equals(format) || "date-time".equals(format))) {
      return schema;
    }
    boolean keeps =
        ("date".equals(format) && RFC3339_DATE.contains(pattern))
            || ("date-time".equals(format) && RFC3339_DATE_TIME.contains(pattern));
    return keeps ? schema : schema.copy().remove("format");
  }

  /** The schema of a date or time written as a number or an array, or null for other types. */
  private static JsonSchema dateShape(String javaType, String shape) {
    boolean asArray = "ARRAY".equals(shape);
    if (DATE_TIMES.contains(javaType) && !asArray) {
      return "NUMBER_INT".equals(shape) ? Schemas.of("integer", "int64") : Schemas.of("number");
    }
    if (LEGACY_DATES.contains(javaType) && !asArray) {
      return Schemas.of("integer", "int64");
    }
    if (javaType.equals("java.time.Duration") && !asArray) {
      return Schemas.of("number");
    }
    if (javaType.equals("java.time.Year") && !asArray) {
      return Schemas.of("integer", "int32");
    }
    if (javaType.equals("java.time.LocalDate") && "NUMBER_INT".equals(shape)) {
      return Schemas.of("integer", "int64"); // the epoch day
    }
    if (INTEGER_ARRAYS.contains(javaType)) {
      return Schemas.of("array").items(Schemas.of("integer", "int32"));
    }
    if (javaType.equals("java.time.OffsetTime")) {
      return Schemas.of("array").items(Schemas.intOrString()); // [h, m, s, "+01:00"]
    }
    return null;
  }

  private static JsonSchema byShape(JsonSchema schema, String shape) {
    boolean isEnum = schema.has("enum") && "string".equals(schema.type());
    boolean isDateTime = "string".equals(schema.type()) && "date-time".equals(schema.format());
    switch (shape) {
      case "NUMBER", "NUMBER_INT", "NUMBER_FLOAT" -> {
        if (isEnum) {
          List<JsonNode> indexes = new ArrayList<>();
          for (int i = 0; i < schema.enumValues().size(); i++) {
            indexes.add(IntNode.valueOf(i));
          }
          return schema.copy().remove("format").type("integer").enumValues(indexes);
        }
        if (isDateTime) {
          // a date-time type op-boot does not know by name: a number, as Jackson's own write
          return schema
              .copy()
              .remove("format")
              .type("NUMBER_INT".equals(shape) ? "integer" : "number");
        }
        return schema;
      }
      case "STRING" -> {
        if ("integer".equals(schema.type())
            || "number".equals(schema.type())
            || "boolean".equals(schema.type())) {
          JsonSchema string = schema.copy().remove("format").type("string");
          for (String bound :
              List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")) {
            string.remove(bound);
          }
          return string;
        }
        return schema;
      }
      case "OBJECT" -> {
        if (isEnum) {
          // Jackson writes the enum's getters; their values are the enum's own, kept as written
          JsonSchema object = Schemas.of("object").preserveUnknownFields(true);
          if (schema.description() != null) {
            object.description(schema.description());
          }
          return object;
        }
        return schema;
      }
      default -> {
        return schema;
      }
    }
  }

  /**
   * The type of a list's elements or a map's values ({@code map}), through {@code Optional}, as far
   * as the declared type arguments say; null when they do not.
   */
  private static TypeMirror contentType(TypeMirror type, boolean map) {
    if (type instanceof ArrayType array) {
      return array.getComponentType();
    }
    if (!(type instanceof DeclaredType declared)) {
      return null;
    }
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    if ("java.util.Optional".equals(qualifiedName(type)) && arguments.size() == 1) {
      return contentType(arguments.get(0), map);
    }
    if (arguments.isEmpty()) {
      return null;
    }
    return map ? arguments.get(arguments.size() - 1) : arguments.get(0);
  }

  /** The qualified name of a declared type (through {@code Optional}), or null. */
  private static String qualifiedName(TypeMirror type) {
    if (!(type instanceof DeclaredType declared)) {
      return null;
    }
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    if (name.equals("java.util.Optional") && declared.getTypeArguments().size() == 1) {
      return qualifiedName(declared.getTypeArguments().get(0));
    }
    return name;
  }
}
