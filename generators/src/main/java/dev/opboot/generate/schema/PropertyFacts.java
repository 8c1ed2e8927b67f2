package dev.opboot.generate.schema;

/**
 * What annotations say about a property apart from its schema: its JSON name, whether it is left
 * out, required, inlined, and a description that replaces the doc comment.
 */
public final class PropertyFacts {
  String jsonName;
  boolean ignored;
  boolean required;
  boolean optional;
  boolean unwrapped;

  /** What {@code @JsonUnwrapped(prefix, suffix)} adds around each inlined property's name. */
  String unwrapPrefix = "";

  String unwrapSuffix = "";

  boolean anyProperties;
  boolean relaxRequired;
  String description;

  PropertyFacts(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  public boolean required() {
    return required && !optional;
  }
}
