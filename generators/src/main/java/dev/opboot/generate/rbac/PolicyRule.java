package dev.opboot.generate.rbac;

import java.util.List;

/**
 * One rule of a role as the API server takes it ({@code rbac.authorization.k8s.io/v1 PolicyRule}):
 * either API groups and resources (optionally narrowed to resource names), or non-resource URLs,
 * and the verbs allowed on them. Empty lists are left out of the YAML.
 */
public record PolicyRule(
    List<String> groups,
    List<String> resources,
    List<String> resourceNames,
    List<String> urls,
    List<String> verbs) {
  public PolicyRule {
    groups = List.copyOf(groups);
    resources = List.copyOf(resources);
    resourceNames = List.copyOf(resourceNames);
    urls = List.copyOf(urls);
    verbs = List.copyOf(verbs);
  }

  /** A rule on resources of one group, with no names. */
  public static PolicyRule of(String group, String resource, String... verbs) {
    return new PolicyRule(List.of(group), List.of(resource), List.of(), List.of(), List.of(verbs));
  }
}
