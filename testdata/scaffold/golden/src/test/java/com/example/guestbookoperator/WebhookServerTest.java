package com.example.guestbookoperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.testing.WebhookCertificates;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionRequestBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReviewBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.ConversionRequestBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.ConversionReview;
import io.fabric8.kubernetes.api.model.apiextensions.v1.ConversionReviewBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.webhook.admission.NotAllowedException;
import io.javaoperatorsdk.webhook.conversion.Mapper;
import io.javaoperatorsdk.webhook.conversion.TargetVersion;
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

/**
 * The webhook server over TLS: answers AdmissionReviews and ConversionReviews, and serves a rotated certificate
 * without a restart.
 */
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
    void convertsThroughTheMappersOfTheObjectsKind() throws Exception {
        WebhookCertificates certificates = WebhookCertificates.write(certs);
        List<WebhookServer.Endpoint> endpoints = List.of(
                WebhookServer.conversion("/convert", List.of(ConfigMap.class), new ConfigMapMapper()),
                WebhookServer.conversion("/convert", List.of(Secret.class), new SecretMapper()));
        try (WebhookServer server = WebhookServer.start(new InetSocketAddress("127.0.0.1", 0), certs, endpoints,
                WebhookServer.RELOAD_INTERVAL)) {
            ConversionReview configMaps = convert(server, certificates,
                    new ConfigMapBuilder().withNewMetadata().withName("a").endMetadata().build(),
                    new ConfigMapBuilder().withNewMetadata().withName("b").endMetadata().build());
            assertThat(configMaps.getResponse().getUid()).isEqualTo("uid-2");
            assertThat(configMaps.getResponse().getResult().getStatus()).isEqualTo("Success");
            assertThat(configMaps.getResponse().getConvertedObjects())
                    .extracting(object -> serialization.convertValue(object, ConfigMap.class).getMetadata().getLabels())
                    .containsExactly(Map.of("converted-by", "configmaps"), Map.of("converted-by", "configmaps"));

            ConversionReview secrets = convert(server, certificates,
                    new SecretBuilder().withNewMetadata().withName("c").endMetadata().build());
            assertThat(secrets.getResponse().getConvertedObjects())
                    .extracting(object -> serialization.convertValue(object, Secret.class).getMetadata().getLabels())
                    .containsExactly(Map.of("converted-by", "secrets"));

            ConversionReview unknown = convert(server, certificates,
                    new io.fabric8.kubernetes.api.model.PodBuilder().withNewMetadata().withName("d").endMetadata()
                            .build());
            assertThat(unknown.getResponse().getResult().getStatus()).isEqualTo("Failed");
            assertThat(unknown.getResponse().getResult().getMessage()).contains("/convert converts no v1 Pod");
        }
    }

    /** The identity of ConfigMap v1, marking what it converted. */
    @TargetVersion("v1")
    static class ConfigMapMapper implements Mapper<ConfigMap, ConfigMap> {
        @Override
        public ConfigMap toHub(ConfigMap object) {
            return object;
        }

        @Override
        public ConfigMap fromHub(ConfigMap hub) {
            hub.getMetadata().setLabels(Map.of("converted-by", "configmaps"));
            return hub;
        }
    }

    /** The identity of Secret v1, marking what it converted. */
    @TargetVersion("v1")
    static class SecretMapper implements Mapper<Secret, Secret> {
        @Override
        public Secret toHub(Secret object) {
            return object;
        }

        @Override
        public Secret fromHub(Secret hub) {
            hub.getMetadata().setLabels(Map.of("converted-by", "secrets"));
            return hub;
        }
    }

    private ConversionReview convert(WebhookServer server, WebhookCertificates certificates, HasMetadata... objects)
            throws IOException, InterruptedException {
        String body = serialization.asJson(new ConversionReviewBuilder()
                .withRequest(new ConversionRequestBuilder().withUid("uid-2").withDesiredAPIVersion("v1")
                        .withObjects(List.of((Object[]) objects)).build())
                .build());
        return serialization.unmarshal(send(server, certificates, "/convert", body), ConversionReview.class);
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
        return serialization.unmarshal(send(server, certificates, path, body), AdmissionReview.class);
    }

    private String send(WebhookServer server, WebhookCertificates certificates, String path, String body)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().sslContext(certificates.trustingContext()).build();
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
