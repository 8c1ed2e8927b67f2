package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opboot.generate.crd.CrdGenerator;
import dev.opboot.generate.importer.CrdImporter;
import dev.opboot.generate.importer.ImportedCrd;
import dev.opboot.generate.importer.SchemaNormalization;
import dev.opboot.generate.schema.KubernetesVersions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Import, then generate: for every CRD of the precision corpus (controller-gen's and op-boot's
 * own), of the golden scaffold, and for large synthetic CRDs, {@code create api --from-crd}'s Java
 * types give back the CRD they came from under {@code generate crd}. The only differences allowed
 * are the steps below, each listed with its reason in testdata/crd/ROUNDTRIP.md.
 */
class CrdRoundTripTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static Stream<Arguments> controllerGenCrds() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TestdataDir.path().resolve("crd"))) {
      files
          .filter(
              f ->
                  f.getParent().getFileName().toString().equals("expected")
                      && f.toString().endsWith(".yaml"))
          .sorted()
          .forEach(f -> out.add(Arguments.of(TestdataDir.path().relativize(f).toString(), f)));
    }
    try (Stream<Path> files =
        Files.list(TestdataDir.goldenScaffold().resolve("config/crd/bases"))) {
      files
          .sorted()
          .forEach(f -> out.add(Arguments.of(TestdataDir.path().relativize(f).toString(), f)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("controllerGenCrds")
  void importThenGenerateGivesTheCrdBack(String name, Path crd, @TempDir Path work)
      throws Exception {
    assertRoundTrip(Files.readString(crd), work);
  }

  /** op-boot's own CRDs for the corpus's Java twins. */
  static Stream<Arguments> opBootCrds() throws Exception {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(TestdataDir.path().resolve("crd"))) {
      for (Path dir : dirs.filter(d -> Files.isDirectory(d.resolve("java"))).sorted().toList()) {
        SortedMap<String, String> generated =
            CrdGenerator.generate(
                new CrdGenerator.Options(
                        List.of(dir.resolve("java/src/main/java")),
                        TestClasspath.entries(),
                        null,
                        "test")
                    .withKubeVersion(KubernetesVersions.CONTROLLER_GEN_CORPUS));
        generated.forEach(
            (file, yaml) -> out.add(Arguments.of(dir.getFileName() + "/" + file, yaml)));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("opBootCrds")
  void importThenGenerateGivesOpBootsOwnCrdBack(String name, String crd, @TempDir Path work)
      throws Exception {
    assertRoundTrip(crd, work);
  }

  static Stream<Arguments> syntheticCrds() throws Exception {
    return SyntheticCrds.all().stream().map(c -> Arguments.of(c.get(0), c.get(1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("syntheticCrds")
  void importThenGenerateGivesLargeSyntheticCrdsBack(String name, String crd, @TempDir Path work)
      throws Exception {
    assertRoundTrip(crd, work);
  }

  /** The importer's own test inputs, hand-written rather than generated (RT6, RT7 apply). */
  static Stream<Arguments> handWrittenCrds() throws IOException {
    try (Stream<Path> dirs = Files.list(TestdataDir.path().resolve("import"))) {
      return dirs
          .map(d -> d.resolve("crd.yaml"))
          .filter(Files::isRegularFile)
          .sorted()
          .map(f -> Arguments.of(TestdataDir.path().relativize(f).toString(), f))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("handWrittenCrds")
  void importThenGenerateGivesHandWrittenCrdsBack(String name, Path crd, @TempDir Path work)
      throws Exception {
    assertRoundTrip(Files.readString(crd), work);
  }

  static void assertRoundTrip(String original, Path work) throws Exception {
    Path file = work.resolve("crd.yaml");
    Files.writeString(file, original);
    List<ImportedCrd> crds = CrdImporter.read(file);
    assertThat(crds).hasSize(1);
    CrdImporter.ImportedApi api =
        CrdImporter.toJava(
            crds.get(0), new CrdImporter.Options(null, v -> "dev.opboot.roundtrip." + v, false));
    Path sources = work.resolve("src");
    for (CrdImporter.ImportedVersion version : api.versions()) {
      for (Map.Entry<String, String> source : version.sources().entrySet()) {
        Path target = sources.resolve(source.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, source.getValue());
      }
    }
    CrdGenerator.Result result =
        CrdGenerator.run(
            new CrdGenerator.Options(List.of(sources), TestClasspath.entries(), null, "test")
                .withKubeVersion(KubernetesVersions.CONTROLLER_GEN_CORPUS));
    SortedMap<String, String> generated = result.files();
    assertThat(generated).hasSize(1);
    JsonNode expected = normalize(YAML.readTree(original));
    JsonNode actual = normalize(YAML.readTree(generated.values().iterator().next()));
    List<String> differences =
        WalkedFields.withoutWalked(JsonDiff.of(expected, actual), result.warnings());
    assertThat(differences).as("generated (right) against the imported CRD (left)").isEmpty();
  }

  /**
   * ROUNDTRIP.md: the tool stamps (RT1), version order (RT2), flags false by default and empty
   * lists (RT3), uniqueItems as a set list (RT4), apiVersion's and kind's descriptions (RT6), the
   * order of required lists (RT7), listKind and singular as the API server defaults them (RT8).
   * Numbers compare by value (RT5, in {@link #diff}).
   */
  static JsonNode normalize(JsonNode crd) {
    ObjectNode copy = crd.deepCopy();
    ObjectNode metadata = (ObjectNode) copy.get("metadata");
    if (metadata.get("annotations") instanceof ObjectNode annotations) {
      annotations.remove(List.of("controller-gen.kubebuilder.io/version", "op-boot.dev/version"));
      if (annotations.isEmpty()) {
        metadata.remove("annotations");
      }
    }
    if (copy.at("/spec/names") instanceof ObjectNode names) {
      // RT8: the API server's defaults, which op-boot writes
      String kind = names.path("kind").asText();
      if (!names.has("listKind")) {
        names.put("listKind", kind + "List");
      }
      if (!names.has("singular")) {
        names.put("singular", kind.toLowerCase(java.util.Locale.ROOT));
      }
    }
    ArrayNode versions = (ArrayNode) copy.at("/spec/versions");
    List<JsonNode> sorted = new ArrayList<>();
    versions.forEach(sorted::add);
    sorted.sort(Comparator.comparing(v -> v.get("name").asText()));
    versions.removeAll();
    for (JsonNode version : sorted) {
      ObjectNode schema = (ObjectNode) version.at("/schema/openAPIV3Schema");
      SchemaNormalization.apply(schema);
      uniqueItemsAsSet(schema);
      sortRequired(schema);
      if (schema.get("properties") instanceof ObjectNode properties) {
        // RT6: op-boot's fixed descriptions of apiVersion and kind
        properties.remove(List.of("apiVersion", "kind"));
      }
      versions.add(version);
    }
    return copy;
  }

  /** RT7: {@code required} is a set; op-boot writes it sorted, as controller-gen does. */
  private static void sortRequired(JsonNode schema) {
    if (schema instanceof ObjectNode object
        && object.get("required") instanceof ArrayNode required) {
      List<String> names = new ArrayList<>();
      required.forEach(r -> names.add(r.asText()));
      names.sort(null);
      required.removeAll();
      names.forEach(required::add);
    }
    for (JsonNode child : schema) {
      if (child.isContainerNode()) {
        sortRequired(child);
      }
    }
  }

  /**
   * RT4: {@code uniqueItems: true} on scalar items is what {@code @UniqueItems} writes, a set list.
   */
  private static void uniqueItemsAsSet(JsonNode schema) {
    if (schema instanceof ObjectNode object
        && object.path("uniqueItems").asBoolean(false)
        && !object.has("x-kubernetes-list-type")) {
      object.remove("uniqueItems");
      object.put("x-kubernetes-list-type", "set");
    }
    for (JsonNode child : schema) {
      if (child.isContainerNode()) {
        uniqueItemsAsSet(child);
      }
    }
  }
}
