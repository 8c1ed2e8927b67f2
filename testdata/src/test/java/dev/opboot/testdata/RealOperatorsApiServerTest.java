package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opboot.generate.crd.CrdGenerator;
import dev.opboot.generate.schema.SchemaOptions;
import dev.opboot.testing.KubeApiServer;
import dev.opboot.testing.WithKubeApiServer;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The CRDs op-boot generates from real operators' APIs on a real kube-apiserver (#14): each becomes
 * Established, and the resources under {@code real-operators/<target>/samples} (written for this
 * test from each project's documentation) are judged the same by op-boot's CRD and by the reference
 * ({@link RealOperator}): {@code valid/} accepted by both, {@code invalid/} refused by both. The
 * verdicts and the leaf comparison ({@link LeafComparison}) make {@code real-operators/REPORT.md},
 * compared as a golden file.
 */
@WithKubeApiServer
class RealOperatorsApiServerTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @ParameterizedTest
  @EnumSource(RealOperator.class)
  void everyGeneratedCrdIsEstablished(RealOperator target, KubeApiServer server) throws Exception {
    SortedMap<String, String> crds = target.crds();
    assertThat(crds).isNotEmpty().hasSameSizeAs(target.referenceCrds());
    for (Map.Entry<String, String> crd : crds.entrySet()) {
      assertThat(established(install(server, crd.getValue()))).as(crd.getKey()).isTrue();
    }
  }

  /**
   * Every target's samples judged by the reference CRDs and by op-boot's, and the report of both
   * with the leaf comparison; it fails when the report changes, writing the new one under target/.
   */
  @Test
  void opBootAcceptsWhatTheReferenceAcceptsAndTheReportIsUnchanged(
      KubernetesClient client, KubeApiServer server) throws Exception {
    StringBuilder report = new StringBuilder(RealOperatorsReport.header());
    for (RealOperator target : RealOperator.values()) {
      SortedMap<String, JsonNode> ours = target.crdsByName();
      SortedMap<String, JsonNode> reference = new TreeMap<>();
      for (Map.Entry<String, String> crd : target.referenceCrds().entrySet()) {
        reference.put(crd.getKey(), YAML.readTree(crd.getValue()));
      }
      assertThat(ours.keySet()).as(target + " CRDs").isEqualTo(reference.keySet());

      Map<String, String> referenceVerdicts =
          judgeAll(client, server, target, "reference", reference);
      Map<String, String> opBootVerdicts = judgeAll(client, server, target, "op-boot", ours);
      assertThat(opBootVerdicts.keySet()).as(target + " samples").isNotEmpty();
      opBootVerdicts.forEach(
          (sample, verdict) -> {
            assertThat(verdict)
                .as(target + " " + sample + " with op-boot's CRD")
                .isEqualTo(sample.startsWith("valid/") ? "accepted" : "refused");
            if (referenceVerdicts.get(sample).equals("accepted")) {
              assertThat(verdict)
                  .as(target + " " + sample + ": accepted by the reference, so by op-boot")
                  .isEqualTo("accepted");
            }
          });

      LeafComparison leaves =
          new LeafComparison(
              reference,
              ours,
              byName(target, new SchemaOptions(true, true, false)),
              byName(target, new SchemaOptions(true, false, true)));
      report.append(
          RealOperatorsReport.section(
              target, ours.keySet(), referenceVerdicts, opBootVerdicts, leaves));
    }
    Path golden = TestdataDir.path().resolve("real-operators/REPORT.md");
    Path fresh = TestdataDir.path().resolve("target/real-operators/REPORT.md");
    Files.createDirectories(fresh.getParent());
    Files.writeString(fresh, report.toString());
    assertThat(Files.exists(golden) ? Files.readString(golden) : "")
        .as(
            "real-operators/REPORT.md is out of date: review "
                + fresh
                + " and copy it over testdata/real-operators/REPORT.md")
        .isEqualTo(report.toString());
  }

  /** op-boot's CRDs of the target generated with {@code options}, by CRD name. */
  private static SortedMap<String, JsonNode> byName(RealOperator target, SchemaOptions options)
      throws Exception {
    SortedMap<String, JsonNode> out = new TreeMap<>();
    for (String yaml : CrdGenerator.generate(target.options().with(options)).values()) {
      JsonNode crd = YAML.readTree(yaml);
      out.put(crd.at("/metadata/name").asText(), crd);
    }
    return out;
  }

  /** Installs the CRDs, each Established, and judges every sample of the target with them. */
  private static Map<String, String> judgeAll(
      KubernetesClient client,
      KubeApiServer server,
      RealOperator target,
      String side,
      SortedMap<String, JsonNode> crds)
      throws IOException, InterruptedException {
    String namespace = "real-" + target.id() + "-" + Long.toString(System.nanoTime(), 36);
    client
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
        .create();
    Map<String, String> kinds = new TreeMap<>();
    for (Map.Entry<String, JsonNode> crd : crds.entrySet()) {
      assertThat(established(install(server, YAML.writeValueAsString(crd.getValue()))))
          .as(crd.getKey())
          .isTrue();
      kinds.put(
          crd.getValue().at("/spec/group").asText()
              + "/"
              + crd.getValue().at("/spec/names/kind").asText(),
          crd.getKey());
    }
    Path samples = target.testdata().resolve("samples");
    Map<String, String> verdicts = new TreeMap<>();
    StringBuilder log = new StringBuilder(); // kubectl's words, for review under target/
    for (Path sample : yamlFiles(samples)) {
      GenericKubernetesResource resource =
          client
              .getKubernetesSerialization()
              .unmarshal(Files.readString(sample), GenericKubernetesResource.class);
      String group = resource.getApiVersion().substring(0, resource.getApiVersion().indexOf('/'));
      String name = samples.relativize(sample).toString();
      assertThat(kinds).as(name + "'s kind").containsKey(group + "/" + resource.getKind());
      String[] verdict = dryRunCreate(server, namespace, sample);
      verdicts.put(name, verdict[0]);
      log.append(name).append(": ").append(verdict[0]).append('\n').append(verdict[1]).append('\n');
    }
    Path logFile =
        TestdataDir.path()
            .resolve("target/real-operators/verdicts-" + target.id() + "-" + side + ".txt");
    Files.createDirectories(logFile.getParent());
    Files.writeString(logFile, log.toString());
    return verdicts;
  }

  /**
   * Creates the sample as a user does, {@code kubectl create --dry-run=server} (strict field
   * validation, so a field the schema would prune is an error too): "accepted", "refused" (the
   * server found it invalid), or "failed" with kubectl's output; then kubectl's output.
   */
  private static String[] dryRunCreate(KubeApiServer server, String namespace, Path sample)
      throws IOException, InterruptedException {
    Path kubectl = server.assets().dir().resolve("kubectl");
    Process process =
        new ProcessBuilder(
                kubectl.toString(),
                "--kubeconfig",
                server.kubeconfig().toString(),
                "create",
                "--dry-run=server",
                "--namespace",
                namespace,
                "-f",
                sample.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return new String[] {"failed: kubectl timed out", output};
    }
    if (process.exitValue() == 0) {
      return new String[] {"accepted", output};
    }
    return new String[] {
      output.contains(" is invalid") || output.contains("strict decoding error")
          ? "refused"
          : "failed: " + output.strip(),
      output
    };
  }

  private static CustomResourceDefinition install(KubeApiServer server, String yaml) {
    return server.applyCrd(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static boolean established(CustomResourceDefinition crd) {
    return crd.getStatus().getConditions().stream()
        .anyMatch(c -> c.getType().equals("Established") && c.getStatus().equals("True"));
  }

  private static List<Path> yamlFiles(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String sub : List.of("valid", "invalid")) {
      Path folder = dir.resolve(sub);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> list = Files.list(folder)) {
        list.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
      }
    }
    return files;
  }
}
