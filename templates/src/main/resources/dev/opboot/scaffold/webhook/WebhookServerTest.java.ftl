package [=project.package];

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.testing.WebhookCertificates;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionRequestBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReviewBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.webhook.admission.NotAllowedException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The webhook server over TLS: answers AdmissionReviews, and serves a rotated certificate without a restart. */
class WebhookServerTest {

    private final KubernetesSerialization serialization = new KubernetesSerialization();

    @TempDir
    Path certs;

    @Test
    void answersWithTheValidatorsWarningsAndRefusals() throws Exception {
        WebhookCertificates certificates = WebhookCertificates.write(certs);
        List<WebhookServer.Endpoint> endpoints = List.of(
                WebhookServer.validating("/validate", ConfigMap.class, (object, old, operation) -> {
                    if (object.getData() != null && object.getData().containsKey("forbidden")) {
                        throw new NotAllowedException("data.forbidden is not allowed");
                    }
                    return List.of("checked " + object.getMetadata().getName() + " on " + operation);
                }),
                WebhookServer.defaulting("/mutate", ConfigMap.class, object -> {
                    object.getMetadata().setLabels(Map.of("defaulted", "true"));
                    return object;
                }));
        try (WebhookServer server = WebhookServer.start(new InetSocketAddress("127.0.0.1", 0), certs, endpoints,
                WebhookServer.RELOAD_INTERVAL)) {
            assertThat(server.isServing()).isTrue();

            AdmissionReview accepted = post(server, certificates, "/validate", review("plain", null));
            assertThat(accepted.getResponse().getUid()).isEqualTo("uid-1");
            assertThat(accepted.getResponse().getAllowed()).isTrue();
            assertThat(accepted.getResponse().getWarnings()).containsExactly("checked plain on CREATE");

            AdmissionReview refused = post(server, certificates, "/validate", review("bad", "forbidden"));
            assertThat(refused.getResponse().getAllowed()).isFalse();
            assertThat(refused.getResponse().getStatus().getMessage()).isEqualTo("data.forbidden is not allowed");

            AdmissionReview patched = post(server, certificates, "/mutate", review("plain", null));
            assertThat(patched.getResponse().getAllowed()).isTrue();
            assertThat(patched.getResponse().getPatchType()).isEqualTo("JSONPatch");
            assertThat(new String(Base64.getDecoder().decode(patched.getResponse().getPatch())))
                    .contains("defaulted");
        }
    }

    @Test
    void servesARotatedCertificateWithoutARestart() throws Exception {
        WebhookCertificates first = WebhookCertificates.write(certs);
        try (WebhookServer server = WebhookServer.start(new InetSocketAddress("127.0.0.1", 0), certs,
                List.of(WebhookServer.validating("/validate", ConfigMap.class, (object, old, operation) -> List.of())),
                Duration.ofMillis(100))) {
            assertThat(post(server, first, "/validate", review("a", null)).getResponse().getAllowed()).isTrue();

            WebhookCertificates rotated = WebhookCertificates.write(certs);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            IOException last = null;
            while (System.nanoTime() < deadline) {
                try {
                    assertThat(post(server, rotated, "/validate", review("b", null)).getResponse().getAllowed())
                            .isTrue();
                    return;
                } catch (IOException e) {
                    last = e; // still the first certificate, which the rotated CA does not trust
                    Thread.sleep(100);
                }
            }
            throw new AssertionError("the rotated certificate was not served within 10s", last);
        }
    }

    @Test
    void enableWebhooksFalseTurnsItOffAsInKubebuilder() {
        assertThat(WebhookServer.enabled(Map.of())).isTrue();
        assertThat(WebhookServer.enabled(Map.of("ENABLE_WEBHOOKS", "true"))).isTrue();
        assertThat(WebhookServer.enabled(Map.of("ENABLE_WEBHOOKS", "false"))).isFalse();
        assertThat(WebhookServer.enabled(Map.of("ENABLE_WEBHOOKS", " FALSE "))).isFalse();
    }

    @Test
    void withoutACertificateItSaysWhereItLooked() {
        assertThatThrownBy(() -> WebhookServer.start(new InetSocketAddress("127.0.0.1", 0), certs, List.of(),
                WebhookServer.RELOAD_INTERVAL))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(certs.resolve("tls.crt").toString())
                .hasMessageContaining("WEBHOOK_CERT_DIR");
    }

    private String review(String name, String dataKey) {
        ConfigMapBuilder object = new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata();
        if (dataKey != null) {
            object.addToData(dataKey, "x");
        }
        return serialization.asJson(new AdmissionReviewBuilder()
                .withRequest(new AdmissionRequestBuilder().withUid("uid-1").withOperation("CREATE")
                        .withObject(object.build()).build())
                .build());
    }

    private AdmissionReview post(WebhookServer server, WebhookCertificates certificates, String path, String body)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().sslContext(certificates.trustingContext()).build();
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return serialization.unmarshal(response.body(), AdmissionReview.class);
    }
}
