package dev.opboot.generate.crd;

import dev.opboot.generate.model.Crd;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.GeneratorException.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code --verify}: a generated CRD dry-run created on a real API server, each cause of a refusal
 * reported at the Java source that caused it, as {@link CrdRefusals} reports the local validator's
 * findings.
 */
final class ServerRefusals {
  private ServerRefusals() {}

  /**
   * Fails with the server's refusals of {@code yaml}, the document of {@code crd}.
   *
   * @throws UncheckedIOException when the server cannot be asked
   */
  static void check(Crd crd, String yaml, CrdServer server) throws GeneratorException {
    List<CrdServer.Refusal> refusals;
    try {
      refusals = server.refusals(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Problem> problems =
        refusals.stream()
            .map(
                r -> {
                  ServerFieldPath at = ServerFieldPath.parse(r.field());
                  return new Problem(
                      CrdRefusals.locate(crd, at.version(), at.schemaPath()), message(crd, r));
                })
            .toList();
    if (!problems.isEmpty()) {
      throw new GeneratorException(problems);
    }
  }

  private static String message(Crd crd, CrdServer.Refusal r) {
    return "kube-apiserver (--verify) refused the CRD "
        + crd.name()
        + ": "
        + (r.field().isEmpty() ? "" : r.field() + ": ")
        + r.message().replaceAll("\\s*\\n\\s*", " ")
        + ". Fix the annotations here so that the server accepts the CRD (op-boot's local check"
        + " leaves this case to the server).";
  }
}
