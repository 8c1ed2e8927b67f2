package dev.opboot.generate.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kubernetes types that an operator's API holds as templates it fills in: pod templates, pod specs
 * and the specs of workloads. Their schemas keep Kubernetes' {@code required} fields (PodSpec's
 * {@code containers}, StatefulSetSpec's {@code selector}), which is right for a Pod but refuses a
 * resource whose template the operator completes; {@code @RelaxRequired} or {@code
 * --relax-required-in-templates} drop them, and generate crd warns where neither is given.
 */
final class KubernetesTemplates {
  private static final String MODEL = "io.fabric8.kubernetes.api.model.";

  /** The specs of the workload kinds, by simple name: partial templates in operators' APIs. */
  private static final Set<String> WORKLOAD_SPECS =
      Set.of(
          "PodSpec",
          "DeploymentSpec",
          "StatefulSetSpec",
          "DaemonSetSpec",
          "ReplicaSetSpec",
          "ReplicationControllerSpec",
          "JobSpec",
          "CronJobSpec",
          "HorizontalPodAutoscalerSpec");

  /** The most required fields a warning names before it counts the rest. */
  private static final int NAMED = 8;

  private KubernetesTemplates() {}

  /** Whether the fabric8 class {@code qualifiedName} is a template type. */
  static boolean isTemplate(String qualifiedName) {
    if (!qualifiedName.startsWith(MODEL)) {
      return false;
    }
    String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    return simple.endsWith("TemplateSpec") || WORKLOAD_SPECS.contains(simple);
  }

  /**
   * The required fields anywhere in {@code schema} that relaxing drops, as paths relative to it:
   * the shallow ones first (what a user's template meets first, such as a pod spec's {@code
   * containers}), then in schema order.
   */
  static List<String> requiredPaths(JsonSchema schema) {
    Map<ObjectNode, Set<String>> keys = listMapKeys(schema);
    List<String> paths = new ArrayList<>();
    SchemaWalk.each(
        schema.json(),
        "",
        (node, path) ->
            node.path("required")
                .forEach(
                    name -> {
                      if (!keys.getOrDefault(node, Set.of()).contains(name.asText())) {
                        paths.add(path + "." + name.asText());
                      }
                    }));
    return paths.stream()
        .map(p -> p.startsWith(".") ? p.substring(1) : p)
        .distinct()
        .sorted(Comparator.comparingLong(KubernetesTemplates::depth))
        .toList();
  }

  private static long depth(String path) {
    return path.chars().filter(c -> c == '.' || c == '[').count();
  }

  /**
   * Drops the {@code required} lists in {@code schema}, in place, but for the keys of map lists
   * ({@code x-kubernetes-list-map-keys}): the API server wants each of those required or defaulted
   * (a container's {@code name}, a port's {@code containerPort}), and they bind only items a user
   * writes.
   */
  static void relax(JsonSchema schema) {
    Map<ObjectNode, Set<String>> keys = listMapKeys(schema);
    SchemaWalk.each(
        schema.json(),
        "",
        (node, path) -> {
          if (!(node.get("required") instanceof ArrayNode required)) {
            return;
          }
          Set<String> kept = keys.getOrDefault(node, Set.of());
          ArrayNode still = required.arrayNode();
          required.forEach(
              name -> {
                if (kept.contains(name.asText())) {
                  still.add(name);
                }
              });
          if (still.isEmpty()) {
            node.remove("required");
          } else {
            node.set("required", still);
          }
        });
  }

  /** The items schemas of map lists, each with its keys that have no default. */
  private static Map<ObjectNode, Set<String>> listMapKeys(JsonSchema schema) {
    Map<ObjectNode, Set<String>> keys = new IdentityHashMap<>();
    SchemaWalk.each(
        schema.json(),
        "",
        (node, path) -> {
          if (node.get(JsonSchema.LIST_MAP_KEYS) instanceof ArrayNode names
              && node.get("items") instanceof ObjectNode items) {
            Set<String> undefaulted = new HashSet<>();
            names.forEach(
                name -> {
                  if (!items.path("properties").path(name.asText()).has("default")) {
                    undefaulted.add(name.asText());
                  }
                });
            keys.put(items, undefaulted);
          }
        });
    return keys;
  }

  /** {@code paths} for a message: the first few, then how many more. */
  static String named(List<String> paths) {
    if (paths.size() <= NAMED) {
      return String.join(", ", paths);
    }
    return String.join(", ", paths.subList(0, NAMED)) + " and " + (paths.size() - NAMED) + " more";
  }
}
