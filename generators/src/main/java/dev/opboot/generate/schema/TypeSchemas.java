package dev.opboot.generate.schema;

import java.util.List;

/**
 * The schemas generate crd gives Java types by name rather than by walking them (Java's value
 * types, Quantity, IntOrString, the Kubernetes types of the catalogue), for the import, which looks
 * for the type that gives a schema it reads.
 */
public final class TypeSchemas {
  private TypeSchemas() {}

  /** The fixed schema of a type by its qualified name, or {@code null} when it is walked. */
  public static JsonSchema schemaOf(String qualifiedName) {
    JsonSchema known = KnownTypes.schemaOf(qualifiedName);
    return known != null ? known : KubernetesTypes.schemaOf(qualifiedName);
  }

  /** The fabric8 classes that stand for Kubernetes types of the catalogue, sorted. */
  public static List<String> kubernetesTypes() {
    return KubernetesTypes.names();
  }
}
