package dev.opboot.generate.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.generate.problem.GeneratorException;

/** JSON values written inside annotations (examples, defaults of objects and lists). */
final class Json {
  private Json() {}

  /** The value of {@code text}, numbers normalised as in every schema. */
  static JsonNode parse(AnnotationValues a, String text) throws GeneratorException {
    try {
      return SchemaNodes.MAPPER.readValue(
          text, JsonNode.class); // unlike readTree, refuses empty text
    } catch (JsonProcessingException e) {
      throw AnnotationRegistry.fail(
          a,
          "holds '"
              + text
              + "', which is not JSON ("
              + e.getOriginalMessage().lines().findFirst().orElse("")
              + "); write strings with quotes,"
              + " for example \\\"value\\\"");
    }
  }
}
