package dev.opboot.generate.rbac;

import dev.opboot.generate.problem.SourceLocation;

/**
 * A rule as found in the code, before the rules are merged: what it allows, where it comes from and
 * what it says about the role's scope. Errors about a rule point at {@link #location()}.
 *
 * @param rule what it allows
 * @param namespace for an {@code @RbacRule}, the namespace it names ({@code ""} for none); for a
 *     rule derived from the code, {@code null}: it follows the role's scope
 * @param namespaced whether the resource is namespaced, when the code tells ({@code null} when not,
 *     for example for a kind given only as group/version/kind strings)
 * @param location where the code asks for it
 * @param origin what asks for it, for messages ("the primary resource of ShopReconciler")
 * @param anyNamespace whether the code asks for it in every namespace ({@code inAnyNamespace()}),
 *     which only a ClusterRole can grant, whichever namespaces the operator watches
 */
public record Grant(
    PolicyRule rule,
    String namespace,
    Boolean namespaced,
    SourceLocation location,
    String origin,
    boolean anyNamespace) {
  /** A rule asked for in the namespaces the operator works in. */
  public Grant(
      PolicyRule rule,
      String namespace,
      Boolean namespaced,
      SourceLocation location,
      String origin) {
    this(rule, namespace, namespaced, location, origin, false);
  }

  /** A rule derived from the code about a resource of known kind. */
  static Grant derived(PolicyRule rule, KubeKind kind, SourceLocation location, String origin) {
    return new Grant(rule, null, kind.namespaced(), location, origin);
  }

  /** This grant, asked for in every namespace. */
  Grant inAnyNamespace() {
    return new Grant(rule, namespace, namespaced, location, origin, true);
  }
}
