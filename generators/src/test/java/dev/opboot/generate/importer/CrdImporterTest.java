package dev.opboot.generate.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.generate.problem.GeneratorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer on a small CRD: the Java sources it writes, compared with the reviewed golden files
 * under testdata/import/simple/expected (regenerate with -Dopboot.update=true and review the diff).
 */
class CrdImporterTest {
  static final Path CASES = Path.of("..", "testdata", "import");

  @Test
  void writesTheGoldenSourcesForASimpleCrd() throws Exception {
    Path dir = CASES.resolve("simple");
    List<ImportedCrd> crds = CrdImporter.read(dir.resolve("crd.yaml"));
    CrdImporter.ImportedApi api =
        CrdImporter.toJava(
            crds.get(0),
            new CrdImporter.Options(null, v -> "com.example.backup.api.storage." + v, false));

    Map<String, String> sources = api.versions().get(0).sources();
    Path expected = dir.resolve("expected");
    if (Boolean.getBoolean("opboot.update")) {
      write(expected, sources);
    }
    try (Stream<Path> files = Files.walk(expected)) {
      assertThat(sources.keySet())
          .containsExactlyInAnyOrderElementsOf(
              files
                  .filter(Files::isRegularFile)
                  .map(f -> expected.relativize(f).toString().replace('\\', '/'))
                  .toList());
    }
    for (Map.Entry<String, String> source : sources.entrySet()) {
      assertThat(source.getValue())
          .as(source.getKey())
          .isEqualTo(Files.readString(expected.resolve(source.getKey())));
    }
    assertThat(api.notes()).isEmpty();
  }

  /**
   * A conversion webhook that calls a Service is what {@code @ConversionWebhook} writes: on the
   * storage version's class, with the members that differ from its defaults; the served-only
   * version's class gets none, and the cluster's {@code caBundle} is not the project's.
   */
  @Test
  void aConversionWebhookBecomesConversionWebhookOnTheStorageVersion(@TempDir Path tmp)
      throws Exception {
    Path file = tmp.resolve("crd.yaml");
    Files.writeString(
        file,
        """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: gadgets.example.org}
        spec:
          group: example.org
          names: {kind: Gadget, plural: gadgets}
          scope: Namespaced
          conversion:
            strategy: Webhook
            webhook:
              conversionReviewVersions: [v1, v1beta1]
              clientConfig:
                caBundle: Y2E=
                service: {name: gadget-webhook, namespace: system, path: /convert}
          versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema: {type: object}
          - name: v2
            served: true
            storage: false
            schema:
              openAPIV3Schema: {type: object}
        """);
    CrdImporter.ImportedApi api =
        CrdImporter.toJava(
            CrdImporter.read(file).get(0),
            new CrdImporter.Options(null, v -> "com.example.gadgets." + v, false));

    String hub = api.versions().get(0).sources().get("com/example/gadgets/v1/Gadget.java");
    assertThat(hub)
        .contains(
            "@ConversionWebhook(serviceName = \"gadget-webhook\", conversionReviewVersions ="
                + " {\"v1\", \"v1beta1\"})\n");
    assertThat(api.versions().get(1).sources().get("com/example/gadgets/v2/Gadget.java"))
        .doesNotContain("ConversionWebhook");
    assertThat(api.notes()).isEmpty();
  }

  @Test
  void aCrdTheApiServerWouldRefuseIsRefusedAtItsLineAndYamlPath(@TempDir Path tmp)
      throws Exception {
    Path file = tmp.resolve("crd.yaml");
    Files.writeString(
        file,
        """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: widgets.example.com}
        spec:
          group: example.com
          names: {kind: Widget, plural: widgets}
          scope: Namespaced
          versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    properties:
                      size:
                        type: string
                        maxLength: 3
                        default: toolong
                        x-kubernetes-validations:
                        - rule: "self.size() >"
        """);
    GeneratorException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            GeneratorException.class, () -> CrdImporter.read(file));
    assertThat(e).isNotNull();
    assertThat(e.problems())
        .extracting(p -> p.location().line() + " " + p.message())
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith(
                        "22 spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.size"
                            + ".default: the API server would refuse this CRD: the default")
                    .contains("more than maxLength 3"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith(
                        "24 spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.size"
                            + ".x-kubernetes-validations[0].rule: the API server would refuse")
                    .contains("does not compile"));
  }

  @Test
  void sameInputSameText() throws Exception {
    Path crd = CASES.resolve("simple/crd.yaml");
    CrdImporter.Options options = new CrdImporter.Options(null, v -> "p." + v, false);
    assertThat(
            CrdImporter.toJava(CrdImporter.read(crd).get(0), options).versions().get(0).sources())
        .isEqualTo(
            CrdImporter.toJava(CrdImporter.read(crd).get(0), options).versions().get(0).sources());
  }

  @Test
  void aDeepSchemaGetsClassNamesOfBoundedLength(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    StringBuilder schema =
        new StringBuilder("{\"type\":\"object\",\"properties\":{\"leaf\":{\"type\":\"string\"}}}");
    for (int depth = 0; depth < 300; depth++) {
      schema.insert(0, "{\"type\":\"object\",\"properties\":{\"child\":").append("}}");
    }
    Path crd =
        Files.writeString(
            tmp.resolve("deep.json"),
            """
        {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition",
         "metadata":{"name":"deeps.example.com"},
         "spec":{"group":"example.com","scope":"Namespaced",
          "names":{"kind":"Deep","plural":"deeps","singular":"deep","listKind":"DeepList"},
          "versions":[{"name":"v1","served":true,"storage":true,"schema":{"openAPIV3Schema":
            {"type":"object","properties":{"spec":%s}}}}]}}
        """
                .formatted(schema));

    CrdImporter.ImportedApi api =
        CrdImporter.toJava(
            CrdImporter.read(crd).get(0), new CrdImporter.Options(null, v -> "p." + v, false));

    Map<String, String> sources = api.versions().get(0).sources();
    assertThat(sources).hasSizeGreaterThan(300);
    assertThat(sources.keySet()).allSatisfy(file -> assertThat(file.length()).isLessThan(100));
  }

  private static void write(Path root, Map<String, String> sources) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> old = Files.walk(root)) {
        for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path target = root.resolve(source.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, source.getValue());
    }
  }
}
