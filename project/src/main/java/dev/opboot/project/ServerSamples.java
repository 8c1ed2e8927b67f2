package dev.opboot.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.core.BadInputException;
import dev.opboot.generate.compat.CrdSet;
import dev.opboot.generate.crd.CrdServer.Refusal;
import dev.opboot.generate.samples.SampleValidator;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code crd diff --samples DIR --verify}: NEW's CRDs installed on {@link VerifyServer}, and each
 * example object judged by a dry-run create there instead of by the local validator, so that CEL
 * rules and formats count too.
 */
final class ServerSamples {
  private final VerifyServer server;

  private ServerSamples(VerifyServer server) {
    this.server = server;
  }

  /**
   * Installs every CRD of {@code neu} on {@code server}.
   *
   * @throws BadInputException when the server refuses one of them (NEW is then not deployable)
   */
  static ServerSamples install(VerifyServer server, CrdSet neu)
      throws BadInputException, CommandFailedException {
    for (Map.Entry<String, JsonNode> crd : neu.crds().entrySet()) {
      ObjectNode bare = crd.getValue().deepCopy();
      bare.remove("status");
      bare.putObject("metadata").put("name", crd.getKey());
      List<Refusal> refusals;
      try {
        refusals = server.install(bare.toString());
      } catch (IOException e) {
        throw new CommandFailedException(
            VerifyServer.FLAG + ": the API server could not install " + crd.getKey() + ": " + e);
      }
      if (!refusals.isEmpty()) {
        throw new BadInputException(
            VerifyServer.FLAG,
            "NEW's CRD "
                + crd.getKey()
                + " is refused by the API server, so its samples cannot be judged: "
                + String.join("; ", refusals.stream().map(ServerSamples::line).toList())
                + ". Fix the CRD first.");
      }
    }
    return new ServerSamples(server);
  }

  /**
   * The server's verdict on {@code object}; the local one ({@code local}) stands when the object's
   * version is not served, since the server cannot be asked then.
   */
  SampleValidator.Verdict judge(
      JsonNode object, SampleValidator validator, SampleValidator.Verdict local)
      throws CommandFailedException {
    JsonNode crd = validator.crdOf(object).orElseThrow();
    if (local.refused() && local.problems().get(0).startsWith("apiVersion ")) {
      return local;
    }
    try {
      List<Refusal> refusals =
          server.objectRefusals(
              object,
              crd.path("spec").path("names").path("plural").asText(),
              crd.path("spec").path("scope").asText().equals("Namespaced"));
      return new SampleValidator.Verdict(
          local.object(), refusals.stream().map(ServerSamples::line).toList());
    } catch (IOException e) {
      throw new CommandFailedException(
          VerifyServer.FLAG + ": the API server could not judge " + local.object() + ": " + e);
    }
  }

  private static String line(Refusal refusal) {
    return (refusal.field().isEmpty() ? "" : refusal.field() + ": ")
        + refusal.message().replaceAll("\\s*\\n\\s*", " ");
  }
}
