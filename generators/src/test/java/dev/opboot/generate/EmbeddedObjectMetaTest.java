package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.generate.schema.SchemaOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ObjectMeta below the root gets the fields a user sets there, as controller-gen's {@code
 * crd:generateEmbeddedObjectMeta=true} writes them, so the API server keeps a template's labels and
 * annotations; {@code --bare-object-meta} gives controller-gen's default back (#14).
 */
class EmbeddedObjectMetaTest {
  private static final String EMBEDDED =
      "{\"properties\":{\"annotations\":{\"additionalProperties\":{\"type\":\"string\"},"
          + "\"type\":\"object\"},\"finalizers\":{\"items\":{\"type\":\"string\"},"
          + "\"type\":\"array\"},\"labels\":{\"additionalProperties\":{\"type\":\"string\"},"
          + "\"type\":\"object\"},\"name\":{\"type\":\"string\"},"
          + "\"namespace\":{\"type\":\"string\"}},\"type\":\"object\"}";

  @TempDir Path tmp;

  private Fixture fixture() {
    return new Fixture(tmp)
        .resource(
            "com.example.api",
            "example.com",
            "v1",
            "Site",
            """
            public class SiteSpec {
              /** Labels and annotations for the service the operator makes. */
              public io.fabric8.kubernetes.api.model.ObjectMeta serviceMetadata;
              public io.fabric8.kubernetes.api.model.PodTemplateSpec podTemplate;
            }
            """,
            "public class SiteStatus {}");
  }

  @Test
  void anObjectMetaPropertyHasTheFieldsAUserSets() throws Exception {
    JsonNode metadata = fixture().schema().at("/properties/spec/properties/serviceMetadata");
    assertThat(metadata.get("description").asText())
        .isEqualTo("Labels and annotations for the service the operator makes.");
    ((com.fasterxml.jackson.databind.node.ObjectNode) metadata).remove("description");
    assertThat(metadata.toString()).isEqualTo(EMBEDDED);
  }

  @Test
  void theObjectMetaOfAKubernetesTemplateToo() throws Exception {
    JsonNode metadata =
        fixture().schema().at("/properties/spec/properties/podTemplate/properties/metadata");
    assertThat(metadata.get("description").asText()).startsWith("Standard object's metadata.");
    ((com.fasterxml.jackson.databind.node.ObjectNode) metadata).remove("description");
    assertThat(metadata.toString()).isEqualTo(EMBEDDED);
  }

  @Test
  void theRootMetadataStaysABareObject() throws Exception {
    assertThat(fixture().schema().at("/properties/metadata").toString())
        .isEqualTo("{\"type\":\"object\"}");
  }

  @Test
  void bareObjectMetaGivesControllerGensDefault() throws Exception {
    JsonNode spec =
        fixture().options(SchemaOptions.CONTROLLER_GEN).schema().at("/properties/spec/properties");
    assertThat(spec.at("/serviceMetadata/type").asText()).isEqualTo("object");
    assertThat(spec.at("/serviceMetadata").has("properties")).isFalse();
    assertThat(spec.at("/podTemplate/properties/metadata").has("properties")).isFalse();
    assertThat(spec.at("/podTemplate/properties/metadata/type").asText()).isEqualTo("object");
  }
}
