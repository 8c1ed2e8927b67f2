package dev.opboot.testing;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A real Kubernetes API server for tests: {@code etcd} and {@code kube-apiserver} from {@link
 * EnvTestAssets}, listening on 127.0.0.1 only, with RBAC authorization on and an admin user (a
 * bearer token in group {@code system:masters}). Nothing runs but the API server: no
 * controller-manager, scheduler or kubelet, so pods are stored but never run, and namespaces are
 * never finalized.
 *
 * <p>{@link #shared()} starts one per test JVM and stops it when the JVM exits; {@link #start()}
 * starts a private one that the caller {@link #stop() stops}. Either way the processes are ended
 * and the temporary folder deleted on {@link #stop()}, by a shutdown hook when the JVM is
 * interrupted, and by the next start in any JVM when the JVM that started them was killed outright.
 *
 * <p>This class is the lifecycle (start, share, stop) and the API tests use; each job behind it is
 * a package-private class of its own: {@code RunFolder} (the temporary folder and what a killed JVM
 * left), {@code ProcessGroup} and {@code ServerProcess} (launching, waiting, ending), {@code Etcd},
 * {@code ApiServer}, {@code Credentials} (token, keys, trusted certificate), {@code Kubeconfig} and
 * {@code CrdInstaller}.
 */
public final class KubeApiServer implements AutoCloseable {

  /** How long to wait for etcd and kube-apiserver to become ready; override in seconds. */
  public static final String START_TIMEOUT_PROPERTY = "opboot.envtest.startTimeoutSeconds";

  private static final Duration STOP_GRACE = Duration.ofSeconds(5);

  private static KubeApiServer shared;
  private static RuntimeException sharedFailure;

  private final EnvTestAssets assets;
  private final List<String> extraApiServerFlags;
  private final RunFolder folder;
  private final ProcessGroup processes;
  private final Thread shutdownHook;

  private volatile Etcd etcd;
  private volatile ApiServer apiServer;
  private volatile Path kubeconfig;
  private volatile KubernetesClient client;
  private boolean stopped; // guarded by this

  private KubeApiServer(EnvTestAssets assets, List<String> extraApiServerFlags) throws IOException {
    this.assets = Objects.requireNonNull(assets, "assets");
    this.extraApiServerFlags = List.copyOf(extraApiServerFlags);
    this.folder = RunFolder.create();
    this.processes =
        new ProcessGroup(folder, Duration.ofSeconds(Long.getLong(START_TIMEOUT_PROPERTY, 60)));
    this.shutdownHook = new Thread(this::stopFromHook, "op-boot-envtest-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * The API server of this test JVM, started on first use from {@link EnvTestAssets#find()} and
   * stopped when the JVM exits. Do not stop it, nor close its {@link #client()}.
   *
   * @throws IllegalStateException when no kube-apiserver is found or the start failed (a failed
   *     start is not retried in the same JVM)
   */
  public static synchronized KubeApiServer shared() {
    if (sharedFailure != null) {
      throw new IllegalStateException(
          "the shared API server failed to start earlier in this JVM", sharedFailure);
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
   * Starts a private API server from {@link EnvTestAssets#find()}; the caller stops it.
   *
   * @throws IllegalStateException when no kube-apiserver is found or the start failed
   */
  public static KubeApiServer start() {
    EnvTestAssets assets =
        EnvTestAssets.find()
            .orElseThrow(() -> new IllegalStateException(EnvTestAssets.missingMessage()));
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

  private void startProcesses() {
    long begin = System.nanoTime();
    Credentials credentials = Credentials.write(folder);
    etcd = Etcd.start(assets, folder, processes);
    apiServer = ApiServer.start(assets, processes, etcd, credentials, extraApiServerFlags);
    try {
      kubeconfig =
          Kubeconfig.write(
              folder.resolve("kubeconfig"),
              apiServer.url(),
              apiServer.servingCertificate(),
              Credentials.ADMIN_USER,
              credentials.adminToken());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the kubeconfig", e);
    }
    client = newClient();
    apiServer.awaitDefaultNamespace(client);
    System.err.printf(
        "op-boot-testing: kube-apiserver %s ready at %s in %d ms (etcd pid %d, kube-apiserver pid %d)%n",
        assets,
        url(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin),
        etcd.process().handle().pid(),
        apiServer.process().handle().pid());
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
          .withConfig(Config.fromKubeconfig(Files.readString(kubeconfig)))
          .build();
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
    ApiServer server = apiServer;
    return server == null ? ApiServer.url(0) : server.url();
  }

  public EnvTestAssets assets() {
    return assets;
  }

  /** The temporary folder of this run (etcd data, certificates, logs, kubeconfig). */
  public Path runDir() {
    return folder.path();
  }

  /** The etcd and kube-apiserver processes (ended, once {@link #stop() stopped}). */
  public List<ProcessHandle> processes() {
    List<ProcessHandle> handles = new ArrayList<>();
    Etcd e = etcd;
    if (e != null) {
      handles.add(e.process().handle());
    }
    ApiServer a = apiServer;
    if (a != null) {
      handles.add(a.process().handle());
    }
    return handles;
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
    return CrdInstaller.apply(client(), crd);
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
    synchronized (this) {
      if (stopped) {
        return;
      }
      stopped = true;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: this may be the hook itself
    }
    RuntimeException failure = null;
    KubernetesClient c = client;
    if (c != null) {
      try {
        c.close();
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    try {
      processes.stopAll(STOP_GRACE);
    } catch (RuntimeException e) {
      failure = accumulate(failure, e);
    }
    try {
      folder.delete();
    } catch (IOException e) {
      failure = accumulate(failure, new UncheckedIOException("cannot delete " + folder.path(), e));
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

  /**
   * Ends the processes and deletes the run folders that a JVM killed outright (SIGKILL: no shutdown
   * hook ran) left behind. A run folder is left alone while the JVM that made it lives. Called by
   * every start; safe to call any time.
   *
   * @return how many stale run folders were cleaned
   */
  public static int reapStaleRuns() {
    return RunFolder.reapStale(STOP_GRACE);
  }
}
