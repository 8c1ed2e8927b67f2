package dev.opboot.generate.importer;

import dev.opboot.generate.schema.JavaAnnotation;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java types an import produces, before they become source text: small enough to compare in
 * tests and to de-duplicate, and free of any one code writer's API.
 */
public final class JavaModel {
  private JavaModel() {}

  /** A top-level type of the imported package. */
  public sealed interface Type permits ObjectClass, EnumClass, ResourceClass {
    String name();
  }

  /**
   * A class whose properties are fields with getters and setters.
   *
   * @param doc the class's Javadoc, or null
   * @param annotations class-level annotations, in the order generate crd applies them
   */
  public record ObjectClass(
      String name, Doc doc, List<JavaAnnotation> annotations, List<Field> fields) implements Type {}

  /** A Java enum; each constant names its JSON value when that is not a Java identifier. */
  public record EnumClass(String name, Doc doc, List<Constant> constants) implements Type {}

  /** One enum constant: its Java name and the JSON string it stands for. */
  public record Constant(String javaName, String jsonValue) {}

  /**
   * The custom resource class: {@code CustomResource<spec, status>}.
   *
   * @param spec the spec class, or null for {@code Void}
   * @param status the status class, or null for {@code Void}
   * @param namespaced whether it implements {@code Namespaced}
   * @param fields properties of the resource beside spec and status (rare)
   * @param requiredRoots spec and/or status when the CRD requires them at the root
   */
  public record ResourceClass(
      String name,
      Doc doc,
      List<JavaAnnotation> annotations,
      String spec,
      String status,
      boolean namespaced,
      List<Field> fields,
      List<String> requiredRoots)
      implements Type {}

  /**
   * A property.
   *
   * @param jsonName the property's name in JSON
   * @param javaName the field's name (different from jsonName only when jsonName is not a safe
   *     name)
   * @param annotations field annotations in the order generate crd applies them
   */
  public record Field(
      String jsonName, String javaName, TypeRef type, Doc doc, List<JavaAnnotation> annotations) {}

  /**
   * Documentation text, exactly as the CRD's description, and whether a doc comment can carry it
   * (else it is written as {@code @JsonPropertyDescription} / {@code @JsonClassDescription}).
   */
  public record Doc(String text, boolean asJavadoc) {}

  /**
   * A use of a type: a qualified name ({@code byte[]} for the one array), type arguments, and
   * type-use annotations.
   */
  public record TypeRef(String name, List<TypeRef> arguments, List<JavaAnnotation> annotations) {
    public static TypeRef of(String name, TypeRef... arguments) {
      return new TypeRef(name, List.of(arguments), List.of());
    }

    public TypeRef annotated(List<JavaAnnotation> more) {
      List<JavaAnnotation> all = new ArrayList<>(annotations);
      all.addAll(more);
      return new TypeRef(name, arguments, List.copyOf(all));
    }

    /** The simple name of a type in the imported package (no dot in {@link #name}). */
    public boolean isLocal() {
      return name.indexOf('.') < 0 && !name.equals("byte[]");
    }
  }
}
