package dev.opboot.generate.schema;

import java.util.ArrayList;
import java.util.List;
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

  /** The required fields anywhere in {@code schema}, as paths relative to it, in schema order. */
  static List<String> requiredPaths(JsonSchema schema) {
    List<String> paths = new ArrayList<>();
    SchemaWalk.each(
        schema.json(),
        "",
        (node, path) ->
            node.path("required").forEach(name -> paths.add(path + "." + name.asText())));
    return paths.stream().map(p -> p.substring(1)).distinct().toList();
  }

  /** Drops every {@code required} list in {@code schema}, in place. */
  static void relax(JsonSchema schema) {
    SchemaWalk.each(schema.json(), "", (node, path) -> node.remove("required"));
  }

  /** {@code paths} for a message: the first few, then how many more. */
  static String named(List<String> paths) {
    if (paths.size() <= NAMED) {
      return String.join(", ", paths);
    }
    return String.join(", ", paths.subList(0, NAMED)) + " and " + (paths.size() - NAMED) + " more";
  }
}
