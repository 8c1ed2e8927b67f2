package dev.opboot.generate.schema;

import java.util.List;

/**
 * The schemas generate crd gives Java types by name rather than by walking them (Java's value
 * types, Quantity, IntOrString, the Kubernetes types of the catalogue), for the import, which looks
 * for the type that gives a schema it reads.
 */
public final class TypeSchemas {
  private TypeSchemas() {}

  /**
   * The fixed schema of a type by its qualified name, Kubernetes types from the newest catalogue,
   * or {@code null} when it is walked.
   */
  public static JsonSchema schemaOf(String qualifiedName) {
    return schemaOf(qualifiedName, KubernetesVersions.newest());
  }

  /**
   * The fixed schema of a type by its qualified name, Kubernetes types from the catalogue of {@code
   * kubernetesVersion} (one of {@link KubernetesVersions#SHIPPED}), or {@code null}.
   */
  public static JsonSchema schemaOf(String qualifiedName, String kubernetesVersion) {
    JsonSchema known = KnownTypes.schemaOf(qualifiedName);
    return known != null ? known : KubernetesTypes.of(kubernetesVersion).schemaOf(qualifiedName);
  }

  /** The fabric8 classes that stand for Kubernetes types of the newest catalogue, sorted. */
  public static List<String> kubernetesTypes() {
    return kubernetesTypes(KubernetesVersions.newest());
  }

  /** The fabric8 classes that stand for Kubernetes types of one catalogue, sorted. */
  public static List<String> kubernetesTypes(String kubernetesVersion) {
    return KubernetesTypes.of(kubernetesVersion).names();
  }
}
