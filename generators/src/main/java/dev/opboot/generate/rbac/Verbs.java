package dev.opboot.generate.rbac;

import java.util.Set;

/**
 * The verbs RBAC knows. A rule with any other verb is accepted by the API server and then never
 * matches a request, so op-boot refuses it instead of writing a rule that silently does nothing.
 */
final class Verbs {
  /** Verbs on resources: the API verbs and the special ones some resources check. */
  static final Set<String> RESOURCE =
      Set.of(
          "get",
          "list",
          "watch",
          "create",
          "update",
          "patch",
          "delete",
          "deletecollection",
          "impersonate",
          "bind",
          "escalate",
          "use",
          "approve",
          "sign",
          "*");

  /** Verbs on non-resource URLs: lower-case HTTP methods. */
  static final Set<String> URL =
      Set.of("get", "post", "put", "patch", "delete", "head", "options", "*");

  private Verbs() {}
}
