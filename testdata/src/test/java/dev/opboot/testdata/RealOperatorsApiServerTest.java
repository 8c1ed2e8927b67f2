package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.testing.KubeApiServer;
import dev.opboot.testing.WithKubeApiServer;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CRDs op-boot generates from Flink's operator API on a real kube-apiserver (#14): each becomes
 * Established, and the resources under {@code real-operators/flink/samples} (written for this test
 * from Flink's documentation) are judged the same by op-boot's CRD and by the one fabric8 made for
 * Flink, shipped in its jar: {@code valid/} accepted by both, {@code invalid/} refused by both.
 */
@WithKubeApiServer
class RealOperatorsApiServerTest {
  @Test
  void everyGeneratedCrdIsEstablished(KubeApiServer server) throws Exception {
    SortedMap<String, String> crds = RealOperatorsTest.flinkCrds();
    assertThat(crds).hasSize(3);
    for (Map.Entry<String, String> crd : crds.entrySet()) {
      assertThat(established(install(server, crd.getValue()))).as(crd.getKey()).isTrue();
    }
  }

  @Test
  void samplesAreJudgedAlikeByTheReferenceAndOpBootCrds(
      KubernetesClient client, KubeApiServer server) throws Exception {
    SortedMap<String, String> generated = RealOperatorsTest.flinkCrds();
    String namespace = "real-flink-" + Long.toString(System.nanoTime(), 36);
    client
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
        .create();
    Path samples = TestdataDir.path().resolve("real-operators/flink/samples");
    Map<String, String> reference = new TreeMap<>();
    Map<String, String> opBoot = new TreeMap<>();
    for (String plural : List.of("flinkdeployments", "flinksessionjobs")) {
      try (InputStream crd = referenceCrd(plural)) {
        assertThat(established(server.applyCrd(crd))).as("reference " + plural).isTrue();
      }
      judge(client, samples, plural, namespace, reference);
      String ours = generated.get("flink.apache.org_" + plural + ".yaml");
      assertThat(established(install(server, ours))).as("op-boot " + plural).isTrue();
      judge(client, samples, plural, namespace, opBoot);
    }
    assertThat(reference).hasSize(5);
    assertThat(opBoot).as("op-boot's verdicts against the reference CRD's").isEqualTo(reference);
    reference.forEach(
        (sample, verdict) ->
            assertThat(verdict)
                .as(sample)
                .isEqualTo(sample.startsWith("valid/") ? "accepted" : "refused"));
  }

  /** The CRD fabric8's generator made for Flink, as Flink ships it in its jar. */
  private static InputStream referenceCrd(String plural) {
    String resource = "META-INF/fabric8/" + plural + ".flink.apache.org-v1.yml";
    InputStream in =
        RealOperatorsApiServerTest.class.getClassLoader().getResourceAsStream(resource);
    assertThat(in).as(resource + " on the class path").isNotNull();
    return in;
  }

  /**
   * Creates each sample of the CRD's kind with a server-side dry run, recording "accepted" or
   * "refused", with the server's reason.
   */
  private static void judge(
      KubernetesClient client,
      Path samples,
      String plural,
      String namespace,
      Map<String, String> verdicts)
      throws IOException {
    for (Path sample : yamlFiles(samples)) {
      GenericKubernetesResource resource =
          client
              .getKubernetesSerialization()
              .unmarshal(Files.readString(sample), GenericKubernetesResource.class);
      if (!(resource.getKind().toLowerCase(Locale.ROOT) + "s").equals(plural)) {
        continue;
      }
      String name = samples.relativize(sample).toString();
      try {
        client
            .genericKubernetesResources(resource.getApiVersion(), resource.getKind())
            .inNamespace(namespace)
            .resource(resource)
            .dryRun()
            .create();
        verdicts.put(name, "accepted");
      } catch (KubernetesClientException e) {
        verdicts.put(name, e.getCode() == 422 ? "refused" : "failed: " + e.getMessage());
      }
    }
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
      try (Stream<Path> list = Files.list(dir.resolve(sub))) {
        list.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
      }
    }
    return files;
  }
}
