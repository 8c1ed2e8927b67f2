package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opboot.generate.crd.CrdGenerator;
import dev.opboot.generate.schema.KubernetesVersions;
import dev.opboot.generate.schema.SchemaOptions;
import io.fabric8.zjsonpatch.JsonPatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The precision corpus: for each Go/Java twin under {@code testdata/crd/<case>/}, op-boot's CRDs
 * for {@code java/} equal controller-gen v0.17.3's {@code expected/} output for {@code go/}, after
 * the normalization and the Java-only additions that {@code testdata/crd/DIFFERENCES.md} lists with
 * their reasons (each one is a step below, and nothing else is forgiven).
 */
class CrdCorpusTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(TestdataDir.path().resolve("crd"))) {
      return dirs
          .filter(
              d -> Files.isDirectory(d.resolve("java")) && Files.isDirectory(d.resolve("expected")))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void javaTwinMatchesControllerGen(String name) throws Exception {
    Path dir = TestdataDir.path().resolve("crd").resolve(name);
    // DIFFERENCES.md §2: compared with controller-gen's defaults (--bare-object-meta), and
    // Kubernetes' types as k8s.io/api v0.32 has them, which controller-gen v0.17.3 used
    CrdGenerator.Result result =
        CrdGenerator.run(
            options(dir)
                .with(SchemaOptions.CONTROLLER_GEN)
                .withKubeVersion(KubernetesVersions.CONTROLLER_GEN_CORPUS));
    SortedMap<String, String> generated = result.files();

    List<String> expectedFiles;
    try (Stream<Path> files = Files.list(dir.resolve("expected"))) {
      expectedFiles = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(generated.keySet())
        .as("CRD files of %s", name)
        .containsExactlyElementsOf(expectedFiles);

    for (String file : expectedFiles) {
      JsonNode expected = normalize(YAML.readTree(dir.resolve("expected").resolve(file).toFile()));
      Path delta = dir.resolve("op-boot-delta.json");
      if (Files.isRegularFile(delta) && JSON.readTree(delta.toFile()).has(file)) {
        // DIFFERENCES.md §2: what op-boot emits beyond controller-gen v0.17.3 (title, externalDocs)
        expected = JsonPatch.apply(JSON.readTree(delta.toFile()).get(file), expected);
      }
      JsonNode actual = normalize(YAML.readTree(generated.get(file)));
      List<String> differences =
          WalkedFields.withoutWalked(JsonDiff.of(expected, actual), result.warnings());
      assertThat(differences)
          .as("%s/%s: op-boot (right) against controller-gen (left)", name, file)
          .isEmpty();
    }
  }

  /**
   * DIFFERENCES.md §2: op-boot's defaults differ from controller-gen's only where its switches say;
   * here, the fields of every ObjectMeta below the root (none at the root).
   */
  @ParameterizedTest
  @MethodSource("cases")
  void defaultsAddOnlyTheFieldsOfEmbeddedObjectMetas(String name) throws Exception {
    Path dir = TestdataDir.path().resolve("crd").resolve(name);
    SortedMap<String, String> asControllerGen =
        CrdGenerator.generate(options(dir).with(SchemaOptions.CONTROLLER_GEN));
    SortedMap<String, String> byDefault = CrdGenerator.generate(options(dir));
    assertThat(byDefault.keySet()).isEqualTo(asControllerGen.keySet());
    for (String file : byDefault.keySet()) {
      JsonNode bare = YAML.readTree(asControllerGen.get(file));
      List<String> differences = JsonDiff.of(bare, YAML.readTree(byDefault.get(file)));
      // every pod template's metadata at least, and ObjectMeta properties of any other name
      assertThat(differences.size()).isGreaterThanOrEqualTo(nestedObjectMetas(bare, false));
      assertThat(differences)
          .as("%s/%s: defaults (right) against --bare-object-meta (left)", name, file)
          .allMatch(
              d ->
                  d.matches(
                      "/spec/versions/\\d+/schema/openAPIV3Schema/properties/[^/]+/properties/.+/properties: extra"
                          + " \\{\"annotations\":\\{\"additionalProperties\":\\{\"type\":\"string\"\\}.*"));
    }
  }

  /** How many {@code metadata} properties below a root are bare objects. */
  private static int nestedObjectMetas(JsonNode node, boolean belowRoot) {
    int count = 0;
    if (node.isObject()) {
      JsonNode metadata = node.path("properties").path("metadata");
      if (belowRoot && metadata.isObject() && !metadata.has("properties")) {
        count++;
      }
      for (var field : node.properties()) {
        boolean root = field.getKey().equals("openAPIV3Schema");
        count +=
            nestedObjectMetas(
                field.getValue(), belowRoot || (!root && field.getKey().equals("properties")));
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        count += nestedObjectMetas(element, belowRoot);
      }
    }
    return count;
  }

  private static CrdGenerator.Options options(Path dir) {
    return new CrdGenerator.Options(
        List.of(dir.resolve("java/src/main/java")), TestClasspath.entries(), null, "test");
  }

  /** DIFFERENCES.md §1: drop the tool stamp (N1), order versions by name (N5). */
  private static JsonNode normalize(JsonNode crd) {
    ObjectNode copy = crd.deepCopy();
    ((ObjectNode) copy.get("metadata")).remove("annotations");
    ArrayNode versions = (ArrayNode) copy.at("/spec/versions");
    List<JsonNode> sorted = new ArrayList<>();
    versions.forEach(sorted::add);
    sorted.sort(Comparator.comparing(v -> v.get("name").asText()));
    versions.removeAll();
    sorted.forEach(versions::add);
    return copy;
  }
}
