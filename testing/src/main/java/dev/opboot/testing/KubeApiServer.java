package dev.opboot.testing;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A real Kubernetes API server for tests: {@code etcd} and {@code kube-apiserver} from
 * {@link EnvTestAssets}, listening on 127.0.0.1 only, with RBAC authorization on and an admin user
 * (a bearer token in group {@code system:masters}). Nothing runs but the API server: no
 * controller-manager, scheduler or kubelet, so pods are stored but never run, and namespaces are
 * never finalized.
 *
 * <p>{@link #shared()} starts one per test JVM and stops it when the JVM exits; {@link #start()}
 * starts a private one that the caller {@link #stop() stops}. Either way the processes are ended
 * and the temporary folder deleted on {@link #stop()}, by a shutdown hook when the JVM is
 * interrupted, and by the next start in any JVM when the JVM that started them was killed outright.
 */
public final class KubeApiServer implements AutoCloseable {

  /** Prefix of the per-run temporary folder under {@code java.io.tmpdir}. */
  static final String RUN_DIR_PREFIX = "op-boot-envtest-";
  private static final String OWNER_FILE = "owner";
  private static final String PIDS_FILE = "pids";
  private static final String ADMIN_USER = "op-boot-admin";

  /** How long to wait for etcd and kube-apiserver to become ready; override in seconds. */
  public static final String START_TIMEOUT_PROPERTY = "opboot.envtest.startTimeoutSeconds";
  private static final Duration STOP_GRACE = Duration.ofSeconds(5);
  private static final Duration CRD_TIMEOUT = Duration.ofSeconds(30);
  private static final int PORT_ATTEMPTS = 3;

  private static KubeApiServer shared;
  private static RuntimeException sharedFailure;

  private final EnvTestAssets assets;
  private final List<String> extraApiServerFlags;
  private final Path runDir;
  private final String token;
  private final Thread shutdownHook;
  private final Duration startTimeout;

  private volatile Process etcd;
  private volatile Process apiServer;
  /** Every process launched, attempts that lost a port race included; guarded by this. */
  private final List<Process> launched = new ArrayList<>();
  private int etcdPort;
  private int apiServerPort;
  private Path kubeconfig;
  private volatile KubernetesClient client;
  private boolean stopped;
  private HttpClient probe; // etcd /health
  private HttpClient tlsProbe; // kube-apiserver /readyz, once its certificate exists

  private KubeApiServer(EnvTestAssets assets, List<String> extraApiServerFlags) throws IOException {
    this.assets = Objects.requireNonNull(assets, "assets");
    this.extraApiServerFlags = List.copyOf(extraApiServerFlags);
    this.startTimeout = Duration.ofSeconds(Long.getLong(START_TIMEOUT_PROPERTY, 60));
    this.runDir = Files.createTempDirectory(RUN_DIR_PREFIX); // rwx------
    this.token = HexFormat.of().formatHex(new SecureRandom().generateSeed(32));
    this.shutdownHook = new Thread(this::stopFromHook, "op-boot-envtest-stop");
    Processes.append(runDir.resolve(OWNER_FILE), Processes.Record.of("jvm", ProcessHandle.current()).line());
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * The API server of this test JVM, started on first use from {@code KUBEBUILDER_ASSETS} and
   * stopped when the JVM exits. Do not stop it, nor close its {@link #client()}.
   *
   * @throws IllegalStateException when {@code KUBEBUILDER_ASSETS} is not set or the start failed
   *     (a failed start is not retried in the same JVM)
   */
  public static synchronized KubeApiServer shared() {
    if (sharedFailure != null) {
      throw new IllegalStateException("the shared API server failed to start earlier in this JVM",
          sharedFailure);
    }
    if (shared == null || shared.isStopped()) {
      try {
        shared = start();
      } catch (RuntimeException e) {
        sharedFailure = e;
        throw e;
      }
    }
    return shared;
  }

  /**
   * Starts a private API server from {@code KUBEBUILDER_ASSETS}; the caller stops it.
   *
   * @throws IllegalStateException when {@code KUBEBUILDER_ASSETS} is not set or the start failed
   */
  public static KubeApiServer start() {
    EnvTestAssets assets = EnvTestAssets.fromEnvironment()
        .orElseThrow(() -> new IllegalStateException(EnvTestAssets.NOT_SET_MESSAGE));
    return start(assets, List.of());
  }

  /**
   * Starts a private API server; the caller stops it.
   *
   * @param extraApiServerFlags appended to kube-apiserver's flags, e.g. {@code --feature-gates=...}
   * @throws IllegalStateException when a process does not start or become ready in time
   */
  public static KubeApiServer start(EnvTestAssets assets, List<String> extraApiServerFlags) {
    reapStaleRuns();
    KubeApiServer server;
    try {
      server = new KubeApiServer(assets, extraApiServerFlags);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the run folder", e);
    }
    try {
      server.startProcesses();
      return server;
    } catch (RuntimeException | Error e) {
      try {
        server.stop();
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  // ---- start -------------------------------------------------------------------------------

  private void startProcesses() {
    long begin = System.nanoTime();
    Path etcdData = runDir.resolve("etcd");
    Path certDir = runDir.resolve("certs");
    try {
      writeServiceAccountKeys();
      Files.writeString(runDir.resolve("tokens.csv"),
          token + "," + ADMIN_USER + "," + ADMIN_USER + ",\"system:masters\"\n");
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot write the API server's keys", e);
    }

    for (int attempt = 1; ; attempt++) {
      deleteQuietly(etcdData); // a failed attempt may have bootstrapped it with other ports
      etcdPort = Processes.freePort();
      int peerPort = Processes.freePort();
      etcd = launch("etcd", List.of(assets.etcd().toString(),
          "--name=envtest",
          "--data-dir=" + etcdData,
          "--listen-client-urls=http://127.0.0.1:" + etcdPort,
          "--advertise-client-urls=http://127.0.0.1:" + etcdPort,
          "--listen-peer-urls=http://127.0.0.1:" + peerPort,
          "--initial-advertise-peer-urls=http://127.0.0.1:" + peerPort,
          "--initial-cluster=envtest=http://127.0.0.1:" + peerPort,
          "--unsafe-no-fsync")); // throwaway data: skip fsync, as envtest does
      if (waitUntil(etcd, "etcd", this::etcdHealthy) || attempt == PORT_ATTEMPTS) {
        break;
      }
      // lost a race for a port: try others
    }
    requireAlive(etcd, "etcd");

    for (int attempt = 1; ; attempt++) {
      apiServerPort = Processes.freePort();
      List<String> command = new ArrayList<>(List.of(assets.kubeApiServer().toString(),
          "--bind-address=127.0.0.1",
          "--advertise-address=127.0.0.1",
          "--secure-port=" + apiServerPort,
          "--cert-dir=" + certDir,
          "--etcd-servers=http://127.0.0.1:" + etcdPort,
          "--service-cluster-ip-range=10.0.0.0/24",
          "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
          "--service-account-key-file=" + runDir.resolve("sa.pub"),
          "--service-account-signing-key-file=" + runDir.resolve("sa.key"),
          "--token-auth-file=" + runDir.resolve("tokens.csv"),
          "--authorization-mode=RBAC",
          "--allow-privileged=true",
          // no controller-manager creates the default service accounts pods would need
          "--disable-admission-plugins=ServiceAccount",
          "--profiling=false"));
      command.addAll(extraApiServerFlags);
      apiServer = launch("kube-apiserver", command);
      if (waitUntil(apiServer, "kube-apiserver", () -> apiServerReady(certDir)) || attempt == PORT_ATTEMPTS) {
        break;
      }
    }
    requireAlive(apiServer, "kube-apiserver");

    try {
      kubeconfig = runDir.resolve("kubeconfig");
      Files.writeString(kubeconfig, kubeconfigYaml(Files.readAllBytes(certDir.resolve("apiserver.crt"))));
      Files.setPosixFilePermissions(kubeconfig, PosixFilePermissions.fromString("rw-------"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the kubeconfig", e);
    }
    client = newClient();
    // readyz is green before the bootstrap controller has created the system namespaces
    boolean namespaced = waitUntil(apiServer, "kube-apiserver", () -> {
      try {
        return client.namespaces().withName("default").get() != null;
      } catch (KubernetesClientException e) {
        return false;
      }
    });
    requireAlive(apiServer, "kube-apiserver");
    if (!namespaced) {
      throw new IllegalStateException("kube-apiserver did not create namespace default within "
          + startTimeout.toSeconds() + "s" + logTail("kube-apiserver"));
    }
    System.err.printf("op-boot-testing: kube-apiserver %s ready at %s in %d ms (etcd pid %d, kube-apiserver pid %d)%n",
        assets.dir(), url(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin),
        etcd.pid(), apiServer.pid());
  }

  private static void deleteQuietly(Path dir) {
    try {
      Processes.deleteTree(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  private Process launch(String name, List<String> command) {
    Path log = runDir.resolve(name + ".log");
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(runDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("ETCD_") || k.equals("KUBECONFIG"));
    if ("etcd".equals(name) && "aarch64".equals(System.getProperty("os.arch"))) {
      env.put("ETCD_UNSUPPORTED_ARCH", "arm64"); // etcd 3.4 refuses arm64 without it
    }
    try {
      Process process = builder.start();
      synchronized (this) {
        if (stopped) { // by the shutdown hook, while starting
          Processes.destroyTree(process.toHandle(), Duration.ZERO);
          throw new IllegalStateException("stopped while starting " + name);
        }
        launched.add(process);
      }
      Processes.append(runDir.resolve(PIDS_FILE), Processes.Record.of(name, process.toHandle()).line());
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command.get(0), e);
    }
  }

  /** Polls {@code ready} until true (true), the process dies (false) or the timeout (throws). */
  private boolean waitUntil(Process process, String name, BooleanSupplier ready) {
    long deadline = System.nanoTime() + startTimeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        return false;
      }
      if (ready.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + name, e);
      }
    }
    throw new IllegalStateException(name + " was not ready within " + startTimeout.toSeconds()
        + "s (raise -D" + START_TIMEOUT_PROPERTY + ")" + logTail(name));
  }

  private void requireAlive(Process process, String name) {
    if (!process.isAlive()) {
      throw new IllegalStateException(name + " exited with code " + process.exitValue()
          + logTail(name));
    }
  }

  private String logTail(String name) {
    return "; the end of its log:\n" + Processes.tail(runDir.resolve(name + ".log"), 30);
  }


  private boolean etcdHealthy() {
    try {
      if (probe == null) {
        probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
      }
      HttpResponse<String> response = probe.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + etcdPort + "/health")).timeout(Duration.ofSeconds(2)).build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"true\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }


  private boolean apiServerReady(Path certDir) {
    try {
      if (tlsProbe == null) {
        Path cert = certDir.resolve("apiserver.crt");
        if (!Files.isRegularFile(cert)) {
          return false;
        }
        tlsProbe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .sslContext(trusting(Files.readAllBytes(cert))).build();
      }
      HttpResponse<String> response = tlsProbe.send(HttpRequest.newBuilder(
          URI.create(url() + "/readyz")).header("Authorization", "Bearer " + token)
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200;
    } catch (GeneralSecurityException e) {
      tlsProbe = null; // the certificate file was still being written
      return false;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** An SSL context that trusts the certificates of a PEM bundle. */
  static SSLContext trusting(byte[] pem) throws GeneralSecurityException, IOException {
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    int i = 0;
    for (Certificate certificate : CertificateFactory.getInstance("X.509")
        .generateCertificates(new ByteArrayInputStream(pem))) {
      trust.setCertificateEntry("apiserver-" + i++, certificate);
    }
    if (i == 0) {
      throw new GeneralSecurityException("no certificate yet");
    }
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }

  private void writeServiceAccountKeys() throws IOException, GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    Files.writeString(runDir.resolve("sa.key"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    Files.writeString(runDir.resolve("sa.pub"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }

  private String kubeconfigYaml(byte[] caPem) {
    return "apiVersion: v1\n"
        + "kind: Config\n"
        + "clusters:\n"
        + "- name: envtest\n"
        + "  cluster:\n"
        + "    server: " + url() + "\n"
        + "    certificate-authority-data: " + Base64.getEncoder().encodeToString(caPem) + "\n"
        + "users:\n"
        + "- name: " + ADMIN_USER + "\n"
        + "  user:\n"
        + "    token: " + token + "\n"
        + "contexts:\n"
        + "- name: envtest\n"
        + "  context:\n"
        + "    cluster: envtest\n"
        + "    user: " + ADMIN_USER + "\n"
        + "    namespace: default\n"
        + "current-context: envtest\n";
  }

  // ---- use -------------------------------------------------------------------------------------

  /** The client of the admin user (group {@code system:masters}); closed by {@link #stop()}. */
  public synchronized KubernetesClient client() {
    requireRunning();
    return client;
  }

  /** A new client of the admin user, from {@link #kubeconfig()}; the caller closes it. */
  public KubernetesClient newClient() {
    requireRunning();
    try {
      return new KubernetesClientBuilder()
          .withConfig(Config.fromKubeconfig(Files.readString(kubeconfig))).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A kubeconfig file for the admin user (server, CA data and token inline), for {@code kubectl
   * --kubeconfig} or another client; deleted by {@link #stop()}.
   */
  public Path kubeconfig() {
    requireRunning();
    return kubeconfig;
  }

  /** {@code https://127.0.0.1:<port>}. */
  public URI url() {
    return URI.create("https://127.0.0.1:" + apiServerPort);
  }

  public EnvTestAssets assets() {
    return assets;
  }

  /** The temporary folder of this run (etcd data, certificates, logs, kubeconfig). */
  public Path runDir() {
    return runDir;
  }

  /** The etcd and kube-apiserver processes (ended, once {@link #stop() stopped}). */
  public List<ProcessHandle> processes() {
    List<ProcessHandle> processes = new ArrayList<>();
    if (etcd != null) {
      processes.add(etcd.toHandle());
    }
    if (apiServer != null) {
      processes.add(apiServer.toHandle());
    }
    return processes;
  }

  /** Creates or updates (server-side apply) a CustomResourceDefinition from a YAML file. */
  public CustomResourceDefinition applyCrd(Path yaml) {
    try (InputStream in = Files.newInputStream(yaml)) {
      return applyCrd(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates or updates (server-side apply) a CustomResourceDefinition from YAML or JSON, e.g. a
   * test resource: {@code applyCrd(getClass().getResourceAsStream("/crd.yaml"))}.
   */
  public CustomResourceDefinition applyCrd(InputStream yaml) {
    Objects.requireNonNull(yaml, "yaml (a missing resource?)");
    return applyCrd(client().apiextensions().v1().customResourceDefinitions().load(yaml).item());
  }

  /**
   * Creates or updates (server-side apply, forcing conflicts) a CustomResourceDefinition and waits
   * until it is Established and its served versions are in API discovery, so that custom resources
   * of it can be created right away.
   *
   * @return the CustomResourceDefinition as the server has it, Established
   */
  public CustomResourceDefinition applyCrd(CustomResourceDefinition crd) {
    KubernetesClient c = client();
    CustomResourceDefinition clean = new CustomResourceDefinitionBuilder(crd).withStatus(null)
        .editMetadata().withResourceVersion(null).withCreationTimestamp(null).endMetadata().build();
    String name = clean.getMetadata().getName();
    c.apiextensions().v1().customResourceDefinitions().resource(clean)
        .fieldManager("op-boot-testing").forceConflicts().serverSideApply();
    CustomResourceDefinition established = c.apiextensions().v1().customResourceDefinitions()
        .withName(name).waitUntilCondition(established(), CRD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    long deadline = System.nanoTime() + CRD_TIMEOUT.toNanos();
    String group = established.getSpec().getGroup();
    String plural = established.getSpec().getNames().getPlural();
    for (CustomResourceDefinitionVersion version : established.getSpec().getVersions()) {
      if (!Boolean.TRUE.equals(version.getServed())) {
        continue;
      }
      String groupVersion = group + "/" + version.getName();
      while (!discovered(c, groupVersion, plural)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("CRD " + name + " is Established but " + groupVersion
              + " does not list " + plural + " within " + CRD_TIMEOUT.toSeconds() + "s");
        }
        sleep(50);
      }
    }
    return established;
  }

  private static Predicate<CustomResourceDefinition> established() {
    return crd -> crd != null && crd.getStatus() != null && crd.getStatus().getConditions() != null
        && crd.getStatus().getConditions().stream()
            .anyMatch(cond -> "Established".equals(cond.getType()) && "True".equals(cond.getStatus()));
  }

  private static boolean discovered(KubernetesClient c, String groupVersion, String plural) {
    try {
      APIResourceList resources = c.getApiResources(groupVersion);
      return resources != null && resources.getResources().stream()
          .map(APIResource::getName).anyMatch(plural::equals);
    } catch (KubernetesClientException e) {
      return false;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private synchronized boolean isStopped() {
    return stopped;
  }

  private synchronized void requireRunning() {
    if (stopped) {
      throw new IllegalStateException("this API server was stopped");
    }
  }

  // ---- stop ---------------------------------------------------------------------------------

  /**
   * Closes the client, ends kube-apiserver then etcd (SIGTERM, SIGKILL after 5 s, each with its
   * child processes) and waits for them, then deletes the run folder. Idempotent.
   */
  public void stop() {
    List<Process> processes;
    synchronized (this) {
      if (stopped) {
        return;
      }
      stopped = true;
      processes = new ArrayList<>(launched);
    }
    Collections.reverse(processes); // kube-apiserver before the etcd it needs
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: this may be the hook itself
    }
    RuntimeException failure = null;
    if (client != null) {
      try {
        client.close();
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    for (Process process : processes) {
      try {
        Processes.destroyTree(process.toHandle(), STOP_GRACE);
        process.waitFor(10, TimeUnit.SECONDS); // reaps it
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        failure = accumulate(failure, e);
      }
    }
    try {
      Processes.deleteTree(runDir);
    } catch (IOException e) {
      failure = accumulate(failure, new UncheckedIOException("cannot delete " + runDir, e));
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static RuntimeException accumulate(RuntimeException first, RuntimeException next) {
    if (first == null) {
      return next;
    }
    first.addSuppressed(next);
    return first;
  }

  private void stopFromHook() {
    try {
      stop();
    } catch (RuntimeException e) {
      System.err.println("op-boot-testing: stopping the API server at exit: " + e);
    }
  }

  @Override
  public void close() {
    stop();
  }

  @Override
  public String toString() {
    return "KubeApiServer[" + url() + ", " + assets + "]";
  }

  // ---- leftovers of killed JVMs -----------------------------------------------------------------

  /**
   * Ends the processes and deletes the run folders that a JVM killed outright (SIGKILL: no shutdown
   * hook ran) left behind. A run folder is left alone while the JVM that made it lives. Called by
   * every start; safe to call any time.
   *
   * @return how many stale run folders were cleaned
   */
  public static int reapStaleRuns() {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    int cleaned = 0;
    List<Path> runs = new ArrayList<>();
    try (var stream = Files.newDirectoryStream(tmp, RUN_DIR_PREFIX + "*")) {
      stream.forEach(runs::add);
    } catch (IOException e) {
      return 0;
    }
    String me = System.getProperty("user.name");
    for (Path run : runs) {
      try {
        if (!Files.isDirectory(run, LinkOption.NOFOLLOW_LINKS)
            || !Files.getOwner(run).getName().equals(me)) {
          continue;
        }
        List<Processes.Record> owner = Processes.readRecords(run.resolve(OWNER_FILE));
        boolean ownerAlive = owner.isEmpty()
            ? Files.getLastModifiedTime(run).toInstant().isAfter(Instant.now().minus(Duration.ofMinutes(10)))
            : owner.get(0).live().isPresent();
        if (ownerAlive) {
          continue;
        }
        List<Processes.Record> records = Processes.readRecords(run.resolve(PIDS_FILE));
        Collections.reverse(records); // kube-apiserver before the etcd it needs
        for (Processes.Record record : records) {
          record.live().ifPresent(p -> Processes.destroyTree(p, STOP_GRACE));
        }
        Processes.deleteTree(run);
        cleaned++;
      } catch (IOException | RuntimeException e) {
        System.err.println("op-boot-testing: cannot clean the stale run " + run + ": " + e);
      }
    }
    return cleaned;
  }
}
