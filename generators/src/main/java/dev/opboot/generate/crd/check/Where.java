package dev.opboot.generate.crd.check;

/**
 * A place in a CRD document, kept in the two notations a problem is reported in: the API server's
 * field path and, inside a schema, op-boot's JSON path of the property.
 */
record Where(String path, int version, String schemaPath) {
  static Where crd(String path) {
    return new Where(path, -1, null);
  }

  /** A field of a version that is not part of its schema. */
  static Where version(int index, String field) {
    return new Where(
        "spec.versions[" + index + "]" + (field.isEmpty() ? "" : "." + field), index, null);
  }

  static Where schemaRoot(int index) {
    return new Where("spec.versions[" + index + "].schema.openAPIV3Schema", index, "");
  }

  Where property(String name) {
    return new Where(path + ".properties[" + name + "]", version, schemaPath + "." + name);
  }

  Where items() {
    return new Where(path + ".items", version, schemaPath + "[*]");
  }

  Where additionalProperties() {
    return new Where(path + ".additionalProperties", version, schemaPath + ".*");
  }

  /** A keyword of this node, or a part of a value validation, at the same property. */
  Where child(String keyword) {
    return new Where(path + "." + keyword, version, schemaPath);
  }

  /** The same place, attributed to the property at {@code schemaPath} (a JSON path). */
  Where about(String schemaPath) {
    return new Where(path, version, schemaPath);
  }

  Where index(int i) {
    return new Where(path + "[" + i + "]", version, schemaPath);
  }
}
