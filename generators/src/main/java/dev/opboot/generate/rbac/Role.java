package dev.opboot.generate.rbac;

import java.util.List;

/**
 * One of the manager's roles: a {@code ClusterRole}, or a {@code Role} in {@code namespace}, or a
 * {@code Role} with no namespace written (an operator that watches its own namespace: kustomize's
 * {@code namespace} places it there).
 */
public record Role(String name, boolean clusterWide, String namespace, List<PolicyRule> rules) {
  public Role {
    rules = List.copyOf(rules);
  }

  /** A ClusterRole when {@code namespace} is null, else a Role there. */
  public Role(String name, String namespace, List<PolicyRule> rules) {
    this(name, namespace == null, namespace, rules);
  }

  public String kind() {
    return clusterWide ? "ClusterRole" : "Role";
  }
}
