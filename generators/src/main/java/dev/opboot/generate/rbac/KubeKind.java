package dev.opboot.generate.rbac;

/**
 * A Kubernetes kind as RBAC names it: the API group ({@code ""} for the core group) and the
 * resource (the plural). The version does not matter to RBAC and is not kept.
 *
 * @param namespaced whether objects of the kind live in namespaces; {@code null} when unknown
 */
public record KubeKind(String group, String kind, String plural, Boolean namespaced) {
  /** {@code plural.group}, or the plural alone for the core group, as kubectl shows resources. */
  public String resourceName() {
    return group.isEmpty() ? plural : plural + "." + group;
  }
}
