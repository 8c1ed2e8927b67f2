package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opboot.testing.EnvTestAssets;
import dev.opboot.testing.KubeApiServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code op-boot build}, {@code deploy}, {@code undeploy} and {@code run} on a copy of the golden
 * project, against a kube-apiserver of its own (deploy and undeploy must find the server as they
 * left it, which a server shared with other tests cannot promise).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorLifecycleIT {
  private static final String IMAGE = "localhost:5000/guestbook-operator:0.1.0";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir static Path tmp;

  private static Path project;
  private static Path assets;
  private static String baseImage;
  private static KubeApiServer server;

  @BeforeAll
  static void start() throws IOException {
    assets = EnvTestAssets.assumeFound().dir();
    baseImage = System.getenv("OP_BOOT_TEST_BASE_IMAGE");
    assumeTrue(
        baseImage != null && !baseImage.isBlank(),
        "OP_BOOT_TEST_BASE_IMAGE is not set: run"
            + " testdata/base-image/provision (Debian's packages, via debootstrap) and export the line it prints");
    project = tmp.resolve("guestbook-operator");
    Trees.copy(TestdataDir.goldenScaffold(), project);
    server = KubeApiServer.start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void buildMakesANonRootImageAndAnInstallBundleTheApiServerAccepts() throws Exception {
    Path tarball = tmp.resolve("image.tar");
    Processes.Result build =
        opBoot(
            "build.log",
            "build",
            "--image",
            IMAGE,
            "--image-tar",
            tarball.toString(),
            "--base-image",
            baseImage);
    assertThat(build.exitCode()).as("op-boot build:%n%s", build.output()).isZero();
    assertThat(build.output())
        .contains(
            "[1/4] Generate the manifests (crd, rbac, webhook)",
            "[2/4] Build and test the operator with Maven",
            "[3/4] Build the image " + IMAGE,
            "[4/4] Render dist/install.yaml",
            "All 4 steps done in");
    assertThat(
            SurefireReports.of(
                    project, "com.example.guestbookoperator.controller.GuestbookReconcilerTest")
                .tests())
        .as("the operator's tests ran")
        .isGreaterThanOrEqualTo(3);

    Path image = Files.createDirectories(tmp.resolve("image"));
    tar("-xf", tarball.toString(), "-C", image.toString());
    JsonNode manifest = JSON.readTree(image.resolve("manifest.json").toFile()).get(0);
    assertThat(manifest.at("/RepoTags/0").asText()).isEqualTo(IMAGE);
    JsonNode config =
        JSON.readTree(image.resolve(manifest.get("Config").asText()).toFile()).get("config");
    assertThat(config.get("User").asText()).as("the image's user").isEqualTo("65532:65532");
    assertThat(config.get("Entrypoint").toString())
        .contains("java", "com.example.guestbookoperator.OperatorMain");
    List<String> appFiles = new ArrayList<>();
    for (JsonNode layer : manifest.get("Layers")) {
      appFiles.addAll(List.of(tar("-tf", image.resolve(layer.asText()).toString()).split("\n")));
    }
    assertThat(appFiles)
        .as("the operator's classes and libraries are in the image")
        .contains("app/classes/com/example/guestbookoperator/OperatorMain.class")
        .anyMatch(f -> f.startsWith("app/libs/operator-framework-core-"));

    String bundle = Files.readString(project.resolve("dist/install.yaml"));
    List<String> kinds = new ArrayList<>();
    for (JsonNode object : YAML.readerFor(JsonNode.class).<JsonNode>readValues(bundle).readAll()) {
      kinds.add(object.get("kind").asText());
      if (object.get("kind").asText().equals("Deployment")) {
        assertThat(object.at("/spec/template/spec/containers/0/image").asText()).isEqualTo(IMAGE);
        assertThat(object.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean())
            .isTrue();
      }
    }
    assertThat(kinds)
        .contains(
            "Namespace",
            "CustomResourceDefinition",
            "ServiceAccount",
            "ClusterRole",
            "ClusterRoleBinding",
            "Role",
            "RoleBinding",
            "Deployment",
            "Service",
            "MutatingWebhookConfiguration",
            "ValidatingWebhookConfiguration",
            "Issuer",
            "Certificate");
    webhooksAreWiredToTheirCertificate(bundle);

    // A server-side dry run creates nothing, so objects in a namespace the same file creates would
    // be refused for a namespace that does not exist yet; the namespace alone is created first.
    kubectl("create", "namespace", "guestbook-operator-system");
    Processes.Result noCertManager =
        opBoot(
            "deploy-no-cert-manager.log",
            "deploy",
            "--dry-run",
            "--kubeconfig",
            server.kubeconfig().toString());
    assertThat(noCertManager.exitCode()).as(noCertManager.output()).isEqualTo(1);
    assertThat(noCertManager.output())
        .contains(
            "does not serve what the bundle needs",
            "Certificate (cert-manager.io/v1): guestbook-operator-system/guestbook-operator-serving-cert",
            "Issuer (cert-manager.io/v1): guestbook-operator-system/guestbook-operator-selfsigned-issuer",
            "The webhooks' certificate needs cert-manager: install it");
    Path certManager = CertManagerCrds.writeTo(tmp.resolve("cert-manager-crds"));
    kubectl("apply", "--server-side", "-f", certManager.toString());
    kubectl("wait", "--for=condition=Established", "--timeout=60s", "-f", certManager.toString());
    Processes.Result dryRun =
        opBoot(
            "deploy-dry-run.log",
            "deploy",
            "--dry-run",
            "--kubeconfig",
            server.kubeconfig().toString());
    assertThat(dryRun.exitCode()).as("op-boot deploy --dry-run:%n%s", dryRun.output()).isZero();
    assertThat(dryRun.output())
        .contains("The API server accepted all " + kinds.size() + " objects");
    kubectl("delete", "namespace", "guestbook-operator-system", "--wait=false");
    finalizeNamespace("guestbook-operator-system");
  }

  /**
   * config/default's webhook wiring, rendered: the Certificate names the prefixed Service in the
   * operator's namespace, cert-manager injects its CA where the API server calls the webhooks, and
   * the manager's Deployment serves on the Service's target port with the certificate's Secret.
   */
  private static void webhooksAreWiredToTheirCertificate(String bundle) throws IOException {
    Map<String, JsonNode> byKind = new java.util.HashMap<>();
    for (JsonNode object : YAML.readerFor(JsonNode.class).<JsonNode>readValues(bundle).readAll()) {
      String kind = object.get("kind").asText();
      if (!kind.equals("CustomResourceDefinition")
          || object.at("/metadata/name").asText().equals("guestbooks.webapp.example.com")) {
        byKind.put(kind, object);
      }
    }
    String service = "guestbook-operator-webhook-service";
    String namespace = "guestbook-operator-system";
    assertThat(byKind.get("Certificate").at("/spec/dnsNames").toString())
        .isEqualTo(
            "[\"%s.%s.svc\",\"%s.%s.svc.cluster.local\"]"
                .formatted(service, namespace, service, namespace));
    assertThat(byKind.get("Certificate").at("/spec/issuerRef/name").asText())
        .isEqualTo("guestbook-operator-selfsigned-issuer");
    for (String kind :
        List.of(
            "CustomResourceDefinition",
            "MutatingWebhookConfiguration",
            "ValidatingWebhookConfiguration")) {
      assertThat(
              byKind.get(kind).at("/metadata/annotations").path("cert-manager.io/inject-ca-from"))
          .as("the CA injection of %s", kind)
          .hasToString("\"" + namespace + "/guestbook-operator-serving-cert\"");
    }
    assertThat(
            byKind
                .get("CustomResourceDefinition")
                .at("/spec/conversion/webhook/clientConfig/service/name")
                .asText())
        .isEqualTo(service);
    assertThat(
            byKind
                .get("ValidatingWebhookConfiguration")
                .at("/webhooks/0/clientConfig/service/name")
                .asText())
        .isEqualTo(service);
    JsonNode pod = byKind.get("Deployment").at("/spec/template/spec");
    assertThat(pod.at("/containers/0/ports").toString()).contains("\"containerPort\":9443");
    assertThat(pod.at("/containers/0/volumeMounts").toString())
        .contains("/tmp/k8s-webhook-server/serving-certs");
    assertThat(pod.at("/volumes").toString()).contains("\"secretName\":\"webhook-server-cert\"");
    assertThat(byKind.get("Service").at("/spec/ports/0/targetPort").asInt()).isEqualTo(9443);
  }

  @Test
  @Order(2)
  void deployThenUndeployLeavesTheServerAsItFoundIt() throws Exception {
    TreeSet<String> before = everything();
    Processes.Result deploy =
        opBoot("deploy.log", "deploy", "--kubeconfig", server.kubeconfig().toString());
    assertThat(deploy.exitCode()).as("op-boot deploy:%n%s", deploy.output()).isZero();
    assertThat(deploy.output())
        .contains(
            "created    Deployment guestbook-operator-system/guestbook-operator-controller-manager",
            "created    CustomResourceDefinition guestbooks.webapp.example.com",
            "created    Namespace guestbook-operator-system");
    assertThat(kubectl("get", "deployment", "-n", "guestbook-operator-system", "-o", "name"))
        .contains("deployment.apps/guestbook-operator-controller-manager");

    Processes.Result again =
        opBoot("deploy-again.log", "deploy", "--kubeconfig", server.kubeconfig().toString());
    assertThat(again.exitCode()).as("op-boot deploy, again:%n%s", again.output()).isZero();
    assertThat(again.output())
        .doesNotContainPattern("(?m)^  (created|changed) ")
        .contains("unchanged  Deployment");

    Processes.Result undeploy =
        opBoot(
            "undeploy.log",
            "undeploy",
            "--no-wait",
            "--kubeconfig",
            server.kubeconfig().toString());
    assertThat(undeploy.exitCode()).as("op-boot undeploy:%n%s", undeploy.output()).isZero();
    assertThat(undeploy.output())
        .contains(
            "deleted        Deployment guestbook-operator-system/guestbook-operator-controller-manager")
        .doesNotContain("already gone");
    finalizeNamespace("guestbook-operator-system");
    waitUntil(() -> everything().equals(before), "the server holds what it held before deploy");
    assertThat(everything()).isEqualTo(before);

    // the same bundle into another namespace with another image, and out again
    String kubeconfig = server.kubeconfig().toString();
    Processes.Result elsewhere =
        opBoot(
            "deploy-elsewhere.log",
            "deploy",
            "--namespace",
            "team-a",
            "--image",
            "registry.example.com/team/guestbook-operator:2.0",
            "--kubeconfig",
            kubeconfig);
    assertThat(elsewhere.exitCode())
        .as("op-boot deploy --namespace --image:%n%s", elsewhere.output())
        .isZero();
    assertThat(elsewhere.output())
        .contains(
            "created    Namespace team-a",
            "created    Deployment team-a/guestbook-operator-controller-manager");
    assertThat(
            kubectl(
                "get",
                "deployment",
                "-n",
                "team-a",
                "guestbook-operator-controller-manager",
                "-o",
                "jsonpath={.spec.template.spec.containers[0].image}"))
        .isEqualTo("registry.example.com/team/guestbook-operator:2.0");
    assertThat(
            kubectl(
                "get",
                "clusterrolebinding",
                "guestbook-operator-manager-rolebinding",
                "-o",
                "jsonpath={.subjects[0].namespace}"))
        .isEqualTo("team-a");
    Processes.Result out =
        opBoot(
            "undeploy-elsewhere.log",
            "undeploy",
            "--namespace",
            "team-a",
            "--no-wait",
            "--kubeconfig",
            kubeconfig);
    assertThat(out.exitCode()).as("op-boot undeploy --namespace:%n%s", out.output()).isZero();
    finalizeNamespace("team-a");
    waitUntil(
        () -> everything().equals(before),
        "the server holds what it held before deploy --namespace");
  }

  /**
   * No container runtime here, so the image's file system is unpacked and its entrypoint run in a
   * chroot as the image's user: the operator from the image reconciles the sample as uid 65532.
   */
  @Test
  @Order(3)
  void theImageRunsTheOperatorAsItsNonRootUser() throws Exception {
    assumeTrue(
        new com.sun.security.auth.module.UnixSystem().getUid() == 0,
        "running the image's entrypoint in a chroot needs root: run the tests as root (CI does)");
    Path image = tmp.resolve("image");
    JsonNode manifest = JSON.readTree(image.resolve("manifest.json").toFile()).get(0);
    JsonNode config =
        JSON.readTree(image.resolve(manifest.get("Config").asText()).toFile()).get("config");
    Path rootfs = Files.createDirectories(tmp.resolve("rootfs"));
    for (JsonNode layer : manifest.get("Layers")) {
      tar(
          "-xf",
          image.resolve(layer.asText()).toString(),
          "-C",
          rootfs.toString(),
          "--no-same-owner",
          "--exclude=dev/*");
    }
    // what the Deployment mounts from the certificate's Secret, where the webhook server reads it
    dev.opboot.testing.WebhookCertificates.write(
        rootfs.resolve("tmp/k8s-webhook-server/serving-certs"));
    Path kubeconfig = rootfs.resolve("tmp/kubeconfig");
    Files.writeString(kubeconfig, kubectl("config", "view", "--raw", "--flatten", "--minify"));
    Files.setPosixFilePermissions(
        kubeconfig, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    kubectl("apply", "--server-side", "-f", project.resolve("config/crd/bases").toString());
    kubectl(
        "wait",
        "--for=condition=Established",
        "--timeout=60s",
        "-f",
        project.resolve("config/crd/bases").toString());

    // As a container runtime would: a private mount namespace with /proc and /dev, then the image's
    // user, environment and entrypoint (the JVM finds its libraries through /proc/self/exe).
    StringBuilder inside =
        new StringBuilder(
            "mount -t proc proc \"$1/proc\" && mkdir -p \"$1/dev\""
                + " && mount --rbind /dev \"$1/dev\" && exec chroot --userspec=\"$2\" \"$1\" env -i"
                + " KUBECONFIG=/tmp/kubeconfig LEADER_ELECT=false HOME=/tmp");
    config.get("Env").forEach(e -> inside.append(' ').append(shellQuote(e.asText())));
    config.get("Entrypoint").forEach(e -> inside.append(' ').append(shellQuote(e.asText())));
    List<String> command =
        List.of(
            "unshare",
            "--mount",
            "--fork",
            "sh",
            "-c",
            inside.toString(),
            "sh",
            rootfs.toString(),
            config.get("User").asText());
    Path log = tmp.resolve("image-run.log");
    Process operator =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      Path sample = project.resolve("config/samples/cache_v1alpha1_memcached.yaml");
      kubectl("apply", "-f", sample.toString());
      String name = YAML.readTree(sample.toFile()).at("/metadata/name").asText();
      kubectl(
          "wait",
          "--for=condition=Ready",
          "--timeout=90s",
          "memcacheds.v1alpha1.cache.example.com/" + name);
      List<String> users = new ArrayList<>();
      for (ProcessHandle p : operator.descendants().toList()) {
        if (p.info().command().orElse("").endsWith("/java")) {
          // /proc/<pid>/status: "Uid: real effective saved filesystem" (65532 has no name on this
          // host)
          users.addAll(
              Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status")).stream()
                  .filter(line -> line.startsWith("Uid:"))
                  .toList());
        }
      }
      assertThat(users)
          .as("the uids of the image's java process")
          .containsExactly("Uid:\t65532\t65532\t65532\t65532");
      assertThat(Files.readString(log))
          .as("the image's operator serves its webhooks with the mounted certificate")
          .contains("Serving 3 webhook(s) on port 9443");
      kubectl("delete", "-f", sample.toString(), "--wait=true", "--timeout=60s");
    } catch (Throwable failure) {
      throw new AssertionError(
          "the operator from the image did not reconcile; its output:\n" + Files.readString(log),
          failure);
    } finally {
      operator.descendants().forEach(ProcessHandle::destroy);
      operator.destroy();
      operator.waitFor(30, TimeUnit.SECONDS);
      operator.destroyForcibly();
    }
  }

  @Test
  @Order(4)
  void runReconcilesTheSampleAndStopsCleanlyOnSigint() throws Exception {
    Path log = tmp.resolve("run.log");
    Process run =
        OpBootProcess.start(
            project, List.of("run", "--kubeconfig", server.kubeconfig().toString()), assets, log);
    try {
      waitUntil(
          () -> Files.readString(log).contains("Running the operator"),
          "op-boot run starts the operator");
      kubectl("apply", "-f", project.resolve("config/samples/webapp_v1_guestbook.yaml").toString());
      String name =
          YAML.readTree(project.resolve("config/samples/webapp_v1_guestbook.yaml").toFile())
              .at("/metadata/name")
              .asText();
      kubectl(
          "wait",
          "--for=condition=Ready",
          "--timeout=120s",
          "guestbooks.v1.webapp.example.com/" + name);

      List<ProcessHandle> children = run.descendants().toList();
      assertThat(children).as("the operator runs as op-boot's child").isNotEmpty();
      new ProcessBuilder("kill", "-INT", Long.toString(run.pid())).inheritIO().start().waitFor();
      assertThat(run.waitFor(60, TimeUnit.SECONDS))
          .as("op-boot run stops within 60 s of SIGINT")
          .isTrue();
      String output = Files.readString(log);
      assertThat(run.exitValue()).as("op-boot run's exit code after SIGINT:%n%s", output).isZero();
      assertThat(output)
          .contains(
              "Stopped the operator.",
              "The webhooks are off in this local run (ENABLE_WEBHOOKS=false)",
              "The API server converts guestbooks.webapp.example.com between versions by calling"
                  + " the deployed webhook");
      assertThat(children).noneMatch(ProcessHandle::isAlive);
    } finally {
      run.descendants().forEach(ProcessHandle::destroyForcibly);
      run.destroyForcibly();
    }
  }

  @Test
  @Order(5)
  void anUnreachableClusterIsNamedWithItsKubeconfigAndContext() throws Exception {
    Path kubeconfig = tmp.resolve("nowhere.kubeconfig");
    Files.writeString(
        kubeconfig,
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: nowhere
          cluster:
            server: https://127.0.0.1:1
        users:
        - name: nobody
          user:
            token: none
        contexts:
        - name: nowhere-context
          context:
            cluster: nowhere
            user: nobody
        current-context: nowhere-context
        """);
    // a PATH holding java alone: kubectl is missing
    Path javaOnly = Files.createDirectories(tmp.resolve("java-only-bin"));
    Files.createSymbolicLink(javaOnly.resolve("java"), Path.of(Processes.java()));
    Processes.Result noKubectl =
        Processes.run(
            project,
            OpBootProcess.command(List.of("deploy")),
            Map.of("PATH", javaOnly.toString()),
            tmp.resolve("deploy-no-kubectl.log"),
            2);
    assertThat(noKubectl.exitCode()).as(noKubectl.output()).isEqualTo(1);
    assertThat(noKubectl.output()).contains("kubectl was not found on PATH", "Install kubectl");

    for (String command : new String[] {"run", "deploy"}) {
      Processes.Result result =
          command.equals("run")
              ? opBoot(
                  "run-nowhere.log", "run", "--no-build", "--kubeconfig", kubeconfig.toString())
              : opBoot("deploy-nowhere.log", "deploy", "--kubeconfig", kubeconfig.toString());
      assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
      assertThat(result.output())
          .as(command)
          .contains(
              "the cluster could not be reached",
              "context 'nowhere-context' of kubeconfig " + kubeconfig,
              "server https://127.0.0.1:1",
              "--kubeconfig");
    }
  }

  @Test
  @Order(6)
  void buildPushesTheImageToARegistry() throws Exception {
    Path registry = Path.of("/usr/bin/docker-registry");
    assumeTrue(
        Files.isExecutable(registry),
        "the registry for the --push test is missing: apt-get install"
            + " docker-registry (Debian's distribution registry; .ci/run installs it)");
    int port;
    try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Path config = tmp.resolve("registry.yml");
    Files.writeString(
        config,
        "version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: "
            + tmp.resolve("registry-data")
            + "\nhttp:\n  addr: 127.0.0.1:"
            + port
            + "\n");
    Process server =
        new ProcessBuilder(registry.toString(), "serve", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("registry.log").toFile())
            .start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + port + "/v2/";
      waitUntil(
          () -> {
            try {
              return http.send(
                          HttpRequest.newBuilder(URI.create(base)).build(),
                          BodyHandlers.discarding())
                      .statusCode()
                  == 200;
            } catch (IOException notYet) {
              return false;
            }
          },
          "the registry answers");
      String pushed = "127.0.0.1:" + port + "/team/guestbook-operator:0.1.0";
      Processes.Result push =
          opBoot(
              "build-push.log",
              "build",
              "--skip-tests",
              "--push",
              "--insecure-registry",
              "--image",
              pushed,
              "--base-image",
              baseImage);
      assertThat(push.exitCode()).as("op-boot build --push:%n%s", push.output()).isZero();
      assertThat(push.output())
          .contains("with Jib and push it to its registry")
          .doesNotContain("image.tar");

      HttpResponse<String> manifest =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "team/guestbook-operator/manifests/0.1.0"))
                  .header(
                      "Accept",
                      "application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json")
                  .build(),
              BodyHandlers.ofString());
      assertThat(manifest.statusCode()).as(manifest.body()).isEqualTo(200);
      String digest = JSON.readTree(manifest.body()).at("/config/digest").asText();
      HttpResponse<String> imageConfig =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "team/guestbook-operator/blobs/" + digest))
                  .build(),
              BodyHandlers.ofString());
      assertThat(JSON.readTree(imageConfig.body()).at("/config/User").asText())
          .isEqualTo("65532:65532");
      assertThat(Files.readString(project.resolve("dist/install.yaml")))
          .contains("image: " + pushed);
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static Processes.Result opBoot(String log, String... args) throws Exception {
    return OpBootProcess.opBoot(project, List.of(args), assets, tmp.resolve(log));
  }

  private static String kubectl(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(assets.resolve("kubectl").toString(), "--kubeconfig=" + server.kubeconfig()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("%s:%n%s", String.join(" ", args), output).isZero();
    return output;
  }

  /** What kube-controller-manager's namespace controller would do once the namespace is empty. */
  private static void finalizeNamespace(String name) throws Exception {
    waitUntil(
        () ->
            kubectl("get", "namespace", name, "--ignore-not-found", "-o", "name").isBlank()
                || kubectl("get", "namespace", name, "-o", "jsonpath={.status.phase}")
                    .equals("Terminating"),
        "namespace " + name + " is terminating");
    if (kubectl("get", "namespace", name, "--ignore-not-found", "-o", "name").isBlank()) {
      return;
    }
    Path finalized = tmp.resolve("namespace-" + name + ".json");
    Files.writeString(
        finalized,
        "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\""
            + name
            + "\"},\"spec\":{\"finalizers\":[]}}");
    kubectl(
        "replace", "--raw", "/api/v1/namespaces/" + name + "/finalize", "-f", finalized.toString());
  }

  /** Every object the API server lists (events aside), by resource and name. */
  private static TreeSet<String> everything() throws Exception {
    TreeSet<String> objects = new TreeSet<>();
    for (String resource :
        kubectl("api-resources", "--verbs=list", "-o", "name").strip().split("\n")) {
      if (resource.startsWith("events")) {
        continue;
      }
      for (String line :
          kubectl(
                  "get",
                  resource,
                  "-A",
                  "--ignore-not-found",
                  "-o",
                  "custom-columns=NS:.metadata.namespace,NAME:.metadata.name",
                  "--no-headers")
              .strip()
              .split("\n")) {
        if (!line.isBlank()) {
          objects.add(resource + " " + line.trim().replaceAll("\\s+", "/"));
        }
      }
    }
    return objects;
  }

  private interface Condition {
    boolean holds() throws Exception;
  }

  private static void waitUntil(Condition condition, String what) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after 120 s waiting until " + what);
      }
      Thread.sleep(500);
    }
  }

  private static String shellQuote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  private static String tar(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("tar"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("tar %s", String.join(" ", args)).isZero();
    return output;
  }
}
