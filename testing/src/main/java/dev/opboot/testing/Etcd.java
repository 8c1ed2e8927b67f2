package dev.opboot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The etcd that kube-apiserver stores into: one member on 127.0.0.1, plain HTTP, its data in the
 * run folder and never fsynced (the data is thrown away, and fsync is what makes etcd slow on a
 * busy disk; envtest does the same).
 *
 * <p>Its two ports are picked free just before the launch, and another process can take one in
 * between; an attempt that dies is therefore retried on other ports, from an empty data folder
 * since the dead one may have bootstrapped it with the old ports.
 */
final class Etcd {

  private final ServerProcess process;
  private final int clientPort;
  private HttpClient probe;

  private Etcd(ServerProcess process, int clientPort) {
    this.process = process;
    this.clientPort = clientPort;
  }

  /**
   * Starts etcd and waits until it reports itself healthy.
   *
   * @throws IllegalStateException when it exits or is not healthy within the start timeout
   */
  static Etcd start(EnvTestAssets assets, RunFolder folder, ProcessGroup processes) {
    Path data = folder.resolve("etcd");
    for (int attempt = 1; ; attempt++) {
      deleteTree(data);
      int clientPort = Processes.freePort();
      int peerPort = Processes.freePort();
      Etcd etcd =
          new Etcd(
              processes.launch(
                  "etcd",
                  List.of(
                      assets.etcd().toString(),
                      "--name=envtest",
                      "--data-dir=" + data,
                      "--listen-client-urls=http://127.0.0.1:" + clientPort,
                      "--advertise-client-urls=http://127.0.0.1:" + clientPort,
                      "--listen-peer-urls=http://127.0.0.1:" + peerPort,
                      "--initial-advertise-peer-urls=http://127.0.0.1:" + peerPort,
                      "--initial-cluster=envtest=http://127.0.0.1:" + peerPort,
                      "--unsafe-no-fsync"),
                  environment()),
              clientPort);
      if (etcd.process.awaitReady(etcd::healthy) || attempt == ProcessGroup.PORT_ATTEMPTS) {
        etcd.process.requireAlive();
        return etcd;
      }
    }
  }

  /** etcd 3.4 refuses to run on arm64 unless told that this is on purpose. */
  private static Map<String, String> environment() {
    return "aarch64".equals(System.getProperty("os.arch"))
        ? Map.of("ETCD_UNSUPPORTED_ARCH", "arm64")
        : Map.of();
  }

  ServerProcess process() {
    return process;
  }

  /** The URL kube-apiserver's {@code --etcd-servers} takes. */
  String clientUrl() {
    return "http://127.0.0.1:" + clientPort;
  }

  private boolean healthy() {
    try {
      if (probe == null) {
        probe =
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
      }
      HttpResponse<String> response =
          probe.send(
              HttpRequest.newBuilder(URI.create(clientUrl() + "/health"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"true\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void deleteTree(Path dir) {
    try {
      Processes.deleteTree(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
