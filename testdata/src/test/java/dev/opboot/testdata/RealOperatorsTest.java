package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opboot.generate.crd.CrdGenerator;
import dev.opboot.generate.schema.SchemaOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * op-boot on real operators' APIs, unchanged (#14): Apache Flink's Kubernetes operator API,
 * Strimzi's and Strimzi's Kafka Access Operator's, each read from its sources jar (unpacked by this
 * module's build) against the class path its own build uses ({@link RealOperator}). {@link
 * RealOperatorsApiServerTest} installs what this generates.
 */
class RealOperatorsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** Flink's API sources, as the maven-dependency-plugin unpacks them from the sources jar. */
  static Path flinkSources() {
    return RealOperator.FLINK.sources();
  }

  /** Flink's API's class path, with Lombok that its build compiles the sources with. */
  static List<Path> flinkClasspath() throws Exception {
    return RealOperator.FLINK.classpath();
  }

  static SortedMap<String, String> flinkCrds() throws Exception {
    return CrdGenerator.generate(
        new CrdGenerator.Options(List.of(flinkSources()), flinkClasspath(), null, "test"));
  }

  @Test
  void flinksPodTemplatesGetTheKubernetesVersionOfItsFabric8ModelWithNothingWalked()
      throws Exception {
    CrdGenerator.Result result =
        CrdGenerator.run(
            new CrdGenerator.Options(List.of(flinkSources()), flinkClasspath(), null, "test"));
    // the class path's kubernetes-model-core (7.5.2 here) models Kubernetes 1.34
    assertThat(result.choice().version()).isEqualTo("1.34");
    // nothing walked: no catalogue warning (the size and template warnings are tested below)
    assertThat(result.warnings()).noneMatch(warning -> warning.contains("catalogue"));
    JsonNode container =
        YAML.readTree(result.files().get("flink.apache.org_flinkdeployments.yaml"))
            .at(
                "/spec/versions/0/schema/openAPIV3Schema/properties/spec/properties/podTemplate"
                    + "/properties/spec/properties/containers/items/properties");
    assertThat(
            container
                .at("/env/items/properties/valueFrom/properties/fileKeyRef/description")
                .asText())
        .startsWith("FileKeyRef selects a key");
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

  /**
   * Strimzi's API, unchanged: eleven CRDs in two groups, its enums' values read from their {@code
   * switch (this)} {@code @JsonValue} methods, its storage types the union of their subtypes. Its
   * only warnings are the size of the Kafka CRD and the Kubernetes types its templates hold.
   */
  @Test
  void strimziApiGeneratesItsElevenCrdsWithNoOption() throws Exception {
    CrdGenerator.Result result = CrdGenerator.run(RealOperator.STRIMZI.options());
    assertThat(result.files()).hasSize(11).containsKey("core.strimzi.io_strimzipodsets.yaml");
    assertThat(result.warnings()).noneMatch(warning -> warning.contains("catalogue"));
    JsonNode spec =
        YAML.readTree(result.files().get("kafka.strimzi.io_kafkanodepools.yaml"))
            .at("/spec/versions/0/schema/openAPIV3Schema/properties/spec/properties");
    assertThat(spec.at("/roles/items/enum").toString()).isEqualTo("[\"controller\",\"broker\"]");
    // JbodStorage's volumes and EphemeralStorage's sizeLimit beside the base's type
    assertThat(spec.at("/storage/properties").has("volumes")).isTrue();
    assertThat(spec.at("/storage/properties").has("sizeLimit")).isTrue();
    assertThat(spec.at("/storage/properties/type/type").asText()).isEqualTo("string");
  }

  /**
   * The Kafka Access Operator's API, unchanged: a JOSDK operator's hand-written classes with
   * sundrio builders beside them, fabric8's {@code @AdditionalPrinterColumns}, {@code @Required}
   * and a status extending JOSDK 4's {@code ObservedGenerationAwareStatus}. Its one CRD has the
   * reference's names, columns, required properties and status subresource, and no warning.
   */
  @Test
  void kafkaAccessOperatorApiGeneratesItsCrdLikeTheShippedOneWithNoOption() throws Exception {
    CrdGenerator.Result result = CrdGenerator.run(RealOperator.ACCESS.options());
    assertThat(result.files()).containsOnlyKeys("access.strimzi.io_kafkaaccesses.yaml");
    assertThat(result.warnings()).isEmpty();
    JsonNode ours = YAML.readTree(result.files().get("access.strimzi.io_kafkaaccesses.yaml"));
    JsonNode reference =
        YAML.readTree(RealOperator.ACCESS.referenceCrds().get("kafkaaccesses.access.strimzi.io"));
    // listKind as controller-gen writes it; fabric8 leaves it to the API server, which defaults it
    com.fasterxml.jackson.databind.node.ObjectNode names = ours.at("/spec/names").deepCopy();
    assertThat(names.remove("listKind").asText()).isEqualTo("KafkaAccessList");
    assertThat(names).isEqualTo(reference.at("/spec/names"));
    JsonNode ourVersion = ours.at("/spec/versions/0");
    JsonNode refVersion = reference.at("/spec/versions/0");
    assertThat(ourVersion.get("subresources")).isEqualTo(refVersion.get("subresources"));
    assertThat(jsonPaths(ourVersion.get("additionalPrinterColumns")))
        .containsExactlyElementsOf(jsonPaths(refVersion.get("additionalPrinterColumns")));
    JsonNode spec = ourVersion.at("/schema/openAPIV3Schema/properties/spec");
    assertThat(spec.get("required").toString()).isEqualTo("[\"kafka\"]");
    assertThat(spec.at("/properties/user/required").toString())
        .isEqualTo(
            refVersion
                .at("/schema/openAPIV3Schema/properties/spec/properties/user/required")
                .toString());
    assertThat(
            ourVersion
                .at("/schema/openAPIV3Schema/properties/status/properties/observedGeneration/type")
                .asText())
        .isEqualTo("integer");
  }

  /**
   * Flink's deployment CRD is about a megabyte, mostly Kubernetes' pod descriptions: generate crd
   * warns that client-side kubectl apply will fail and names the fixes, and warns of each pod
   * template whose Kubernetes-required fields Flink's operator fills in (#14). With the options
   * those warnings name, both are gone.
   */
  @Test
  void flinkWarningsNameTheOptionsThatSilenceThem() throws Exception {
    CrdGenerator.Options options =
        new CrdGenerator.Options(List.of(flinkSources()), flinkClasspath(), null, "test");
    List<String> warnings = CrdGenerator.run(options).warnings();
    assertThat(warnings)
        .anyMatch(
            w ->
                w.contains("FlinkDeployment.java:")
                    && w.contains("the CRD flink.apache.org_flinkdeployments.yaml is ")
                    && w.contains("--drop-builtin-descriptions"));
    assertThat(warnings)
        .anyMatch(
            w ->
                w.contains(".spec.podTemplate holds a Kubernetes PodTemplateSpec")
                    && w.contains("--relax-required-in-templates"));
    assertThat(warnings)
        .anyMatch(
            w -> w.contains(".spec.jobManager.podTemplate holds a Kubernetes PodTemplateSpec"));
    assertThat(CrdGenerator.run(options.with(new SchemaOptions(true, true, true))).warnings())
        .isEmpty();
  }

  /**
   * op-boot's CRDs against those fabric8 made for Flink (in its jar): the same properties with the
   * same types, subresources, names and printer columns, but for two documented differences. Pod
   * templates' {@code metadata} is {@code {type: object}} (DIFFERENCES.md R2, controller-gen's
   * default), and the pod schema is from op-boot's catalogue for the Kubernetes version the class
   * path's fabric8 model follows (R1, D9: 1.34 for 7.5.2), which has fields the fabric8 model Flink
   * was built with lacks.
   */
  @Test
  void flinkCrdsMatchTheReferenceButForThePodSchemaCatalogue() throws Exception {
    SortedMap<String, String> crds = flinkCrds();
    for (String plural : List.of("flinkdeployments", "flinksessionjobs", "flinkstatesnapshots")) {
      JsonNode reference;
      try (var in =
          getClass()
              .getClassLoader()
              .getResourceAsStream("META-INF/fabric8/" + plural + ".flink.apache.org-v1.yml")) {
        reference = YAML.readTree(in);
      }
      JsonNode ours = YAML.readTree(crds.get("flink.apache.org_" + plural + ".yaml"));
      assertThat(ours.at("/spec/names/shortNames"))
          .isEqualTo(reference.at("/spec/names/shortNames"));
      assertThat(ours.at("/spec/scope")).isEqualTo(reference.at("/spec/scope"));
      JsonNode refVersion = reference.at("/spec/versions/0");
      JsonNode ourVersion = ours.at("/spec/versions/0");
      assertThat(ourVersion.get("name")).isEqualTo(refVersion.get("name"));
      assertThat(ourVersion.get("subresources")).isEqualTo(refVersion.get("subresources"));
      assertThat(jsonPaths(ourVersion.get("additionalPrinterColumns")))
          .containsExactlyInAnyOrderElementsOf(
              jsonPaths(refVersion.get("additionalPrinterColumns")));

      Map<String, String> refTypes = new TreeMap<>();
      Map<String, String> ourTypes = new TreeMap<>();
      types(refVersion.at("/schema/openAPIV3Schema"), "", refTypes);
      types(ourVersion.at("/schema/openAPIV3Schema"), "", ourTypes);
      assertThat(refTypes.keySet().stream().filter(p -> !ourTypes.containsKey(p)))
          .as(plural + ": only in the reference")
          .allMatch(p -> p.contains(".podTemplate."));
      assertThat(ourTypes.keySet().stream().filter(p -> !refTypes.containsKey(p)))
          .as(plural + ": only in op-boot's")
          .allMatch(
              p ->
                  List.of(".apiVersion", ".kind", ".metadata").contains(p)
                      || p.contains(".podTemplate."));
      refTypes.forEach(
          (path, type) -> {
            if (ourTypes.containsKey(path)) {
              assertThat(ourTypes.get(path)).as(plural + " " + path).isEqualTo(type);
            }
          });
    }
  }

  private static List<String> jsonPaths(JsonNode columns) {
    List<String> paths = new ArrayList<>();
    columns.forEach(c -> paths.add(c.get("jsonPath").asText()));
    return paths;
  }

  /**
   * Every property path of a schema with its type ({@code [*]} for items, {@code .*} for values).
   */
  private static void types(JsonNode schema, String path, Map<String, String> out) {
    if (!schema.isObject()) {
      return;
    }
    if (!path.isEmpty()) {
      out.put(path, schema.path("type").asText(""));
    }
    schema
        .path("properties")
        .properties()
        .forEach(e -> types(e.getValue(), path + "." + e.getKey(), out));
    if (schema.has("items")) {
      types(schema.get("items"), path + "[*]", out);
    }
    if (schema.path("additionalProperties").isObject()) {
      types(schema.get("additionalProperties"), path + ".*", out);
    }
  }
}
