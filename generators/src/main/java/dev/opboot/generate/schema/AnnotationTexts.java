package dev.opboot.generate.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON values as the text of an annotation ({@code @Default}, {@code @Enum}, {@code @Example}),
 * written so that generate crd reads back the same value: literally where it takes a string
 * literally (string-typed schemas), as JSON elsewhere.
 */
final class AnnotationTexts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AnnotationTexts() {}

  static String json(JsonNode value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String defaultText(JsonSchema schema) throws NotExpressible {
    return text(schema.defaultValue(), schema, "default");
  }

  static List<String> enumTexts(JsonSchema schema) throws NotExpressible {
    List<String> out = new ArrayList<>();
    for (JsonNode value : schema.enumValues()) {
      out.add(text(value, schema, "enum"));
    }
    return out;
  }

  /** The annotation text for {@code value}, as op-boot's Defaults reads it back for this schema. */
  private static String text(JsonNode value, JsonSchema schema, String keyword)
      throws NotExpressible {
    if (value.isNull()) {
      throw new NotExpressible(keyword + " null cannot be written in an annotation");
    }
    if (schema.intOrString()) {
      if (value.isIntegralNumber()) {
        return value.bigIntegerValue().toString();
      }
      if (value.isTextual() && !isInteger(value.asText())) {
        return value.asText();
      }
      throw new NotExpressible(
          keyword
              + " "
              + value
              + " on an int-or-string would be read back as "
              + (value.isTextual() ? "a number" : "something else"));
    }
    String type = schema.type();
    if (type == null || type.equals("array") || type.equals("object")) {
      return json(value);
    }
    boolean fits =
        switch (type) {
          case "string" -> value.isTextual();
          case "integer" -> value.isIntegralNumber();
          case "number" -> value.isNumber();
          case "boolean" -> value.isBoolean();
          default -> false;
        };
    if (!fits) {
      throw new NotExpressible(keyword + " " + value + " is not a value of type " + type);
    }
    return value.isTextual()
        ? value.asText()
        : value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
  }

  private static boolean isInteger(String text) {
    try {
      new BigInteger(text.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
