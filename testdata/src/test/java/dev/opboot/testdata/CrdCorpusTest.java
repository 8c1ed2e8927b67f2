package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opboot.generate.crd.CrdGenerator;
import dev.opboot.generate.schema.KubernetesVersions;
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
    // controller-gen v0.17.3 describes Kubernetes' types as k8s.io/api v0.32 has them
    CrdGenerator.Result result =
        CrdGenerator.run(
            new CrdGenerator.Options(
                    List.of(dir.resolve("java/src/main/java")),
                    TestClasspath.entries(),
                    null,
                    "test")
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
