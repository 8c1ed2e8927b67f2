package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opboot.generate.crd.CrdGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * op-boot on a real operator's API, unchanged (#14): Apache Flink's Kubernetes operator API, read
 * from its sources jar (unpacked by this module's build) against the class path its own build uses.
 * {@link RealOperatorsApiServerTest} installs what this generates.
 */
class RealOperatorsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Flink's API sources, as the maven-dependency-plugin unpacks them from the sources jar. */
  static Path flinkSources() {
    return TestdataDir.path().resolve("target/real-operators/flink-kubernetes-operator-api");
  }

  /**
   * This test JVM's class path (Flink's API jar and its dependencies) and the provided dependency
   * Flink's build compiles the sources with (Lombok), which javac names when it is missing.
   */
  static List<Path> flinkClasspath() throws Exception {
    List<Path> entries = new ArrayList<>(TestClasspath.entries());
    try (Stream<Path> jars =
        Files.list(TestdataDir.path().resolve("target/real-operators/provided"))) {
      jars.sorted().forEach(entries::add);
    }
    return entries;
  }

  static SortedMap<String, String> flinkCrds() throws Exception {
    return CrdGenerator.generate(
        new CrdGenerator.Options(List.of(flinkSources()), flinkClasspath(), null, "test"));
  }

  @Test
  void flinkApiGeneratesItsThreeCrdsWithNoOption() throws Exception {
    SortedMap<String, String> crds = flinkCrds();
    assertThat(crds)
        .containsOnlyKeys(
            "flink.apache.org_flinkdeployments.yaml",
            "flink.apache.org_flinksessionjobs.yaml",
            "flink.apache.org_flinkstatesnapshots.yaml");
    JsonNode deployment = YAML.readTree(crds.get("flink.apache.org_flinkdeployments.yaml"));
    assertThat(deployment.at("/spec/versions/0/name").asText()).isEqualTo("v1beta1");
    JsonNode root = deployment.at("/spec/versions/0/schema/openAPIV3Schema");
    // AbstractFlinkResource<FlinkDeploymentSpec, FlinkDeploymentStatus> bound through the base
    assertThat(root.at("/properties/spec/properties/flinkConfiguration/type").asText())
        .isEqualTo("object");
    assertThat(root.at("/properties/spec/properties/job/properties/upgradeMode/enum").toString())
        .isEqualTo("[\"savepoint\",\"last-state\",\"stateless\"]");
    assertThat(root.at("/properties/status/type").asText()).isEqualTo("object");
    assertThat(root.at("/properties/metadata").toString()).isEqualTo("{\"type\":\"object\"}");
  }
}
