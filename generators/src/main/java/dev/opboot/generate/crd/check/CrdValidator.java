package dev.opboot.generate.crd.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Checks a v1 CustomResourceDefinition as kube-apiserver 1.32 checks it on create, before op-boot
 * writes it: names, versions, subresources, printer columns, selectable fields, the structural
 * schema, defaults, and the CEL of {@code x-kubernetes-validations} (see {@link Check} for the
 * table). It reads the CRD document, so it serves generated CRDs and CRDs read from files alike;
 * the caller maps each {@link Finding} to where it came from.
 *
 * <p>As on the server, defaults and CEL are checked only in a version whose schema is structural,
 * since neither can be typed otherwise; the CEL compiler is created only for a CRD with rules.
 */
public final class CrdValidator {
  private CrdValidator() {}

  /** Every problem of {@code crd}, errors and warnings, in document order. */
  public static List<Finding> validate(JsonNode crd) {
    Findings findings = new Findings();
    CrdNames.check(crd, findings);
    CrdVersions.check(crd, findings);
    JsonNode versions = crd.path("spec").path("versions");
    for (int i = 0; i < versions.size(); i++) {
      JsonNode version = versions.get(i);
      JsonNode schema = version.path("schema").path("openAPIV3Schema");
      if (!schema.isObject()) {
        continue;
      }
      boolean status = version.path("subresources").has("status");
      if (SchemaStructure.check(schema, i, status, findings)) {
        DefaultsAndEnums.check(schema, Where.schemaRoot(i), findings);
        // the server checks rules only once the defaults are valid too; they are checked here
        // anyway, so that one run reports both
        CelRules.check(schema, Where.schemaRoot(i), findings);
      }
    }
    return findings.list();
  }
}
