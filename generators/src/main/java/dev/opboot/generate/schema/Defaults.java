package dev.opboot.generate.schema;

import dev.opboot.generate.GeneratorException;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Reads a value written as text in an annotation ({@code @Default("3")}, {@code @Enum({"a","b"})})
 * as the type of the schema it belongs to, and refuses one that does not fit: the API server would
 * reject the CRD, or worse, every object.
 */
final class Defaults {
  private Defaults() {}

  static Object parse(AnnotationValues a, String raw, Schema<?> schema) throws GeneratorException {
    Object value = convert(a, raw, schema);
    List<?> allowed = schema.getEnum();
    if (allowed != null && !allowed.isEmpty() && !allowed.contains(value)) {
      throw AnnotationRegistry.fail(a, "gives '" + raw + "', which is not one of the allowed values " + allowed);
    }
    return value;
  }

  private static Object convert(AnnotationValues a, String raw, Schema<?> schema) throws GeneratorException {
    if (Schemas.isIntOrString(schema)) {
      try {
        return new BigInteger(raw.strip());
      } catch (NumberFormatException e) {
        return raw;
      }
    }
    String type = schema.getType();
    if (type == null) {
      return Json.parse(a, raw);
    }
    switch (type) {
      case "string":
        return raw;
      case "integer":
        try {
          return new BigInteger(raw.strip());
        } catch (NumberFormatException e) {
          throw AnnotationRegistry.fail(a, "gives '" + raw + "', which is not an integer");
        }
      case "number":
        try {
          return Schemas.decimal(new BigDecimal(raw.strip()));
        } catch (NumberFormatException e) {
          throw AnnotationRegistry.fail(a, "gives '" + raw + "', which is not a number");
        }
      case "boolean":
        if (raw.strip().equals("true") || raw.strip().equals("false")) {
          return Boolean.valueOf(raw.strip());
        }
        throw AnnotationRegistry.fail(a, "gives '" + raw + "', which is not true or false");
      case "array": {
        Object value = Json.parse(a, raw);
        if (!(value instanceof List)) {
          throw AnnotationRegistry.fail(a, "gives '" + raw + "', which is not a JSON list");
        }
        return value;
      }
      case "object": {
        Object value = Json.parse(a, raw);
        if (!(value instanceof Map)) {
          throw AnnotationRegistry.fail(a, "gives '" + raw + "', which is not a JSON object");
        }
        return value;
      }
      default:
        return raw;
    }
  }
}
