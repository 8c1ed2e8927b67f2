package dev.opboot.generate.docs;

import dev.opboot.generate.docs.ApiReference.Type;
import java.util.Map;
import java.util.Set;

/**
 * Links to Kubernetes' own API reference for the version a project's schemas follow ({@code
 * kubernetes.io/docs/reference/generated/kubernetes-api/v1.32/#podtemplatespec-v1-core}), from the
 * fabric8 class that stands for a type. fabric8's packages say the group and version; the types of
 * {@code meta/v1} sit in fabric8's core package and are named here.
 */
final class KubernetesLinks {
  private static final String BASE =
      "https://kubernetes.io/docs/reference/generated/kubernetes-api/v";
  private static final String MODEL = "io.fabric8.kubernetes.api.model.";

  /** meta/v1 types fabric8 keeps beside core/v1's. */
  private static final Set<String> META =
      Set.of(
          "ObjectMeta",
          "ListMeta",
          "LabelSelector",
          "LabelSelectorRequirement",
          "OwnerReference",
          "ManagedFieldsEntry",
          "Condition",
          "Status",
          "StatusDetails",
          "StatusCause",
          "DeleteOptions",
          "Preconditions");

  /** fabric8's package names whose API group is spelt otherwise. */
  private static final Map<String, String> GROUPS =
      Map.ofEntries(
          Map.entry("admissionregistration", "admissionregistration.k8s.io"),
          Map.entry("apiextensions", "apiextensions.k8s.io"),
          Map.entry("certificates", "certificates.k8s.io"),
          Map.entry("coordination", "coordination.k8s.io"),
          Map.entry("discovery", "discovery.k8s.io"),
          Map.entry("events", "events.k8s.io"),
          Map.entry("flowcontrol", "flowcontrol.apiserver.k8s.io"),
          Map.entry("networking", "networking.k8s.io"),
          Map.entry("node", "node.k8s.io"),
          Map.entry("rbac", "rbac.authorization.k8s.io"),
          Map.entry("resource", "resource.k8s.io"),
          Map.entry("scheduling", "scheduling.k8s.io"),
          Map.entry("storage", "storage.k8s.io"));

  private final String version;

  KubernetesLinks(String version) {
    this.version = version;
  }

  String version() {
    return version;
  }

  /** The link for {@code metadata}, every kind's ObjectMeta. */
  Type objectMeta() {
    return of(MODEL + "ObjectMeta");
  }

  /** The type named by fabric8 class {@code className}, linked to Kubernetes' reference. */
  Type of(String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    String rest = className.startsWith(MODEL) ? className.substring(MODEL.length()) : simple;
    String[] parts = rest.split("\\.");
    String group;
    String groupVersion;
    if (parts.length >= 3) {
      group = GROUPS.getOrDefault(parts[0], parts[0]);
      groupVersion = parts[1];
    } else {
      group = META.contains(simple) ? "meta" : "core";
      groupVersion = "v1";
    }
    String anchor = ReferenceBuilder.slug(simple + "-" + groupVersion + "-" + group);
    return new Type(simple, null, BASE + version + "/#" + anchor);
  }
}
