package dev.opboot.generate.rbac;

import java.util.List;

/**
 * The manager's role: a {@code ClusterRole}, or a {@code Role} in {@code namespace} when the rules
 * say one.
 */
public record Role(String name, String namespace, List<PolicyRule> rules) {
  public Role {
    rules = List.copyOf(rules);
  }

  public String kind() {
    return namespace == null ? "ClusterRole" : "Role";
  }
}
