package dev.opboot.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * kube-apiserver on 127.0.0.1 (secure port only), storing into {@link Etcd}, with RBAC and the
 * {@link Credentials}.
 *
 * <p>Only the API server runs, so two things a cluster's other components would do are left out:
 * the ServiceAccount admission plugin is off (no controller-manager creates the default service
 * accounts pods would need), and readiness waits for the namespace {@code default}, which the API
 * server's own bootstrap controller creates a moment after {@code /readyz} turns green. Like {@link
 * Etcd}, an attempt that lost its port is retried on another one.
 */
final class ApiServer {

  private final ServerProcess process;
  private final int port;
  private final Credentials credentials;
  private HttpClient probe; // once the serving certificate exists

  private ApiServer(ServerProcess process, int port, Credentials credentials) {
    this.process = process;
    this.port = port;
    this.credentials = credentials;
  }

  /**
   * Starts kube-apiserver and waits until {@code /readyz} answers 200 to the admin user.
   *
   * @param extraFlags appended to the flags, so they can override them
   * @throws IllegalStateException when it exits or is not ready within the start timeout
   */
  static ApiServer start(
      EnvTestAssets assets,
      ProcessGroup processes,
      Etcd etcd,
      Credentials credentials,
      List<String> extraFlags) {
    for (int attempt = 1; ; attempt++) {
      int port = Processes.freePort();
      List<String> command =
          new ArrayList<>(
              List.of(
                  assets.kubeApiServer().toString(),
                  "--bind-address=127.0.0.1",
                  "--advertise-address=127.0.0.1",
                  "--secure-port=" + port,
                  "--cert-dir=" + credentials.certDir(),
                  "--etcd-servers=" + etcd.clientUrl(),
                  "--service-cluster-ip-range=10.0.0.0/24",
                  "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
                  "--service-account-key-file=" + credentials.serviceAccountPublicKey(),
                  "--service-account-signing-key-file=" + credentials.serviceAccountKey(),
                  "--token-auth-file=" + credentials.tokenFile(),
                  "--authorization-mode=RBAC",
                  "--allow-privileged=true",
                  "--disable-admission-plugins=ServiceAccount",
                  "--profiling=false"));
      command.addAll(extraFlags);
      ApiServer server =
          new ApiServer(processes.launch("kube-apiserver", command, Map.of()), port, credentials);
      if (server.process.awaitReady(server::ready) || attempt == ProcessGroup.PORT_ATTEMPTS) {
        server.process.requireAlive();
        return server;
      }
    }
  }

  ServerProcess process() {
    return process;
  }

  /** {@code https://127.0.0.1:<port>}. */
  URI url() {
    return url(port);
  }

  static URI url(int port) {
    return URI.create("https://127.0.0.1:" + port);
  }

  /** The self-signed serving certificate (PEM), which clients trust as the CA. */
  byte[] servingCertificate() throws IOException {
    return Files.readAllBytes(credentials.servingCertificate());
  }

  /**
   * Waits until the bootstrap controller has created the namespace {@code default}.
   *
   * @throws IllegalStateException when kube-apiserver exits or it does not appear in time
   */
  void awaitDefaultNamespace(KubernetesClient client) {
    boolean created =
        process.awaitReady(
            () -> {
              try {
                return client.namespaces().withName("default").get() != null;
              } catch (KubernetesClientException e) {
                return false;
              }
            });
    process.requireAlive();
    if (!created) {
      throw new IllegalStateException(
          "kube-apiserver did not create namespace default" + process.logTail());
    }
  }

  private boolean ready() {
    try {
      if (probe == null) {
        Path cert = credentials.servingCertificate();
        if (!Files.isRegularFile(cert)) {
          return false;
        }
        probe =
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .sslContext(Credentials.trusting(Files.readAllBytes(cert)))
                .build();
      }
      HttpResponse<String> response =
          probe.send(
              HttpRequest.newBuilder(URI.create(url() + "/readyz"))
                  .header("Authorization", "Bearer " + credentials.adminToken())
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200;
    } catch (GeneralSecurityException e) {
      probe = null; // the certificate file was still being written
      return false;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
