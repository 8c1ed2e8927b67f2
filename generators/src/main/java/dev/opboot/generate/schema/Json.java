package dev.opboot.generate.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opboot.generate.GeneratorException;

/** JSON values written inside annotations (examples, defaults of objects and lists). */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {}

  /** The value of {@code text} as plain Java: Map, List, String, Number, Boolean. */
  static Object parse(AnnotationValues a, String text) throws GeneratorException {
    try {
      return MAPPER.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw AnnotationRegistry.fail(a, "holds '" + text + "', which is not JSON ("
          + e.getOriginalMessage().lines().findFirst().orElse("") + "); write strings with quotes,"
          + " for example \\\"value\\\"");
    }
  }
}
