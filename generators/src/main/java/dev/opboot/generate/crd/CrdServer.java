package dev.opboot.generate.crd;

import java.io.IOException;
import java.util.List;

/**
 * A real API server that judges a CRD the way it would on create ({@code --verify}): the exact
 * check, where {@code CrdValidator} is the fast one. The generator stays free of processes and
 * networking; the launcher that starts a throw-away server implements this in {@code project}.
 */
public interface CrdServer {
  /**
   * The server's refusals of {@code crdYaml} on a dry-run create; empty when it accepts it.
   *
   * @throws IOException when the server cannot be asked (it died, it answered something else)
   */
  List<Refusal> refusals(String crdYaml) throws IOException;

  /**
   * One cause of a refusal, as the server's {@code Status} names it.
   *
   * @param field the server's field path ({@code
   *     spec.validation.openAPIV3Schema.properties[spec].properties[size].default}), or empty
   * @param message the server's words
   */
  record Refusal(String field, String message) {}
}
