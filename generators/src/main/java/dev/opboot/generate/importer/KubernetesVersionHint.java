package dev.opboot.generate.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.generate.schema.KubernetesVersions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which Kubernetes minor the built-in types embedded in an imported CRD were written for, told to
 * the user when the project describes them as another minor. The import types a pod template as
 * fabric8's {@code PodTemplateSpec}; {@code generate crd} then writes it from the catalogue of the
 * project's Kubernetes version, so a CRD made for Kubernetes 1.31 comes back with 1.34's pod and is
 * not regenerated exactly. The note names both versions, what differs, and the setting that makes
 * the regeneration exact.
 */
public final class KubernetesVersionHint {
  /** The most property paths a note lists; the rest are counted. */
  static final int LISTED_PATHS = 5;

  private static final Set<String> STRUCTURE =
      Set.of("properties", "items", "additionalProperties", "description");

  /**
   * The Kubernetes version the project's {@code generate crd} describes built-in types as, and
   * where that comes from.
   *
   * @param version a shipped catalogue's minor, such as {@code 1.34}
   * @param source why, in words that follow "as Kubernetes 1.34", such as {@code for fabric8
   *     kubernetes-model-core 7.5.2 (pom.xml's fabric8.version)}
   * @param recorded whether the project sets it ({@code op-boot.crd.kubeVersion} in pom.xml)
   */
  public record Project(String version, String source, boolean recorded) {}

  private KubernetesVersionHint() {}

  /**
   * The note for the catalogue types of one imported CRD version, or empty when the project's
   * Kubernetes version writes every one of them back as the CRD has it (or the CRD embeds none).
   *
   * @param crdName the CRD's name and version, as the note names it
   */
  static Optional<String> note(
      String crdName, Collection<KubernetesCatalog.Use> uses, Project project) {
    if (uses.isEmpty()) {
      return Optional.empty();
    }
    TreeMap<String, Integer> matches = new TreeMap<>(KubernetesVersions::compare);
    KubernetesVersions.SHIPPED.forEach(v -> matches.put(v, 0));
    List<KubernetesCatalog.Use> differing = new ArrayList<>();
    SortedSet<String> differingVersions = null; // the versions every differing type matches
    for (KubernetesCatalog.Use use : uses) {
      SortedSet<String> versions = KubernetesCatalog.versionsOf(use.className(), use.shape());
      versions.forEach(v -> matches.merge(v, 1, Integer::sum));
      if (!versions.contains(project.version())) {
        differing.add(use);
        if (differingVersions == null) {
          differingVersions = new TreeSet<>(versions);
        } else {
          differingVersions.retainAll(versions);
        }
      }
    }
    if (differing.isEmpty()) {
      return Optional.empty();
    }
    int most = matches.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    String closest = null; // the newest of the versions matching the most: it prunes least
    for (var e : matches.entrySet()) {
      if (e.getValue() == most) {
        closest = e.getKey();
      }
    }
    StringBuilder out = new StringBuilder(text(crdName, differingVersions, differing, project));
    if (most == uses.size()) {
      out.append(" To regenerate them exactly, ").append(setting(closest, project)).append('.');
    } else {
      out.append(" No Kubernetes version op-boot ships writes all ")
          .append(uses.size())
          .append(" of its built-in types back exactly; Kubernetes ")
          .append(closest)
          .append(" writes the most (")
          .append(most)
          .append(" of ")
          .append(uses.size())
          .append(')')
          .append(closest.equals(project.version()) ? "." : ": " + setting(closest, project) + ".");
    }
    return Optional.of(out.toString());
  }

  /** How to have generate crd use Kubernetes {@code version}: the flag and the pom property. */
  private static String setting(String version, Project project) {
    return "pass --kube-version "
        + version
        + " to op-boot generate crd, or "
        + (project.recorded() ? "change" : "set")
        + " <op-boot.crd.kubeVersion>"
        + version
        + "</op-boot.crd.kubeVersion> in pom.xml's <properties>"
        + (project.recorded() ? " from " + project.version() : "")
        + " for the build's generate crd";
  }

  private static String text(
      String crdName,
      SortedSet<String> versions,
      List<KubernetesCatalog.Use> differing,
      Project project) {
    StringBuilder out = new StringBuilder();
    out.append(crdName).append(": the Kubernetes built-in types it embeds (");
    out.append(
        listed(
            differing.stream()
                .map(u -> simpleName(u.className()) + " at " + u.jsonPath())
                .toList()));
    out.append(") are ");
    if (versions.isEmpty()) {
      out.append("not all of one Kubernetes version op-boot ships (")
          .append(String.join(", ", KubernetesVersions.SHIPPED))
          .append(")");
    } else {
      out.append("those of Kubernetes ").append(words(new ArrayList<>(versions)));
    }
    out.append(", but this project describes them as Kubernetes ")
        .append(project.version())
        .append(' ')
        .append(project.source())
        .append(", so generate crd will write them differently: ");
    List<String> paths = new ArrayList<>();
    for (KubernetesCatalog.Use use : differing) {
      ObjectNode theirs = KubernetesCatalog.schemaOf(use.className(), project.version());
      if (theirs == null) {
        paths.add(
            use.jsonPath()
                + " (no "
                + simpleName(use.className())
                + " in Kubernetes "
                + project.version()
                + ")");
      } else {
        differences(use.jsonPath(), use.shape(), theirs, project.version(), paths);
      }
    }
    out.append(paths.isEmpty() ? "their descriptions" : listed(paths)).append('.');
    return out.toString();
  }

  /** The first {@link #LISTED_PATHS} items, and how many more there are. */
  private static String listed(List<String> items) {
    String shown = String.join(", ", items.subList(0, Math.min(LISTED_PATHS, items.size())));
    return items.size() > LISTED_PATHS
        ? shown + " and " + (items.size() - LISTED_PATHS) + " more"
        : shown;
  }

  /**
   * The property paths where the CRD's schema ({@code ours}) and the catalogue's ({@code theirs})
   * differ, depth first in property order: a property only one has, or one whose own keywords
   * (type, format, required, ...; descriptions aside) differ.
   */
  static void differences(
      String path, JsonNode ours, JsonNode theirs, String version, List<String> out) {
    if (!own(ours).equals(own(theirs))) {
      out.add(path + " (differs in " + version + ")");
    }
    TreeSet<String> names = new TreeSet<>();
    ours.path("properties").fieldNames().forEachRemaining(names::add);
    theirs.path("properties").fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode a = ours.path("properties").get(name);
      JsonNode b = theirs.path("properties").get(name);
      String at = path + "." + name;
      if (a == null) {
        out.add(at + " (only in " + version + ")");
      } else if (b == null) {
        out.add(at + " (not in " + version + ")");
      } else {
        differences(at, a, b, version, out);
      }
    }
    if (ours.has("items") && theirs.has("items")) {
      differences(path + "[*]", ours.get("items"), theirs.get("items"), version, out);
    }
    if (ours.path("additionalProperties").isObject()
        && theirs.path("additionalProperties").isObject()) {
      differences(
          path + ".*",
          ours.get("additionalProperties"),
          theirs.get("additionalProperties"),
          version,
          out);
    }
  }

  /** A schema node's own keywords, without its children and description. */
  private static String own(JsonNode node) {
    return node instanceof ObjectNode object
        ? Canonical.of(Canonical.without(object, STRUCTURE))
        : Canonical.of(node);
  }

  private static String words(List<String> versions) {
    if (versions.size() == 1) {
      return versions.get(0);
    }
    return String.join(", ", versions.subList(0, versions.size() - 1))
        + " and "
        + versions.get(versions.size() - 1);
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
