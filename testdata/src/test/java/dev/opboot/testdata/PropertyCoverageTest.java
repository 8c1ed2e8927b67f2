package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opboot.generate.crd.CrdGenerator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jackson's JSON ⊆ op-boot's schema (#14, acceptance 2): an instance of every resource of a test
 * API, with every property set ({@link JacksonFiller}), serialised by fabric8's own {@link
 * KubernetesSerialization} mapper, writes no JSON path the generated schema does not describe
 * (through {@code properties}, {@code items}, {@code additionalProperties} or {@code
 * x-kubernetes-preserve-unknown-fields}), and no value of another JSON type than the schema's. A
 * path the schema lacks is a field the API server prunes, or refuses under strict field validation:
 * data loss that op-boot's reading of the Java classes caused. The APIs: the CRD corpus's Java
 * twins, the golden scaffold's, Apache Flink's operator API and Strimzi's Kafka Access Operator's.
 *
 * <p>The {@code Fabric8ModelCoverageTest} is the other half: it walks fabric8's model classes as
 * Jackson introspects them, where this test walks what the project's own classes write.
 */
class PropertyCoverageTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JACKSON = fabric8Mapper();

  @TempDir Path tmp;

  /** A mapper configured as fabric8's own serialisation configures its mapper. */
  private static ObjectMapper fabric8Mapper() {
    ObjectMapper mapper = new ObjectMapper();
    new KubernetesSerialization(mapper, true);
    return mapper;
  }

  static Stream<String> corpusCases() throws IOException {
    return Fabric8ModelCoverageTest.corpusCases();
  }

  @ParameterizedTest
  @MethodSource("corpusCases")
  void corpusApisDescribeEveryPathJacksonWrites(String name) throws Exception {
    Path sources = TestdataDir.path().resolve("crd").resolve(name).resolve("java/src/main/java");
    Coverage coverage =
        coverage(
            sources,
            TestClasspath.entries(),
            Fabric8ModelCoverageTest.compile(sources, Files.createTempDirectory(tmp, "c")));
    assertThat(coverage.undescribed).as("JSON paths missing from %s's CRDs", name).isEmpty();
  }

  @Test
  void theKitchensinkWritesHundredsOfPathsAllDescribed() throws Exception {
    Path sources = TestdataDir.path().resolve("crd/kitchensink/java/src/main/java");
    Coverage coverage =
        coverage(
            sources,
            TestClasspath.entries(),
            Fabric8ModelCoverageTest.compile(sources, Files.createTempDirectory(tmp, "c")));
    // the filler reaches deep: a walk that wrote little would prove nothing
    assertThat(coverage.paths).hasSizeGreaterThan(100);
    assertThat(coverage.undescribed).isEmpty();
  }

  /**
   * An API written with Jackson's other ways of making properties (testdata/jackson): renaming
   * accessors, {@code @JsonUnwrapped} prefixes, {@code @JsonTypeInfo} subtypes, records, creators,
   * any-getters, {@code @JsonFormat} shapes and patterns on dates, times and their maps and lists
   * (each string a {@code date}/{@code date-time} format describes is one). Each is unit-tested in
   * generators; this shows that what Jackson itself writes for them is what the schema describes.
   */
  @Test
  void jacksonsWaysOfMakingPropertiesAreDescribed() throws Exception {
    Path sources = TestdataDir.path().resolve("jackson/java/src/main/java");
    Coverage coverage =
        coverage(
            sources,
            TestClasspath.entries(),
            Fabric8ModelCoverageTest.compile(sources, Files.createTempDirectory(tmp, "c")),
            List.of(),
            true);
    assertThat(coverage.paths)
        .contains(
            ".spec.widgetSize",
            ".spec.sourcehost",
            ".spec.sourceport",
            ".spec.shape.kind",
            ".spec.shapes[*].kind",
            ".spec.limits.cpu",
            ".spec.labels.team",
            ".spec.labels.anyUnknownProperty",
            ".spec.hostOnly.host",
            ".status.observedAt",
            ".status.generation",
            ".status.phase",
            ".spec.schedule.dottedDay",
            ".spec.schedule.holidays.key",
            ".spec.schedule.deadlines.key[*]",
            ".spec.schedule.days[*]",
            ".spec.schedule.dayParts[*]",
            ".spec.schedule.offsetTimeParts[*]")
        .doesNotContain(".spec.hidden", ".spec.hostOnly.port");
    assertThat(coverage.undescribed).isEmpty();
  }

  /**
   * Lombok's {@code @Accessors} (testdata/lombok), compiled with Lombok itself: fluent accessors
   * are no bean accessors, prefixes rename, chained setters change nothing, and {@code
   * lombok.config} says the same for a folder (testdata/lombok/.../configured). The schema's
   * properties of each class are exactly the ones Jackson writes, neither fewer nor more.
   */
  @Test
  void lombokAccessorsAreDescribedExactly() throws Exception {
    Path sources = TestdataDir.path().resolve("lombok/java/src/main/java");
    Path lombok;
    // the Lombok that Flink's build compiles with, copied there by the build
    try (Stream<Path> jars =
        Files.list(TestdataDir.path().resolve("target/real-operators/provided"))) {
      lombok = jars.filter(j -> j.getFileName().toString().startsWith("lombok-")).findFirst().get();
    }
    List<Path> classpath = new ArrayList<>(List.of(lombok));
    classpath.addAll(TestClasspath.entries());
    Coverage coverage =
        coverage(
            sources,
            classpath,
            Fabric8ModelCoverageTest.compile(sources, Files.createTempDirectory(tmp, "c"), lombok));
    assertThat(coverage.undescribed).isEmpty();
    JsonNode spec =
        YAML.readTree(
                CrdGenerator.generate(
                        new CrdGenerator.Options(List.of(sources), classpath, null, "test"))
                    .values()
                    .iterator()
                    .next())
            .at("/spec/versions/0/schema/openAPIV3Schema/properties/spec");
    Map<String, List<String>> written = new TreeMap<>();
    Map<String, List<String>> described = new TreeMap<>();
    for (String object :
        List.of("fluent", "prefixed", "chained", "inner", "configured", "members")) {
      written.put(
          object,
          coverage.paths.stream()
              .filter(p -> p.startsWith(".spec." + object + "."))
              .map(p -> p.substring((".spec." + object + ".").length()))
              .sorted()
              .toList());
      List<String> names = new ArrayList<>();
      spec.at("/properties/" + object + "/properties").fieldNames().forEachRemaining(names::add);
      described.put(object, names.stream().sorted().toList());
    }
    assertThat(written)
        .containsEntry("fluent", List.of("asText", "renamed", "visible"))
        .containsEntry("prefixed", List.of("fTotal", "name", "ready", "size", "total", "url"))
        .containsEntry("chained", List.of("name", "ready"))
        .containsEntry("inner", List.of("seen"))
        .containsEntry("configured", List.of("kept", "seen"))
        .containsEntry("members", List.of("name"));
    assertThat(described).isEqualTo(written);
  }

  @Test
  void theGoldenScaffoldsApiDescribesEveryPathJacksonWrites() throws Exception {
    Path api = Fabric8ModelCoverageTest.goldenApi(tmp);
    Coverage coverage =
        coverage(
            api,
            TestClasspath.entries(),
            Fabric8ModelCoverageTest.compile(api, Files.createTempDirectory(tmp, "c")));
    assertThat(coverage.paths).anyMatch(p -> p.startsWith(".status.conditions[*]."));
    assertThat(coverage.undescribed).isEmpty();
  }

  @Test
  void flinksApiDescribesEveryPathJacksonWrites() throws Exception {
    Coverage coverage =
        coverage(
            RealOperatorsTest.flinkSources(),
            RealOperatorsTest.flinkClasspath(),
            getClass().getClassLoader(),
            // a JSON document of the spec, which getLifecycleState() parses: no sample fakes it
            List.of("/status/reconciliationStatus/lastReconciledSpec"),
            false);
    // Flink's configuration maps (ConfigObjectNode behind Lombok accessors) are written
    assertThat(coverage.paths).contains(".spec.flinkConfiguration");
    assertThat(coverage.paths).anyMatch(p -> p.startsWith(".spec.podTemplate.spec.containers"));
    assertThat(coverage.undescribed).isEmpty();
  }

  /**
   * The Kafka Access Operator's API, whose conditions are Strimzi's, which keep unknown fields
   * through any-accessors annotated on an interface only.
   */
  @Test
  void theKafkaAccessOperatorsApiDescribesEveryPathJacksonWrites() throws Exception {
    RealOperator access = RealOperator.ACCESS;
    Coverage coverage =
        coverage(access.sources(), access.classpath(), access.classes(getClass().getClassLoader()));
    assertThat(coverage.paths)
        .contains(
            ".spec.user.apiGroup", ".status.observedGeneration", ".status.conditions[*].type");
    assertThat(coverage.undescribed).isEmpty();
  }

  /** What one API's instances wrote: every JSON path, and those the schema does not describe. */
  private static final class Coverage {
    final List<String> paths = new ArrayList<>();
    final List<String> undescribed = new ArrayList<>();

    /**
     * Whether a string the schema gives a {@code date}/{@code date-time} format must be one: only
     * where every such string comes from a Java date type, whose sample the filler writes as
     * Jackson does. Elsewhere a Java {@code String} property (fabric8's {@code
     * Condition.lastTransitionTime}) holds the filler's sample text, which says nothing.
     */
    boolean checksDateFormats;
  }

  private Coverage coverage(Path sources, List<Path> classpath, ClassLoader classes)
      throws Exception {
    return coverage(sources, classpath, classes, List.of(), false);
  }

  private Coverage coverage(
      Path sources,
      List<Path> classpath,
      ClassLoader classes,
      List<String> leftOut,
      boolean checksDateFormats)
      throws Exception {
    SortedMap<String, String> crds =
        CrdGenerator.generate(new CrdGenerator.Options(List.of(sources), classpath, null, "test"));
    Map<String, JsonNode> schemas = new TreeMap<>();
    for (String yaml : crds.values()) {
      JsonNode crd = YAML.readTree(yaml);
      for (JsonNode version : crd.at("/spec/versions")) {
        schemas.put(
            crd.at("/spec/group").asText()
                + "/"
                + version.get("name").asText()
                + "/"
                + crd.at("/spec/names/kind").asText(),
            version.at("/schema/openAPIV3Schema"));
      }
    }
    Coverage coverage = new Coverage();
    coverage.checksDateFormats = checksDateFormats;
    JacksonFiller filler = new JacksonFiller(JACKSON);
    int checked = 0;
    for (Class<?> resource : Fabric8ModelCoverageTest.resourceClasses(sources, classes)) {
      String key =
          resource.getAnnotation(Group.class).value()
              + "/"
              + resource.getAnnotation(Version.class).value()
              + "/"
              + HasMetadata.getKind(resource);
      JsonNode schema = schemas.get(key);
      if (schema == null) {
        continue; // a version the CRD leaves out
      }
      checked++;
      Object instance = filler.instance(resource, leftOut);
      JsonNode written = JACKSON.valueToTree(instance);
      // the root's metadata is the API server's ObjectMeta, never described by a CRD
      ((com.fasterxml.jackson.databind.node.ObjectNode) written).remove("metadata");
      check(written, schema, "", key, coverage);
    }
    assertThat(checked).as("resources of %s with a CRD schema", sources).isPositive();
    return coverage;
  }

  /** Checks {@code json} against {@code schema}, noting each path it writes. */
  private static void check(
      JsonNode json, JsonNode schema, String path, String resource, Coverage coverage) {
    if (!path.isEmpty()) {
      coverage.paths.add(path);
    }
    if (json.isNull()) {
      return;
    }
    if (schema.path("x-kubernetes-int-or-string").asBoolean() || schema.has("anyOf")) {
      return;
    }
    String type = schema.path("type").asText("");
    String written = jsonType(json);
    if (!type.isEmpty() && !type.equals(written) && !(type.equals("number") && json.isNumber())) {
      coverage.undescribed.add(
          resource + " " + path + ": Jackson writes " + written + ", the schema says " + type);
      return;
    }
    String format = schema.path("format").asText("");
    if (coverage.checksDateFormats && json.isTextual() && !isRfc3339(json.asText(), format)) {
      coverage.undescribed.add(
          resource
              + " "
              + path
              + ": Jackson writes \""
              + json.asText()
              + "\", which is no RFC 3339 "
              + format
              + " as the schema's format says");
    }
    boolean preserves = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean();
    if (json.isObject()) {
      JsonNode properties = schema.path("properties");
      JsonNode additional = schema.get("additionalProperties");
      json.properties()
          .forEach(
              field -> {
                String child = path + "." + field.getKey();
                if (properties.has(field.getKey())) {
                  check(
                      field.getValue(), properties.get(field.getKey()), child, resource, coverage);
                } else if (additional != null && additional.isObject()) {
                  check(field.getValue(), additional, child, resource, coverage);
                } else {
                  coverage.paths.add(child); // kept unvalidated, or pruned: undescribed
                  if (!preserves) {
                    coverage.undescribed.add(resource + " " + child + ": not in the schema");
                  }
                }
              });
    } else if (json.isArray() && schema.has("items")) {
      for (JsonNode item : json) {
        check(item, schema.get("items"), path + "[*]", resource, coverage);
      }
    }
  }

  /** Whether {@code text} is what the API server's {@code date}/{@code date-time} accept. */
  private static boolean isRfc3339(String text, String format) {
    try {
      switch (format) {
        case "date" -> java.time.LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        case "date-time" -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        default -> {
          // other formats are not dates
        }
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String jsonType(JsonNode json) {
    if (json.isObject()) {
      return "object";
    }
    if (json.isArray()) {
      return "array";
    }
    if (json.isIntegralNumber()) {
      return "integer";
    }
    if (json.isNumber()) {
      return "number";
    }
    if (json.isBoolean()) {
      return "boolean";
    }
    return "string";
  }
}
