package dev.opboot.generate.crd.check;

/**
 * One problem {@link CrdValidator} found in a CRD.
 *
 * @param check the row of {@link Check} that failed
 * @param path where in the CRD document, as the API server names fields: {@code
 *     spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[size].default}
 * @param version the index of the version in {@code spec.versions}, or -1 for the CRD as a whole
 * @param schemaPath the property in that version's schema, in op-boot's JSON path notation ({@code
 *     .spec.items[*].name}, {@code ""} for the root), or null when the problem is not in the schema
 * @param message what is wrong and how to fix it, one line
 */
public record Finding(Check check, String path, int version, String schemaPath, String message) {
  /** Whether the API server refuses the CRD for this; otherwise it is advice. */
  public boolean isError() {
    return check.refusedByServer();
  }

  /**
   * {@link #path()} in the notation of YAML paths op-boot reports elsewhere ({@code
   * spec.versions[0].schema.openAPIV3Schema.properties.spec}): keys after dots, only list indexes
   * in brackets.
   */
  public String yamlPath() {
    return path.replaceAll("\\[([^\\]0-9][^\\]]*)\\]", ".$1");
  }

  @Override
  public String toString() {
    return path + ": " + message + " [" + check.id() + "]";
  }
}
