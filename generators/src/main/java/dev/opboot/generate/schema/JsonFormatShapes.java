package dev.opboot.generate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @JsonFormat(shape = ...)}: the JSON type Jackson writes instead of the type's usual one.
 * An enum as {@code NUMBER} is its index, as {@code OBJECT} its bean properties; a date-time as
 * {@code NUMBER} a (possibly fractional) epoch timestamp; a number or boolean as {@code STRING} a
 * string. On a list the shape is its elements', as Jackson passes a property's format to them.
 * Other shapes ({@code ANY}, {@code NATURAL}, {@code SCALAR}) change nothing.
 */
final class JsonFormatShapes {
  private JsonFormatShapes() {}

  static void apply(AnnotationValues a, Subject s) {
    String shape = a.enumConstant("shape");
    if (shape != null) {
      s.replaceSchema(reshape(s.schema(), shape));
    }
  }

  private static JsonSchema reshape(JsonSchema schema, String shape) {
    if ("array".equals(schema.type()) && schema.items() != null) {
      return schema.items(reshape(schema.items(), shape));
    }
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
          // java.util.Date writes epoch milliseconds, java.time types decimal epoch seconds
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
}
