package dev.opboot.generate.schema;

import dev.opboot.generate.problem.SourceLocation;
import dev.opboot.generate.problem.Warnings;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Kubernetes built-in types of one generation run: the catalogue of the chosen Kubernetes
 * version, and the warnings for what the project's fabric8 model holds but that catalogue lacks.
 * Such a property or class is walked from the fabric8 class rather than dropped, since a CRD schema
 * without it makes the API server prune it; each (class, property) is warned about once, at the
 * first use, with the {@code --kube-version} that has it.
 */
public final class BuiltInTypes {
  private final KubernetesVersions.Choice choice;
  private final KubernetesTypes catalog;
  private final SortedMap<String, Warning> warnings = new TreeMap<>();
  private final Set<String> complete = new HashSet<>();

  private BuiltInTypes(KubernetesVersions.Choice choice) {
    this.choice = choice;
    this.catalog = KubernetesTypes.of(choice.version());
  }

  /** The built-in types of a run with this choice. */
  public static BuiltInTypes of(KubernetesVersions.Choice choice) {
    return new BuiltInTypes(choice);
  }

  /** The newest catalogue, for readers that need no choice (RBAC reads only names). */
  public static BuiltInTypes newest() {
    return of(new KubernetesVersions.Choice(KubernetesVersions.newest(), null, false));
  }

  public KubernetesVersions.Choice choice() {
    return choice;
  }

  KubernetesTypes catalog() {
    return catalog;
  }

  /** Whether {@code className} and the classes below it were found to lack nothing already. */
  boolean knownComplete(String className) {
    return complete.contains(className);
  }

  void markComplete(String className) {
    complete.add(className);
  }

  /** Adds the warnings so far, one per (class, property), to {@code sink}. */
  public void reportTo(Warnings sink) {
    warnings.values().forEach(warning -> sink.add(warning.where(), warning.message()));
  }

  /** One warning about the catalogue, said at the project's property that met it first. */
  private record Warning(SourceLocation where, String message) {}

  /** A property of fabric8 class {@code className} that the catalogue's entry for it lacks. */
  void missingProperty(String className, String property, SourceLocation where) {
    warnings.computeIfAbsent(
        className + "#" + property,
        key ->
            new Warning(
                where,
                className
                    + " has the property '"
                    + property
                    + "', which the Kubernetes "
                    + choice.version()
                    + " type catalogue lacks; op-boot walked it from the class (without Kubernetes'"
                    + " descriptions and validation) so that the API server does not prune it. "
                    + wayOut(version -> hasProperty(version, className, property))));
  }

  /** A fabric8 model class with no entry in the catalogue, walked from the class. */
  void missingClass(String className, SourceLocation where) {
    warnings.computeIfAbsent(
        className,
        key ->
            new Warning(
                where,
                className
                    + " has no entry in the Kubernetes "
                    + choice.version()
                    + " type catalogue; op-boot walked its schema from the class (without Kubernetes'"
                    + " descriptions and validation). "
                    + wayOut(version -> KubernetesTypes.of(version).has(className))));
  }

  /** The newest other catalogue that has what this one lacks, as the flag that chooses it. */
  private String wayOut(java.util.function.Predicate<String> has) {
    List<String> others =
        KubernetesVersions.SHIPPED.stream()
            .filter(v -> !v.equals(choice.version()) && has.test(v))
            .toList();
    if (others.isEmpty()) {
      return "No Kubernetes version op-boot ships ("
          + String.join(", ", KubernetesVersions.SHIPPED)
          + ") has it in its catalogue.";
    }
    String version = others.get(others.size() - 1);
    return "The Kubernetes "
        + version
        + " catalogue has it: pass --kube-version "
        + version
        + " (Maven: -Dop-boot.crd.kubeVersion="
        + version
        + ") to use Kubernetes' own schema.";
  }

  private static boolean hasProperty(String version, String className, String property) {
    JsonSchema entry = KubernetesTypes.of(version).schemaOf(className);
    return entry != null && entry.property(property) != null;
  }
}
