package dev.opboot.generate.schema;

/**
 * What an annotation rule acts on: the schema being built, the property it belongs to (when the
 * annotation is on a property), the resource whose CRD is being assembled, and the JSON path of the
 * value from the resource's root ({@code .spec.replicas}).
 */
public final class Subject {
  private JsonSchema schema;
  private final PropertyFacts property;
  private final ResourceFacts resource;
  private final String jsonPath;
  private final ClassFacts classFacts;

  Subject(
      JsonSchema schema,
      PropertyFacts property,
      ResourceFacts resource,
      String jsonPath,
      ClassFacts classFacts) {
    this.schema = schema;
    this.property = property;
    this.resource = resource;
    this.jsonPath = jsonPath;
    this.classFacts = classFacts;
  }

  /**
   * Builds the schema of another type, for annotations that substitute one ({@code @SchemaFrom}).
   */
  @FunctionalInterface
  public interface TypeSchemas {
    JsonSchema schemaOf(javax.lang.model.type.TypeMirror type)
        throws dev.opboot.generate.problem.GeneratorException;
  }

  private TypeSchemas typeSchemas;

  Subject withTypeSchemas(TypeSchemas typeSchemas) {
    this.typeSchemas = typeSchemas;
    return this;
  }

  /** The schema of {@code type} at this subject's place. */
  public JsonSchema schemaOf(javax.lang.model.type.TypeMirror type)
      throws dev.opboot.generate.problem.GeneratorException {
    if (typeSchemas == null) {
      throw new IllegalStateException("no type schemas here");
    }
    return typeSchemas.schemaOf(type);
  }

  /**
   * What merging Jackson subtypes needs of the builder: where a subtype declares a property, and
   * where warnings go.
   */
  public interface SubtypeSources {
    /** Where {@code type} declares the property {@code jsonName}, or the class without it. */
    dev.opboot.generate.problem.SourceLocation propertyLocation(
        javax.lang.model.type.TypeMirror type, String jsonName);

    void warn(dev.opboot.generate.problem.SourceLocation location, String message);
  }

  private SubtypeSources subtypeSources;

  private javax.lang.model.type.TypeMirror valueType;

  Subject withValueType(javax.lang.model.type.TypeMirror valueType) {
    this.valueType = valueType;
    return this;
  }

  /** The Java type of the property's value, or null on a class or where unknown. */
  public javax.lang.model.type.TypeMirror valueType() {
    return valueType;
  }

  Subject withSubtypeSources(SubtypeSources subtypeSources) {
    this.subtypeSources = subtypeSources;
    return this;
  }

  /** The builder's sources for merging subtypes. */
  public SubtypeSources subtypeSources() {
    if (subtypeSources == null) {
      throw new IllegalStateException("no subtype sources here");
    }
    return subtypeSources;
  }

  /** Facts about the class whose schema is built; {@code null} for a property. */
  public ClassFacts classFacts() {
    return classFacts;
  }

  public JsonSchema schema() {
    return schema;
  }

  /** Replaces the schema, for annotations that change its shape (int-or-string, schemaless). */
  public void replaceSchema(JsonSchema replacement) {
    this.schema = replacement;
  }

  /** The property's facts; {@code null} for an annotation on a class or package. */
  public PropertyFacts property() {
    return property;
  }

  public ResourceFacts resource() {
    return resource;
  }

  public String jsonPath() {
    return jsonPath;
  }
}
