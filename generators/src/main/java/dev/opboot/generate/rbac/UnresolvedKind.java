package dev.opboot.generate.rbac;

/**
 * The code names a Kubernetes resource whose group and plural cannot be read from it (a type
 * variable, {@code GenericKubernetesResource} with a group/version/kind computed at run time, a
 * class without {@code @Group} or {@code @Version}). The message says why, to be put after what
 * named it; the caller adds the location and the fix.
 */
final class UnresolvedKind extends Exception {
  private static final long serialVersionUID = 1L;

  UnresolvedKind(String reason) {
    super(reason, null, false, false);
  }
}
