package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.generate.problem.GeneratorException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @ConversionWebhook}: the CRD's {@code spec.conversion} as kubebuilder's conversion patch
 * writes it, one for the kind whichever version carries it, and its values checked at file:line
 * (#16).
 */
class ConversionWebhookTest {
  @TempDir Path tmp;

  private static String version(String version, boolean storage, String annotation) {
    return """
        package com.example.api.%1$s;
        @io.fabric8.kubernetes.model.annotation.Group("example.com")
        @io.fabric8.kubernetes.model.annotation.Version(value = "%1$s", storage = %2$s)
        %3$s
        public class Lamp extends io.fabric8.kubernetes.client.CustomResource<Lamp.Spec, Void> {
          public static class Spec { public String colour; }
        }
        """
        .formatted(version, storage, annotation);
  }

  private Fixture twoVersions(String onV1, String onV2) {
    return new Fixture(tmp)
        .source("com/example/api/v1/Lamp.java", version("v1", true, onV1))
        .source("com/example/api/v2/Lamp.java", version("v2", false, onV2));
  }

  @Test
  void theHubsAnnotationConvertsEveryVersionThroughTheWebhookService() throws Exception {
    JsonNode spec = twoVersions("@dev.opboot.annotations.ConversionWebhook", "").crd().at("/spec");
    assertThat(spec.get("conversion"))
        .isEqualTo(
            Fixture.parse(
                """
                strategy: Webhook
                webhook:
                  clientConfig:
                    service:
                      name: webhook-service
                      namespace: system
                      path: /convert
                  conversionReviewVersions:
                  - v1
                """));
    assertThat(spec.fieldNames().next())
        .as("written first, as controller-gen sorts")
        .isEqualTo("conversion");
  }

  @Test
  void aPortOtherThan443AndTheReviewVersionsAreWrittenAsGiven() throws Exception {
    String annotation =
        "@dev.opboot.annotations.ConversionWebhook(path = \"/convert-lamps\", port = 9443,"
            + " conversionReviewVersions = {\"v1\", \"v1beta1\"})";
    JsonNode webhook = twoVersions("", annotation).crd().at("/spec/conversion/webhook");
    assertThat(webhook.at("/clientConfig/service/path").asText()).isEqualTo("/convert-lamps");
    assertThat(webhook.at("/clientConfig/service/port").asInt()).isEqualTo(9443);
    assertThat(webhook.at("/conversionReviewVersions").toString())
        .isEqualTo("[\"v1\",\"v1beta1\"]");
  }

  @Test
  void withoutTheAnnotationTheServerConvertsItself() throws Exception {
    assertThat(twoVersions("", "").crd().at("/spec").has("conversion")).isFalse();
  }

  @Test
  void versionsThatDisagreeAreAnErrorNamingBoth() {
    assertThatThrownBy(
            () ->
                twoVersions(
                        "@dev.opboot.annotations.ConversionWebhook",
                        "@dev.opboot.annotations.ConversionWebhook(path = \"/other\")")
                    .generate())
        .isInstanceOf(GeneratorException.class)
        .hasMessageContaining("the versions of Lamp disagree on @ConversionWebhook: here and at ")
        .hasMessageContaining("com/example/api/v1/Lamp.java:4:");
  }

  @Test
  void badValuesAreReportedTogetherAtTheAnnotation() {
    String annotation =
        "@dev.opboot.annotations.ConversionWebhook(path = \"convert\", serviceName = \"Webhook_Svc\","
            + " port = 0, conversionReviewVersions = {\"v2\"})";
    assertThatThrownBy(() -> twoVersions(annotation, "").generate())
        .isInstanceOf(GeneratorException.class)
        .hasMessageContaining("com/example/api/v1/Lamp.java:4:")
        .hasMessageContaining("path 'convert' must start with /")
        .hasMessageContaining("serviceName 'Webhook_Svc' is no Service name")
        .hasMessageContaining("port 0 is outside 1..65535")
        .hasMessageContaining(
            "conversionReviewVersions [v2] holds no version the API server sends");
  }
}
