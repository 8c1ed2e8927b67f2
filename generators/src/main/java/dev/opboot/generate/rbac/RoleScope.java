package dev.opboot.generate.rbac;

import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.GeneratorException.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether the manager role is a {@code ClusterRole} or a namespaced {@code Role}, and
 * refuses rule sets that would not mean what they say.
 *
 * <p>op-boot writes one manager role, which the scaffold binds to the operator's service account.
 * It is a {@code ClusterRole} unless an {@code @RbacRule} names a namespace; then it is a {@code
 * Role} in that namespace, and every rule derived from the code goes into it too (an operator
 * confined to one namespace reconciles and manages objects there). controller-gen would instead
 * write a ClusterRole and one Role per namespace; with a single role and a single binding, these
 * are refused:
 *
 * <ul>
 *   <li>two {@code @RbacRule}s naming different namespaces (one role cannot be in both);
 *   <li>an {@code @RbacRule} naming no namespace next to one naming a namespace (it asks for a
 *       cluster-wide permission the Role cannot give; write the namespace on every rule);
 *   <li>in a Role: non-resource URLs, and resources the code shows to be cluster-scoped (a
 *       cluster-scoped custom resource, {@code Node}, {@code Namespace}, ...), which no Role can
 *       grant.
 * </ul>
 */
final class RoleScope {
  private RoleScope() {}

  /** The role's namespace, or {@code null} for a ClusterRole. */
  static String namespaceOf(List<Grant> grants) throws GeneratorException {
    List<Problem> problems = new ArrayList<>();
    Grant first = null;
    for (Grant grant : grants) {
      if (grant.namespace() == null || grant.namespace().isEmpty()) {
        continue;
      }
      if (first == null) {
        first = grant;
      } else if (!first.namespace().equals(grant.namespace())) {
        problems.add(
            new Problem(
                grant.location(),
                grant.origin()
                    + " names the namespace '"
                    + grant.namespace()
                    + "', but "
                    + first.origin()
                    + " at "
                    + first.location()
                    + " names '"
                    + first.namespace()
                    + "'. op-boot"
                    + " writes one manager role, a Role in one namespace or a ClusterRole: name the same namespace on"
                    + " every @RbacRule, or none."));
      }
    }
    if (first == null) {
      throwIfAny(problems);
      return null;
    }
    String namespace = first.namespace();
    for (Grant grant : grants) {
      String said = grant.namespace();
      if (said != null && said.isEmpty()) {
        problems.add(
            new Problem(
                grant.location(),
                grant.origin()
                    + " names no namespace, so it asks for a"
                    + " cluster-wide permission, but "
                    + first.origin()
                    + " at "
                    + first.location()
                    + " makes the manager"
                    + " role a Role in namespace '"
                    + namespace
                    + "'. Add namespace = \""
                    + namespace
                    + "\" to this rule too,"
                    + " or remove the namespace there to get a ClusterRole."));
      } else if (!grant.rule().urls().isEmpty()) {
        problems.add(
            new Problem(
                grant.location(),
                grant.origin()
                    + " allows non-resource URLs, which only a"
                    + " ClusterRole can grant, but the manager role is a Role in namespace '"
                    + namespace
                    + "' (from "
                    + first.location()
                    + ")."));
      } else if (Boolean.FALSE.equals(grant.namespaced())) {
        problems.add(
            new Problem(
                grant.location(),
                grant.origin()
                    + " is about "
                    + grant.rule().resources()
                    + ", which is cluster-scoped, so a Role in namespace '"
                    + namespace
                    + "' (from "
                    + first.location()
                    + ") cannot grant it. Remove the namespace from the @RbacRules to get a ClusterRole."));
      }
    }
    throwIfAny(problems);
    return namespace;
  }

  private static void throwIfAny(List<Problem> problems) throws GeneratorException {
    if (!problems.isEmpty()) {
      throw new GeneratorException(problems);
    }
  }
}
