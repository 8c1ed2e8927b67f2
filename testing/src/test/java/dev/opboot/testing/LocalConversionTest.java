package dev.opboot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsServer;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.ConversionResponse;
import io.fabric8.kubernetes.api.model.apiextensions.v1.ConversionReview;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CRD's conversion webhook served in this JVM, installed from the CRD as {@code generate crd}
 * writes it, is called by the real API server for every read in the version not stored; closing
 * sets the conversion back to {@code None}.
 */
@WithKubeApiServer
class LocalConversionTest {
  private static final String CRD = "gadgets.test.opboot.dev";

  @TempDir Path dir;

  @Test
  void theApiServerConvertsThroughTheTestJvm(KubernetesClient client) throws Exception {
    Path crd = dir.resolve("crd.yaml");
    try (InputStream in = getClass().getResourceAsStream("/gadgets-conversion-crd.yaml")) {
      Files.write(crd, Objects.requireNonNull(in).readAllBytes());
    }
    KubernetesSerialization serialization = client.getKubernetesSerialization();
    List<String> calls = new ArrayList<>();
    try (LocalWebhooks webhooks = LocalWebhooks.create(client)) {
      HttpsServer server = serve(webhooks.certificateDir(), serialization, calls);
      try {
        CustomResourceDefinition installed =
            webhooks.installConversion(crd, server.getAddress().getPort());
        assertThat(installed.getSpec().getConversion().getWebhook().getClientConfig().getUrl())
            .isEqualTo("https://127.0.0.1:" + server.getAddress().getPort() + "/convert");
        assertThat(installed.getSpec().getConversion().getWebhook().getClientConfig().getCaBundle())
            .isNotBlank();

        client.genericKubernetesResources(context("v1")).resource(gadget("v1", "size")).create();
        GenericKubernetesResource v2 = awaitRead(client, "v2");

        assertThat(v2.getApiVersion()).isEqualTo("test.opboot.dev/v2");
        assertThat(v2.getAdditionalProperties().get("spec")).isEqualTo(Map.of("count", 3));
        assertThat(calls).contains("test.opboot.dev/v2");
      } finally {
        server.stop(0);
      }
    }
    assertThat(
            client
                .apiextensions()
                .v1()
                .customResourceDefinitions()
                .withName(CRD)
                .get()
                .getSpec()
                .getConversion()
                .getStrategy())
        .isEqualTo("None");
    client.genericKubernetesResources(context("v1")).inNamespace("default").withName("g").delete();
  }

  @Test
  void aCrdWithoutAConversionWebhookIsRefused(KubernetesClient client) throws Exception {
    Path crd = dir.resolve("crd.yaml");
    try (InputStream in = getClass().getResourceAsStream("/widgets-crd.yaml")) {
      Files.write(crd, Objects.requireNonNull(in).readAllBytes());
    }
    try (LocalWebhooks webhooks = LocalWebhooks.create(client)) {
      assertThatThrownBy(() -> webhooks.installConversion(crd, 9443))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("has no conversion webhook: put @ConversionWebhook");
    }
  }

  private static GenericKubernetesResource awaitRead(KubernetesClient client, String version)
      throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      try {
        return client
            .genericKubernetesResources(context(version))
            .inNamespace("default")
            .withName("g")
            .get();
      } catch (KubernetesClientException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }

  private static ResourceDefinitionContext context(String version) {
    return new ResourceDefinitionContext.Builder()
        .withGroup("test.opboot.dev")
        .withVersion(version)
        .withKind("Gadget")
        .withPlural("gadgets")
        .withNamespaced(true)
        .build();
  }

  private static GenericKubernetesResource gadget(String version, String field) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("test.opboot.dev/" + version)
        .withKind("Gadget")
        .withNewMetadata()
        .withName("g")
        .withNamespace("default")
        .endMetadata()
        .addToAdditionalProperties("spec", Map.of(field, 3))
        .build();
  }

  /** A conversion webhook renaming v1's spec.size to v2's spec.count and back. */
  private static HttpsServer serve(
      Path certs, KubernetesSerialization serialization, List<String> calls) throws Exception {
    return LocalWebhooksTest.serve(
        certs,
        "/convert",
        exchange -> {
          ConversionReview review;
          try (InputStream in = exchange.getRequestBody()) {
            review = serialization.unmarshal(in, ConversionReview.class);
          }
          String desired = review.getRequest().getDesiredAPIVersion();
          calls.add(desired);
          List<Object> converted = new ArrayList<>();
          for (Object object : review.getRequest().getObjects()) {
            GenericKubernetesResource resource =
                serialization.convertValue(object, GenericKubernetesResource.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> spec =
                new HashMap<>((Map<String, Object>) resource.getAdditionalProperties().get("spec"));
            Object value = spec.remove(desired.endsWith("v2") ? "size" : "count");
            spec.put(desired.endsWith("v2") ? "count" : "size", value);
            resource.getAdditionalProperties().put("spec", spec);
            resource.setApiVersion(desired);
            converted.add(resource);
          }
          ConversionResponse response = new ConversionResponse();
          response.setUid(review.getRequest().getUid());
          response.setConvertedObjects(converted);
          response.setResult(
              new io.fabric8.kubernetes.api.model.StatusBuilder().withStatus("Success").build());
          ConversionReview answer = new ConversionReview();
          answer.setApiVersion("apiextensions.k8s.io/v1");
          answer.setKind("ConversionReview");
          answer.setResponse(response);
          LocalWebhooksTest.respondJson(exchange, serialization.asJson(answer));
        });
  }
}
