package dev.opboot.envtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away API server: etcd and kube-apiserver from an envtest assets folder on free ports of
 * 127.0.0.1, in a temporary folder deleted on {@link #close()}, asked with dry-run creates whether
 * it would accept a CRD or an object. It is what {@code generate crd --verify}, the Maven goals'
 * {@code op-boot.crd.verify} and {@code crd diff --samples --verify} start.
 *
 * <p>op-boot's {@code testing} module has the full harness, but the product may not depend on it
 * (it carries JUnit); this is the little a verification needs: one admin token, the service-account
 * key kube-apiserver will not start without, and its self-signed serving certificate trusted as the
 * CA.
 */
public final class ThrowAwayApiServer implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new YAMLMapper();

  private final Path folder;
  private final List<Process> processes = new ArrayList<>();
  private final String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
  private final Thread cleanup = new Thread(this::stop, "op-boot-api-server-cleanup");
  private URI url;
  private HttpClient http;

  private ThrowAwayApiServer(Path folder) {
    this.folder = folder;
  }

  /**
   * Starts etcd and kube-apiserver from {@code assets} and waits until the server is ready (a few
   * seconds).
   *
   * @throws IOException when it does not start, with the end of its log
   */
  public static ThrowAwayApiServer start(Path assets) throws IOException {
    ThrowAwayApiServer server =
        new ThrowAwayApiServer(Files.createTempDirectory("op-boot-api-server-"));
    Runtime.getRuntime().addShutdownHook(server.cleanup);
    try {
      server.launch(assets);
      return server;
    } catch (GeneralSecurityException e) {
      server.close();
      throw new IOException("no key for the service accounts: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
      throw new InterruptedIOException("interrupted while the API server started");
    }
  }

  /**
   * One cause of a refusal, as the server's {@code Status} names it.
   *
   * @param field the server's field path, or empty
   * @param message the server's words
   */
  public record Refusal(String field, String message) {}

  private void launch(Path assets)
      throws IOException, GeneralSecurityException, InterruptedException {
    int etcdPort = freePort();
    int peerPort = freePort();
    String etcdUrl = "http://127.0.0.1:" + etcdPort;
    String peerUrl = "http://127.0.0.1:" + peerPort;
    run(
        "etcd",
        List.of(
            assets.resolve("etcd").toString(),
            "--name=op-boot",
            "--data-dir=" + folder.resolve("etcd"),
            "--listen-client-urls=" + etcdUrl,
            "--advertise-client-urls=" + etcdUrl,
            "--listen-peer-urls=" + peerUrl,
            "--initial-advertise-peer-urls=" + peerUrl,
            "--initial-cluster=op-boot=" + peerUrl,
            "--unsafe-no-fsync"));
    Path tokens =
        Files.writeString(
            folder.resolve("tokens.csv"), token + ",admin,admin,\"system:masters\"\n");
    KeyPairGenerator keys = KeyPairGenerator.getInstance("RSA");
    keys.initialize(2048);
    Path key =
        Files.writeString(
            folder.resolve("sa.key"),
            "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(keys.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
    int port = freePort();
    url = URI.create("https://127.0.0.1:" + port);
    Process apiServer =
        run(
            "kube-apiserver",
            List.of(
                assets.resolve("kube-apiserver").toString(),
                "--bind-address=127.0.0.1",
                "--advertise-address=127.0.0.1",
                "--secure-port=" + port,
                "--cert-dir=" + folder.resolve("certs"),
                "--etcd-servers=" + etcdUrl,
                "--service-cluster-ip-range=10.0.0.0/24",
                "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
                "--service-account-key-file=" + key,
                "--service-account-signing-key-file=" + key,
                "--token-auth-file=" + tokens,
                "--authorization-mode=RBAC",
                "--disable-admission-plugins=ServiceAccount",
                "--profiling=false"));
    awaitReady(apiServer);
  }

  private Process run(String name, List<String> command) throws IOException {
    Path log = folder.resolve(name + ".log");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    processes.add(process);
    return process;
  }

  private void awaitReady(Process apiServer) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!apiServer.isAlive()) {
        throw new IOException("kube-apiserver exited; the end of its log:\n" + logTail());
      }
      if (ready()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IOException(
        "kube-apiserver was not ready within " + START_TIMEOUT.toSeconds() + "s:\n" + logTail());
  }

  private boolean ready() throws InterruptedException {
    try {
      if (http == null) {
        Path cert = folder.resolve("certs/apiserver.crt");
        if (!Files.isRegularFile(cert)) {
          return false;
        }
        http =
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .sslContext(trusting(Files.readAllBytes(cert)))
                .build();
      }
      return send("GET", "/readyz", null).statusCode() == 200;
    } catch (GeneralSecurityException e) {
      http = null; // the certificate was still being written
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private static SSLContext trusting(byte[] pem) throws GeneralSecurityException, IOException {
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    var certificates =
        CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem));
    if (certificates.isEmpty()) {
      throw new GeneralSecurityException("no certificate yet");
    }
    int i = 0;
    for (var certificate : certificates) {
      trust.setCertificateEntry("serving-" + i++, certificate);
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }

  /** The server's refusals of {@code crdYaml} on a dry-run create; empty when it accepts it. */
  public List<Refusal> refusals(String crdYaml) throws IOException {
    return dryRunCreate("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", crdYaml);
  }

  /**
   * Creates {@code crdYaml} for real and waits until it is established, so that objects of its kind
   * can be judged ({@code crd diff --samples}).
   *
   * @return the server's refusals of the CRD; empty when it is installed
   */
  public List<Refusal> install(String crdYaml) throws IOException {
    JsonNode crd = YAML.readTree(crdYaml);
    HttpResponse<String> response =
        send(
            "POST",
            "/apis/apiextensions.k8s.io/v1/customresourcedefinitions",
            JSON.writeValueAsString(crd));
    if (response.statusCode() != 201) {
      return refusalsOf(response);
    }
    String path =
        "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/"
            + crd.path("metadata").path("name").asText();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode status = JSON.readTree(send("GET", path, null).body()).path("status");
      for (JsonNode condition : status.path("conditions")) {
        if (condition.path("type").asText().equals("Established")
            && condition.path("status").asText().equals("True")) {
          return List.of();
        }
      }
      sleep();
    }
    throw new IOException(
        "the CRD " + crd.path("metadata").path("name").asText() + " was not established in 30s");
  }

  /**
   * The server's refusals of {@code object} on a dry-run create with strict field validation, in
   * namespace {@code default} when its kind is namespaced; empty when it accepts it.
   *
   * @param plural the resource's plural, from its CRD
   * @param namespaced whether the CRD's scope is Namespaced
   */
  public List<Refusal> objectRefusals(JsonNode object, String plural, boolean namespaced)
      throws IOException {
    JsonNode copy = object.deepCopy();
    if (copy.path("metadata").isObject()) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) copy.get("metadata")).remove("namespace");
    }
    String apiVersion = object.path("apiVersion").asText();
    return dryRunCreate(
        "/apis/" + apiVersion + (namespaced ? "/namespaces/default/" : "/") + plural,
        JSON.writeValueAsString(copy));
  }

  private List<Refusal> dryRunCreate(String path, String body) throws IOException {
    String json =
        body.strip().startsWith("{") ? body : JSON.writeValueAsString(YAML.readTree(body));
    HttpResponse<String> response = send("POST", path + "?dryRun=All&fieldValidation=Strict", json);
    return response.statusCode() / 100 == 2 ? List.of() : refusalsOf(response);
  }

  /** Each cause of a refusal, with its field; the status message when it names no cause. */
  private static List<Refusal> refusalsOf(HttpResponse<String> response) throws IOException {
    JsonNode status;
    try {
      status = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IOException(
          "the API server answered " + response.statusCode() + ": " + response.body());
    }
    if (!status.path("kind").asText().equals("Status")
        || response.statusCode() / 100 != 4
        || response.statusCode() == 401
        || response.statusCode() == 403) {
      throw new IOException(
          "the API server answered " + response.statusCode() + ": " + response.body());
    }
    List<Refusal> refusals = new ArrayList<>();
    for (JsonNode cause : status.path("details").path("causes")) {
      refusals.add(new Refusal(cause.path("field").asText(""), cause.path("message").asText("")));
    }
    if (refusals.isEmpty()) {
      refusals.add(new Refusal("", status.path("message").asText(response.body())));
    }
    return refusals;
  }

  private HttpResponse<String> send(String method, String path, String body) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(30));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking the API server", e);
    }
  }

  private static void sleep() throws IOException {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the API server", e);
    }
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(folder.resolve("kube-apiserver.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    }
  }

  /** Stops kube-apiserver, then etcd, and deletes the temporary folder. */
  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs stop() itself
    }
  }

  private synchronized void stop() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process process = processes.get(i);
      process.destroy();
      try {
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    processes.clear();
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary folder is harmless
    }
  }
}
