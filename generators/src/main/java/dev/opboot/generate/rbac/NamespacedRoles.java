package dev.opboot.generate.rbac;

import dev.opboot.generate.problem.Warnings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The roles of an operator whose controllers all watch a fixed set of namespaces ({@link
 * WatchedNamespaces}): a {@code Role} in each of them, holding every rule derived from the code, as
 * the operator works only there. What no Role can grant goes into a {@code ClusterRole} of the same
 * name, as controller-gen writes a ClusterRole beside its Roles:
 *
 * <ul>
 *   <li>rules on cluster-scoped resources (a cluster-scoped custom resource, {@code nodes}, {@code
 *       namespaces}, ...) and non-resource URLs;
 *   <li>client calls after {@code inAnyNamespace()}, which ask every namespace.
 * </ul>
 *
 * An {@code @RbacRule} naming a namespace goes into the Role there; one naming none follows the
 * operator, into each watched namespace's Role. A resource whose scope the code does not tell (a
 * kind given only as strings) is taken as namespaced. The ClusterRole is a warning: it grants in
 * every namespace what the operator should need in its own only. The scaffold of {@code op-boot
 * init} binds it with its ClusterRoleBinding (role_binding.yaml); that of {@code init --namespaced}
 * binds the Role only, so it needs a ClusterRoleBinding of its own. The Roles in named namespaces
 * are written to {@code namespaces/} with their RoleBindings ({@link NamespaceRoleFiles}); the
 * ClusterRole stays in role.yaml.
 */
final class NamespacedRoles {
  private NamespacedRoles() {}

  /** A role and the grants that went into it, in source order, for {@code --explain}. */
  record Part(Role role, List<Grant> grants) {}

  /**
   * The Roles in {@code namespaces} ({@link WatchedNamespaces#OWN} for the operator's own, written
   * with no namespace) and, when needed, the ClusterRole; Roles by namespace, the ClusterRole last.
   */
  static List<Part> split(
      List<Grant> grants, SortedSet<String> namespaces, String roleName, Warnings warnings) {
    Map<String, List<Grant>> byNamespace = new TreeMap<>();
    for (String namespace : namespaces) {
      byNamespace.put(namespace, new ArrayList<>());
    }
    List<Grant> clusterWide = new ArrayList<>();
    for (Grant grant : grants) {
      if (grant.namespace() != null && !grant.namespace().isEmpty()) {
        byNamespace.computeIfAbsent(grant.namespace(), n -> new ArrayList<>()).add(grant);
      } else if (needsClusterRole(grant)) {
        clusterWide.add(grant);
      } else {
        for (String namespace : namespaces) {
          byNamespace.get(namespace).add(grant);
        }
      }
    }
    List<Part> parts = new ArrayList<>();
    for (Map.Entry<String, List<Grant>> e : byNamespace.entrySet()) {
      if (!e.getValue().isEmpty()) {
        String namespace = e.getKey().equals(WatchedNamespaces.OWN) ? null : e.getKey();
        parts.add(
            new Part(new Role(roleName, false, namespace, rules(e.getValue())), e.getValue()));
      }
    }
    if (!clusterWide.isEmpty()) {
      parts.add(new Part(new Role(roleName, true, null, rules(clusterWide)), clusterWide));
      Grant first = clusterWide.get(0);
      warnings.add(
          first.location(),
          first.origin()
              + " needs "
              + RoleExplanation.describe(first.rule())
              + (first.anyNamespace()
                  ? " in every namespace"
                  : " on a cluster-scoped resource or URL")
              + ", which no Role grants, although the operator watches "
              + watched(namespaces)
              + " only: role.yaml holds a ClusterRole named as the Roles for it ("
              + clusterWide.size()
              + " rule(s), see --explain), which grants them in every namespace. The scaffold's"
              + " role_binding.yaml binds it with a ClusterRoleBinding (in a project made with"
              + " 'init --namespaced' it binds the Role only: add a ClusterRoleBinding); or keep"
              + " the operator in its namespaces (inNamespace instead of inAnyNamespace).");
    }
    return parts;
  }

  private static boolean needsClusterRole(Grant grant) {
    return grant.anyNamespace()
        || !grant.rule().urls().isEmpty()
        || Boolean.FALSE.equals(grant.namespaced());
  }

  private static List<PolicyRule> rules(List<Grant> grants) {
    return RuleNormalizer.normalize(grants.stream().map(Grant::rule).toList());
  }

  private static String watched(SortedSet<String> namespaces) {
    List<String> names = new ArrayList<>();
    for (String namespace : namespaces) {
      names.add(
          namespace.equals(WatchedNamespaces.OWN) ? "its own namespace" : "'" + namespace + "'");
    }
    return String.join(", ", names);
  }
}
