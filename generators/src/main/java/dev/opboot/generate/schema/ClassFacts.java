package dev.opboot.generate.schema;

/** What annotations on a class or its package say about the class's properties as a whole. */
public final class ClassFacts {
  private Boolean requiredByDefault;
  private Polymorphism.TypeId typeId;
  private final java.util.Set<String> ignored = new java.util.TreeSet<>();

  /** Whether properties are required unless marked optional; {@code null} when nothing says. */
  public Boolean requiredByDefault() {
    return requiredByDefault;
  }

  void requiredByDefault(boolean value) {
    requiredByDefault = value;
  }

  /** Where {@code @JsonTypeInfo} puts the type id; {@code null} when the class has none. */
  Polymorphism.TypeId typeId() {
    return typeId;
  }

  void typeId(Polymorphism.TypeId value) {
    typeId = value;
  }

  /**
   * Whether {@code @JsonIgnoreProperties} on the class leaves out the property {@code jsonName}.
   */
  boolean ignores(String jsonName) {
    return ignored.contains(jsonName);
  }

  void ignore(java.util.Collection<String> jsonNames) {
    ignored.addAll(jsonNames);
  }
}
