package dev.opboot.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.envtest.ThrowAwayApiServer;
import dev.opboot.generate.crd.CrdServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code --verify}'s throw-away API server ({@link ThrowAwayApiServer}) from the envtest assets
 * {@link VerifyAssets} finds, judging CRDs for the CRD generator ({@link CrdServer}) and objects
 * for {@code crd diff --samples}.
 */
public final class VerifyServer implements CrdServer, AutoCloseable {
  /** The flag that asks for it. */
  public static final String FLAG = "--verify";

  private final ThrowAwayApiServer server;

  private VerifyServer(ThrowAwayApiServer server) {
    this.server = server;
  }

  /**
   * Starts the server and waits until it is ready (a few seconds).
   *
   * @param env looks up an environment variable ({@code System::getenv})
   * @throws CommandFailedException when there are no assets (with the hint to provision them) or
   *     the server does not start (with the end of its log)
   */
  public static VerifyServer start(UnaryOperator<String> env) throws CommandFailedException {
    Path assets = VerifyAssets.find(env, System::getProperty, FLAG);
    try {
      return new VerifyServer(ThrowAwayApiServer.start(assets));
    } catch (IOException e) {
      throw new CommandFailedException(FLAG + ": the API server did not start: " + e.getMessage());
    }
  }

  @Override
  public List<Refusal> refusals(String crdYaml) throws IOException {
    return crdRefusals(server.refusals(crdYaml));
  }

  /**
   * Creates {@code crdYaml} for real and waits until it is established, so that objects of its kind
   * can be judged ({@code crd diff --samples}).
   *
   * @return the server's refusals of the CRD; empty when it is installed
   */
  public List<Refusal> install(String crdYaml) throws IOException {
    return crdRefusals(server.install(crdYaml));
  }

  /**
   * The server's refusals of {@code object} on a dry-run create with strict field validation, in
   * namespace {@code default} when its kind is namespaced; empty when it accepts it.
   */
  public List<Refusal> objectRefusals(JsonNode object, String plural, boolean namespaced)
      throws IOException {
    return crdRefusals(server.objectRefusals(object, plural, namespaced));
  }

  private static List<Refusal> crdRefusals(List<ThrowAwayApiServer.Refusal> refusals) {
    return refusals.stream().map(r -> new Refusal(r.field(), r.message())).toList();
  }

  /** Stops the server and deletes its folder. */
  @Override
  public void close() {
    server.close();
  }
}
