package dev.opboot.testing;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhook;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhook;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.WebhookClientConfig;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceConversion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceConversionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.WebhookConversion;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A project's admission webhooks, served by the test JVM, installed in a real API server: envtest's
 * {@code WebhookInstallOptions} for Java. {@link #create} makes a CA and a serving certificate for
 * {@code 127.0.0.1} ({@link WebhookCertificates}) in a temporary folder; the test starts its
 * webhook server with {@link #certificateDir()} on a free port; {@link #install} then applies the
 * project's {@code config/webhook/manifests.yaml} with each webhook's {@code clientConfig}
 * rewritten from the in-cluster Service to {@code https://127.0.0.1:<port><path>} with the CA as
 * its bundle, so the API server calls the test JVM. {@link #close()} deletes the configurations
 * again (a configuration left behind would refuse every later request it matches once the server is
 * gone) and the folder.
 *
 * <p>A CRD's conversion webhook is installed the same way: {@link #installConversion} applies the
 * CRD with its {@code spec.conversion} calling {@code https://127.0.0.1:<port>/convert} (the path
 * {@code generate crd} wrote) with the same CA, and {@link #close()} sets the conversion back to
 * {@code None}, since a conversion calling a server that is gone fails every read in another
 * version.
 *
 * <p>The API server reads webhook configurations asynchronously: {@link #await} repeats a dry-run
 * request until the webhooks answer it.
 */
public final class LocalWebhooks implements AutoCloseable {
  private final KubernetesClient client;
  private final Path folder;
  private final WebhookCertificates certificates;
  private final List<HasMetadata> installed = new ArrayList<>();
  private final List<String> conversions = new ArrayList<>();

  private LocalWebhooks(KubernetesClient client, Path folder, WebhookCertificates certificates) {
    this.client = client;
    this.folder = folder;
    this.certificates = certificates;
  }

  /** New certificates in a temporary folder, for webhooks installed through {@code client}. */
  public static LocalWebhooks create(KubernetesClient client) {
    try {
      Path folder = Files.createTempDirectory("op-boot-webhooks-");
      return new LocalWebhooks(
          client, folder, WebhookCertificates.write(folder.resolve("serving-certs")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder of {@code tls.crt} and {@code tls.key} the webhook server is to serve with. */
  public Path certificateDir() {
    return certificates.directory();
  }

  public WebhookCertificates certificates() {
    return certificates;
  }

  /**
   * Applies the Mutating- and ValidatingWebhookConfigurations of {@code manifests} (YAML, several
   * documents), each webhook calling {@code https://127.0.0.1:<port><its path>}.
   *
   * @return the configurations as applied
   */
  public List<HasMetadata> install(Path manifests, int port) {
    List<HasMetadata> objects;
    try (InputStream in = Files.newInputStream(manifests)) {
      objects = client.load(in).items();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<HasMetadata> applied = new ArrayList<>();
    for (HasMetadata object : objects) {
      if (object instanceof MutatingWebhookConfiguration mutating) {
        for (MutatingWebhook webhook : mutating.getWebhooks()) {
          webhook.setClientConfig(local(webhook.getClientConfig(), port));
        }
      } else if (object instanceof ValidatingWebhookConfiguration validating) {
        for (ValidatingWebhook webhook : validating.getWebhooks()) {
          webhook.setClientConfig(local(webhook.getClientConfig(), port));
        }
      } else {
        continue;
      }
      object.getMetadata().setResourceVersion(null);
      HasMetadata result = client.resource(object).forceConflicts().serverSideApply();
      installed.add(result);
      applied.add(result);
    }
    if (applied.isEmpty()) {
      throw new IllegalArgumentException(
          manifests
              + " holds no webhook configuration: run 'op-boot generate webhook' (the build does)");
    }
    return applied;
  }

  /**
   * Applies the CustomResourceDefinition in {@code crd} (as {@code generate crd} writes it, with
   * {@code @ConversionWebhook}'s {@code spec.conversion}) with its conversion webhook calling
   * {@code https://127.0.0.1:<port><its path>}, and waits until it is Established.
   *
   * @return the CRD as the server has it
   * @throws IllegalArgumentException when the CRD has no conversion webhook
   */
  public CustomResourceDefinition installConversion(Path crd, int port) {
    CustomResourceDefinition definition;
    try (InputStream in = Files.newInputStream(crd)) {
      definition = client.apiextensions().v1().customResourceDefinitions().load(in).item();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CustomResourceConversion conversion = definition.getSpec().getConversion();
    WebhookConversion webhook = conversion == null ? null : conversion.getWebhook();
    if (webhook == null || !"Webhook".equals(conversion.getStrategy())) {
      throw new IllegalArgumentException(
          crd
              + " has no conversion webhook: put @ConversionWebhook on a resource class of its kind"
              + " and run 'op-boot generate crd' (the build does)");
    }
    var service = webhook.getClientConfig() == null ? null : webhook.getClientConfig().getService();
    String path = service == null || service.getPath() == null ? "/convert" : service.getPath();
    var local = new io.fabric8.kubernetes.api.model.apiextensions.v1.WebhookClientConfig();
    local.setUrl("https://127.0.0.1:" + port + path);
    local.setCaBundle(Base64.getEncoder().encodeToString(certificates.caBundle()));
    webhook.setClientConfig(local);
    definition.getMetadata().setResourceVersion(null);
    CustomResourceDefinition applied = CrdInstaller.apply(client, definition);
    conversions.add(applied.getMetadata().getName());
    return applied;
  }

  private WebhookClientConfig local(WebhookClientConfig config, int port) {
    String path = config.getService() == null ? null : config.getService().getPath();
    WebhookClientConfig local = new WebhookClientConfig();
    local.setUrl("https://127.0.0.1:" + port + (path == null ? "/" : path));
    local.setCaBundle(Base64.getEncoder().encodeToString(certificates.caBundle()));
    return local;
  }

  /** What the API server answered to a request: its status code, body and warnings. */
  public record Answer(int code, String body, List<String> warnings) {
    /** The body read as {@code type} (the object created, or a Status). */
    public <T extends KubernetesResource> T as(KubernetesClient client, Class<T> type) {
      return client.getKubernetesSerialization().unmarshal(body, type);
    }
  }

  /**
   * Creates {@code object} through the API server's REST API, as kubectl does, and returns what the
   * server answered, refusal or not, with its {@code Warning} headers (which fabric8's typed calls
   * only log).
   *
   * @param dryRun whether to only run admission ({@code ?dryRun=All}): nothing is stored
   */
  public Answer create(HasMetadata object, boolean dryRun) {
    String apiVersion = object.getApiVersion();
    String namespace = object.getMetadata().getNamespace();
    String url =
        client.getMasterUrl().toString().replaceAll("/$", "")
            + (apiVersion.contains("/") ? "/apis/" : "/api/")
            + apiVersion
            + (namespace == null ? "" : "/namespaces/" + namespace)
            + "/"
            + HasMetadata.getPlural(object.getClass())
            + (dryRun ? "?dryRun=All" : "");
    HttpRequest request =
        client
            .getHttpClient()
            .newHttpRequestBuilder()
            .uri(url)
            .post("application/json", client.getKubernetesSerialization().asJson(object))
            .build();
    try {
      HttpResponse<String> response =
          client.getHttpClient().sendAsync(request, String.class).get(30, TimeUnit.SECONDS);
      List<String> warnings = new ArrayList<>();
      for (String header : response.headers("Warning")) {
        warnings.add(warningText(header));
      }
      return new Answer(response.code(), response.body(), List.copyOf(warnings));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("POST " + url + " failed: " + e, e);
    }
  }

  /**
   * Repeats a dry-run create of {@code object} until {@code answered} accepts the answer (the
   * webhooks are in effect), and returns that answer.
   *
   * @throws AssertionError when they are not in effect within {@code timeout}, with the last answer
   */
  public Answer await(HasMetadata object, Predicate<Answer> answered, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Answer last;
    do {
      last = create(object, true);
      if (answered.test(last)) {
        return last;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    } while (System.nanoTime() < deadline);
    throw new AssertionError(
        "the webhooks did not answer as expected within "
            + timeout
            + "; last answer: "
            + last.code()
            + " "
            + last.body()
            + " warnings "
            + last.warnings());
  }

  /** {@code 299 - "text"} → {@code text}, as Kubernetes writes its warnings (RFC 7234). */
  static String warningText(String header) {
    int open = header.indexOf('"');
    int close = header.lastIndexOf('"');
    return open >= 0 && close > open
        ? header.substring(open + 1, close).replace("\\\"", "\"").replace("\\\\", "\\")
        : header;
  }

  /** Deletes the installed configurations and the certificate folder. */
  @Override
  public void close() {
    for (HasMetadata object : installed) {
      client.resource(object).delete();
    }
    installed.clear();
    for (String crd : conversions) {
      client
          .apiextensions()
          .v1()
          .customResourceDefinitions()
          .withName(crd)
          .edit(
              definition -> {
                definition
                    .getSpec()
                    .setConversion(
                        new CustomResourceConversionBuilder().withStrategy("None").build());
                return definition;
              });
    }
    conversions.clear();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
