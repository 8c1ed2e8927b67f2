package dev.opboot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponse;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A webhook served in this JVM, installed from a manifest as {@code generate webhook} writes it, is
 * called by the real API server: its refusal message comes back in the 4xx, its warning in the
 * {@code Warning} header, and closing removes the configuration.
 */
@WithKubeApiServer
class LocalWebhooksTest {
  private static final String MANIFESTS =
      """
      ---
      apiVersion: admissionregistration.k8s.io/v1
      kind: ValidatingWebhookConfiguration
      metadata:
        name: local-webhooks-test
      webhooks:
      - admissionReviewVersions:
        - v1
        clientConfig:
          service:
            name: webhook-service
            namespace: system
            path: /validate-configmaps
        failurePolicy: Fail
        name: vconfigmap.local-webhooks-test.io
        objectSelector:
          matchLabels:
            op-boot-test: local-webhooks
        rules:
        - apiGroups:
          - ""
          apiVersions:
          - v1
          operations:
          - CREATE
          resources:
          - configmaps
        sideEffects: None
      """;

  @TempDir Path dir;

  @Test
  void theApiServerCallsTheTestJvm(KubernetesClient client) throws Exception {
    Path manifests = dir.resolve("manifests.yaml");
    Files.writeString(manifests, MANIFESTS);
    KubernetesSerialization serialization = client.getKubernetesSerialization();
    HttpsServer server;
    try (LocalWebhooks webhooks = LocalWebhooks.create(client)) {
      server = serve(webhooks.certificateDir(), serialization);
      try {
        assertThat(webhooks.install(manifests, server.getAddress().getPort()))
            .singleElement()
            .extracting(o -> o.getMetadata().getName())
            .isEqualTo("local-webhooks-test");

        LocalWebhooks.Answer refused =
            webhooks.await(
                configMap("refused", "no"), a -> a.code() != 201, Duration.ofSeconds(30));
        assertThat(refused.code()).isEqualTo(403);
        assertThat(refused.body()).contains("refused by the test webhook");

        LocalWebhooks.Answer warned = webhooks.create(configMap("warned", "yes"), false);
        assertThat(warned.code()).as(warned.body()).isEqualTo(201);
        assertThat(warned.warnings()).containsExactly("checked \"warned\"");
        assertThat(warned.as(client, ConfigMap.class).getMetadata().getName()).isEqualTo("warned");
        assertThat(client.configMaps().inNamespace("default").withName("warned").get()).isNotNull();
      } finally {
        server.stop(0);
      }
      client.configMaps().inNamespace("default").withName("warned").delete();
    }
    assertThat(
            client
                .admissionRegistration()
                .v1()
                .validatingWebhookConfigurations()
                .withName("local-webhooks-test")
                .get())
        .isNull();
  }

  @Test
  void warningHeadersAreReadAsKubernetesWritesThem() {
    assertThat(LocalWebhooks.warningText("299 - \"spec.foo has \\\"spaces\\\"\""))
        .isEqualTo("spec.foo has \"spaces\"");
    assertThat(LocalWebhooks.warningText("plain")).isEqualTo("plain");
  }

  private static ConfigMap configMap(String name, String allowed) {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace("default")
        .addToLabels("op-boot-test", "local-webhooks")
        .addToLabels("allowed", allowed)
        .endMetadata()
        .build();
  }

  /** A validating webhook on the JDK's HttpsServer with the harness's certificate. */
  private static HttpsServer serve(Path certs, KubernetesSerialization serialization)
      throws Exception {
    return serve(
        certs,
        "/validate-configmaps",
        exchange -> {
          AdmissionReview review;
          try (InputStream in = exchange.getRequestBody()) {
            review = serialization.unmarshal(in, AdmissionReview.class);
          }
          ConfigMap object =
              serialization.convertValue(review.getRequest().getObject(), ConfigMap.class);
          AdmissionResponse response = new AdmissionResponse();
          response.setUid(review.getRequest().getUid());
          if ("no".equals(object.getMetadata().getLabels().get("allowed"))) {
            response.setAllowed(false);
            response.setStatus(
                new StatusBuilder()
                    .withCode(403)
                    .withMessage("refused by the test webhook")
                    .build());
          } else {
            response.setAllowed(true);
            response.setWarnings(List.of("checked \"" + object.getMetadata().getName() + "\""));
          }
          AdmissionReview answer = new AdmissionReview();
          answer.setApiVersion("admission.k8s.io/v1");
          answer.setKind("AdmissionReview");
          answer.setResponse(response);
          respondJson(exchange, serialization.asJson(answer));
        });
  }

  /** Answers {@code exchange} with a JSON body. */
  static void respondJson(HttpExchange exchange, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** {@code handler} at {@code path} on the JDK's HttpsServer with the harness's certificate. */
  static HttpsServer serve(Path certs, String path, HttpHandler handler) throws Exception {
    String keyPem = Files.readString(certs.resolve("tls.key"));
    byte[] der =
        Base64.getMimeDecoder()
            .decode(keyPem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    List<? extends Certificate> chain;
    try (InputStream in = Files.newInputStream(certs.resolve("tls.crt"))) {
      chain = List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        "serving",
        KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der)),
        new char[0],
        chain.toArray(new Certificate[0]));
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, new char[0]);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(keys.getKeyManagers(), null, null);
    HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.createContext(path, handler);
    server.start();
    return server;
  }
}
