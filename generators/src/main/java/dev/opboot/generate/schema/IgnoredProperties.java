package dev.opboot.generate.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code @JsonIgnoreProperties({"a", "b"})}: on a class, those of its properties are left out; on a
 * property, those of its value's (or its elements' and map values') properties. With {@code
 * allowGetters} or {@code allowSetters} Jackson still writes or reads them, so they stay. {@code
 * ignoreUnknown} only makes Jackson's reading lenient and changes no schema.
 */
final class IgnoredProperties {
  private IgnoredProperties() {}

  /** The names a {@code @JsonIgnoreProperties} leaves out of the schema. */
  static List<String> names(AnnotationValues a) {
    if (a.bool("allowGetters") || a.bool("allowSetters")) {
      return List.of();
    }
    return a.strings("value");
  }

  /** On a class: remembered, and applied as its properties are named. */
  static void onClass(AnnotationValues a, Subject s) {
    s.classFacts().ignore(names(a));
  }

  /** On a property: its value's schema without those properties. */
  static void onProperty(AnnotationValues a, Subject s) {
    List<String> names = names(a);
    if (!names.isEmpty()) {
      s.replaceSchema(without(s.schema(), names));
    }
  }

  private static JsonSchema without(JsonSchema schema, List<String> names) {
    if ("array".equals(schema.type()) && schema.items() != null) {
      return schema.copy().items(without(schema.items(), names));
    }
    if (schema.additionalProperties() != null && !schema.has("properties")) {
      return schema.copy().additionalProperties(without(schema.additionalProperties(), names));
    }
    if (!schema.has("properties")) {
      return schema;
    }
    JsonSchema copy = schema.copy();
    Map<String, JsonSchema> kept = new LinkedHashMap<>(copy.properties());
    kept.keySet().removeAll(names);
    List<String> required = new ArrayList<>(copy.required());
    required.removeAll(names);
    copy.properties(kept);
    copy.required(required);
    return copy;
  }
}
