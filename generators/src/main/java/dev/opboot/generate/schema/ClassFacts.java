package dev.opboot.generate.schema;

/** What annotations on a class or its package say about the class's properties as a whole. */
public final class ClassFacts {
  private Boolean requiredByDefault;
  private Polymorphism.TypeId typeId;

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
}
