package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.generate.schema.SchemaOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CRD over 256 KiB as JSON cannot be applied client-side (kubectl keeps the whole object in an
 * annotation the API server limits to 256 KiB): generate crd warns, naming the fixes, and {@code
 * --drop-builtin-descriptions} shrinks it by leaving out Kubernetes' own descriptions (#14).
 */
class CrdSizeTest {
  @TempDir Path tmp;

  private Fixture fixture() {
    return new Fixture(tmp)
        .resource(
            "com.example.api",
            "example.com",
            "v1",
            "Cluster",
            """
            public class ClusterSpec {
              /** The pods of the leaders. */
              public io.fabric8.kubernetes.api.model.PodTemplateSpec leaders;
              public io.fabric8.kubernetes.api.model.PodTemplateSpec followers;
              public io.fabric8.kubernetes.api.model.PodTemplateSpec observers;
            }
            """,
            "public class ClusterStatus {}");
  }

  @Test
  void aCrdTooLargeForClientSideApplyIsWrittenWithAWarningNamingTheFixes() throws Exception {
    Fixture fixture = fixture().options(new SchemaOptions(true, true, false));
    assertThat(fixture.generate()).containsOnlyKeys("example.com_clusters.yaml");
    List<String> warnings = fixture.warnings();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0))
        .matches(
            ".*/com/example/api/Cluster\\.java:\\d+:\\d+: warning: the CRD example\\.com_clusters\\.yaml is .*")
        .matches(
            ".* is [0-9,]+ bytes as JSON, over the 262,144 bytes that client-side 'kubectl apply' .*")
        .contains("'kubectl apply --server-side', as op-boot deploy and op-boot run do")
        .contains(
            "--drop-builtin-descriptions leaves out the descriptions of Kubernetes' own types")
        .contains("--max-desc-len N cuts every description");
  }

  @Test
  void droppingBuiltinDescriptionsKeepsTheProjectsOwn() throws Exception {
    Fixture fixture = fixture().options(new SchemaOptions(true, true, true));
    JsonNode spec =
        Fixture.parse(fixture.generate().get("example.com_clusters.yaml"))
            .at("/spec/versions/0/schema/openAPIV3Schema/properties/spec/properties");
    assertThat(fixture.warnings()).isEmpty();
    assertThat(spec.at("/leaders/description").asText()).isEqualTo("The pods of the leaders.");
    assertThat(spec.at("/followers").has("description")).isFalse();
    assertThat(spec.at("/followers/properties/spec/properties/containers").has("description"))
        .isFalse();
    assertThat(
            spec.at("/followers/properties/spec/properties/containers/items/properties/name/type")
                .asText())
        .isEqualTo("string");
    assertThat(spec.toString()).doesNotContain("\"description\":\"Specification");
  }

  @Test
  void aSmallCrdHasNoWarning() throws Exception {
    Fixture fixture =
        new Fixture(tmp)
            .resource(
                "com.example.api",
                "example.com",
                "v1",
                "Small",
                "public class SmallSpec { public io.fabric8.kubernetes.api.model.Container sidecar; }",
                "public class SmallStatus {}")
            .options(new SchemaOptions(true, true, false));
    fixture.generate();
    assertThat(fixture.warnings()).isEmpty();
  }
}
