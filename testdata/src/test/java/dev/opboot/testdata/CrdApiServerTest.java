package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.opboot.generate.CrdGenerator;
import dev.opboot.testing.KubeApiServer;
import dev.opboot.testing.WithKubeApiServer;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every CRD op-boot generates for testdata, on a real kube-apiserver: it becomes Established, each
 * sample under {@code samples/valid} is accepted, and each under {@code samples/invalid} is rejected
 * with a 422 whose causes are exactly the field paths its {@code # rejected at:} lines name.
 */
@WithKubeApiServer
class CrdApiServerTest {
  private static final String REJECTED_AT = "# rejected at:";

  static Stream<String> cases() throws IOException {
    return CrdCorpusTest.cases();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void corpusCrdsInstallAndValidate(String name, KubernetesClient client, KubeApiServer server) throws Exception {
    Path dir = TestdataDir.path().resolve("crd").resolve(name);
    SortedMap<String, String> crds = CrdGenerator.generate(new CrdGenerator.Options(
        List.of(dir.resolve("java/src/main/java")), TestClasspath.entries(), null, "test"));
    Map<String, Boolean> namespaced = install(server, crds.values());
    checkSamples(client, dir.resolve("samples"), namespaced, "corpus-" + name);
  }

  @Test
  void goldenScaffoldCrdsRbacAndSamples(KubernetesClient client, KubeApiServer server) throws Exception {
    Path golden = TestdataDir.goldenScaffold();
    List<String> crds = new ArrayList<>();
    for (Path crd : yamlFiles(golden.resolve("config/crd/bases"))) {
      crds.add(Files.readString(crd));
    }
    Map<String, Boolean> namespaced = install(server, crds);
    String namespace = createNamespace(client, "golden-scaffold");
    for (Path sample : yamlFiles(golden.resolve("config/samples"))) {
      if (!sample.getFileName().toString().equals("kustomization.yaml")) {
        create(client, load(client, sample), namespaced, namespace);
      }
    }
    for (Path invalid : yamlFiles(TestdataDir.path().resolve("scaffold/samples/invalid"))) {
      expectRejected(client, invalid, namespaced, namespace);
    }
    // the RBAC the scaffold writes is valid for the server (roles, bindings, service account)
    for (Path rbac : yamlFiles(golden.resolve("config/rbac"))) {
      if (!rbac.getFileName().toString().equals("kustomization.yaml")) {
        HasMetadata object = client.getKubernetesSerialization().unmarshal(Files.readString(rbac));
        client.resource(object).inNamespace(namespace).create();
      }
    }
  }

  private void checkSamples(KubernetesClient client, Path samples, Map<String, Boolean> namespaced, String prefix)
      throws Exception {
    List<Path> valid = yamlFiles(samples.resolve("valid"));
    assertThat(valid).as("valid samples in %s", samples).isNotEmpty();
    String namespace = createNamespace(client, prefix);
    for (Path sample : valid) {
      try {
        create(client, load(client, sample), namespaced, namespace);
      } catch (KubernetesClientException e) {
        fail(sample + " should be accepted, but the API server said: " + e.getMessage());
      }
    }
    List<Path> invalid = yamlFiles(samples.resolve("invalid"));
    assertThat(invalid).as("invalid samples in %s", samples).isNotEmpty();
    for (Path sample : invalid) {
      expectRejected(client, sample, namespaced, namespace);
    }
  }

  private void expectRejected(KubernetesClient client, Path sample, Map<String, Boolean> namespaced, String namespace)
      throws IOException {
    List<String> expected = Files.readAllLines(sample).stream().filter(l -> l.startsWith(REJECTED_AT))
        .map(l -> l.substring(REJECTED_AT.length()).strip()).sorted().toList();
    assertThat(expected).as("%s names the field paths it is rejected at", sample).isNotEmpty();
    try {
      create(client, load(client, sample), namespaced, namespace);
      fail(sample + " should be rejected at " + expected + ", but the API server accepted it");
    } catch (KubernetesClientException e) {
      assertThat(e.getCode()).as("%s: %s", sample, e.getMessage()).isEqualTo(422);
      List<String> fields = e.getStatus().getDetails().getCauses().stream().map(StatusCause::getField)
          .distinct().sorted().toList();
      assertThat(fields).as("%s: %s", sample, e.getMessage()).isEqualTo(expected);
    }
  }

  private static Map<String, Boolean> install(KubeApiServer server, Iterable<String> crds) {
    Map<String, Boolean> namespaced = new HashMap<>();
    for (String yaml : crds) {
      CustomResourceDefinition crd = server.applyCrd(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
      List<CustomResourceDefinitionCondition> conditions = crd.getStatus().getConditions();
      assertThat(conditions).anyMatch(c -> c.getType().equals("Established") && c.getStatus().equals("True"));
      namespaced.put(crd.getSpec().getGroup() + "/" + crd.getSpec().getNames().getKind(),
          "Namespaced".equals(crd.getSpec().getScope()));
    }
    return namespaced;
  }

  private static GenericKubernetesResource load(KubernetesClient client, Path sample) throws IOException {
    return client.getKubernetesSerialization().unmarshal(Files.readString(sample), GenericKubernetesResource.class);
  }

  private static void create(KubernetesClient client, GenericKubernetesResource resource,
      Map<String, Boolean> namespaced, String namespace) {
    String group = resource.getApiVersion().substring(0, resource.getApiVersion().indexOf('/'));
    var kind = client.genericKubernetesResources(resource.getApiVersion(), resource.getKind());
    if (namespaced.getOrDefault(group + "/" + resource.getKind(), true)) {
      kind.inNamespace(namespace).resource(resource).create();
    } else {
      kind.resource(resource).create();
    }
  }

  private static String createNamespace(KubernetesClient client, String prefix) {
    String name = prefix + "-" + Long.toString(System.nanoTime(), 36);
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build()).create();
    return name;
  }

  private static List<Path> yamlFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }

}
