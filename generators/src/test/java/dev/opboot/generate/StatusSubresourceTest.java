package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.generate.problem.GeneratorException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @NoStatusSubresource}: the status stays in the schema, the CRD serves no {@code /status}
 * (#14). Without it a status type turns the subresource on (DIFFERENCES.md D3).
 */
class StatusSubresourceTest {
  @TempDir Path tmp;

  private static String resource(String annotation, String status) {
    return """
        package com.example.api;
        @io.fabric8.kubernetes.model.annotation.Group("example.com")
        @io.fabric8.kubernetes.model.annotation.Version("v1")
        %s
        public class Lamp extends io.fabric8.kubernetes.client.CustomResource<Lamp.Spec, %s> {
          public static class Spec { public String colour; }
          public static class Status { public boolean lit; }
        }
        """
        .formatted(annotation, status);
  }

  @Test
  void theStatusStaysButItsSubresourceGoes() throws Exception {
    JsonNode version =
        new Fixture(tmp)
            .source(
                "com/example/api/Lamp.java",
                resource("@dev.opboot.annotations.NoStatusSubresource", "Lamp.Status"))
            .crd()
            .at("/spec/versions/0");
    assertThat(version.at("/schema/openAPIV3Schema/properties/status/properties/lit/type").asText())
        .isEqualTo("boolean");
    assertThat(version.has("subresources")).as(version.toString()).isFalse();
  }

  @Test
  void withoutTheAnnotationAStatusHasItsSubresource() throws Exception {
    JsonNode version =
        new Fixture(tmp)
            .source("com/example/api/Lamp.java", resource("", "Lamp.Status"))
            .crd()
            .at("/spec/versions/0");
    assertThat(version.at("/subresources/status").isObject()).isTrue();
  }

  @Test
  void theAnnotationWithoutAStatusIsAnErrorAtTheClass() {
    assertThatThrownBy(
            () ->
                new Fixture(tmp)
                    .source(
                        "com/example/api/Lamp.java",
                        resource("@dev.opboot.annotations.NoStatusSubresource", "Void"))
                    .generate())
        .isInstanceOf(GeneratorException.class)
        .hasMessageMatching(
            "(?s).*/com/example/api/Lamp\\.java:2:\\d+: Lamp has @NoStatusSubresource but no"
                + " status \\(its status type is Void or missing\\).*Remove the annotation, or give"
                + " the resource a status type\\.");
  }
}
