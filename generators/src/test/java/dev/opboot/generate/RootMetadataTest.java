package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root {@code metadata} is {@code {type: object}} and nothing more, whatever the resource class
 * says of it: the API server refuses a CRD whose root metadata has a description (#14).
 */
class RootMetadataTest {
  @TempDir Path tmp;

  @Test
  void aDocumentedOverrideOfGetMetadataAddsNothing() throws Exception {
    JsonNode schema =
        new Fixture(tmp)
            .source(
                "com/example/api/Thing.java",
                """
                package com.example.api;
                @io.fabric8.kubernetes.model.annotation.Group("example.com")
                @io.fabric8.kubernetes.model.annotation.Version("v1")
                public class Thing extends io.fabric8.kubernetes.client.CustomResource<Void, Void> {
                  /** The thing's metadata, with its name checked by the operator. */
                  @Override
                  @jakarta.validation.constraints.NotNull
                  public io.fabric8.kubernetes.api.model.ObjectMeta getMetadata() {
                    return super.getMetadata();
                  }

                  /** Overridden only to document it. */
                  @Override
                  public String getKind() {
                    return super.getKind();
                  }
                }
                """)
            .schema();
    JsonNode properties = schema.get("properties");
    assertThat(schema.has("required")).as("root required list: %s", schema).isFalse();
    assertThat(properties.get("metadata").toString()).isEqualTo("{\"type\":\"object\"}");
    assertThat(properties.get("kind").get("description").asText())
        .startsWith("Kind is a string value representing the REST resource");
    assertThat(properties.size()).isEqualTo(3);
  }
}
