package dev.opboot.generate.compat;

/**
 * One change between two releases of a CRD.
 *
 * @param crd the CRD's name, {@code flinkdeployments.flink.apache.org}
 * @param version the version whose schema changed, or empty for a change to the whole CRD
 * @param path where in the version's schema, as a JSON path from the object's root ({@code
 *     .spec.replicas}, {@code .spec.volumes[*].name}, {@code .spec.labels.*} for a map's values,
 *     {@code .} for the root), or empty for a change outside the schema
 * @param kind what changed, which decides the classification and the reason
 * @param detail the values before and after, such as {@code maxLength 10 -> 5}
 */
public record Finding(String crd, String version, String path, ChangeKind kind, String detail) {
  public Classification classification() {
    return kind.classification();
  }

  /** Where, as one string: {@code crd/version path}, leaving out what is empty. */
  public String where() {
    StringBuilder where = new StringBuilder(crd);
    if (!version.isEmpty()) {
      where.append('/').append(version);
    }
    if (!path.isEmpty()) {
      where.append(' ').append(path);
    }
    return where.toString();
  }
}
