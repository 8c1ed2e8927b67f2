package dev.opboot.generate.rbac;

import dev.opboot.core.names.Plurals;
import java.util.Locale;
import java.util.Map;

/**
 * The plural of a Kubernetes kind that is not a custom resource of the project, as fabric8 derives
 * it ({@code HasMetadata.getPlural}: {@code @Plural}, else its {@code Pluralize} of the singular)
 * and so as fabric8 and JOSDK name the resource when they call the API server.
 *
 * <p>{@link Plurals} (kubebuilder's English rules) gives the same plural for every one of fabric8
 * 7.5's built-in kinds but those below, where Kubernetes' names are irregular; {@code
 * RbacBuiltInKindsTest} checks this against fabric8 for all of them.
 */
final class BuiltInPlurals {
  private static final Map<String, String> IRREGULAR =
      Map.of(
          "endpoints", "endpoints",
          "nodemetrics", "nodes",
          "podmetrics", "pods",
          "resourceclaimparameters", "resourceclaimparameters",
          "resourceclassparameters", "resourceclassparameters");

  private BuiltInPlurals() {}

  /** The plural of {@code kind} (UpperCamelCase) or of its {@code @Singular} (lower case). */
  static String of(String kindOrSingular) {
    String irregular = IRREGULAR.get(kindOrSingular.toLowerCase(Locale.ROOT));
    return irregular != null ? irregular : Plurals.pluralOf(kindOrSingular);
  }
}
