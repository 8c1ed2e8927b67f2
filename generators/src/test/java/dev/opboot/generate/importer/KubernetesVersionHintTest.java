package dev.opboot.generate.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.generate.schema.TypeSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code create api --from-crd}'s note on the Kubernetes version of a CRD's embedded built-in types
 * ({@link KubernetesVersionHint}): a CRD whose pod spec is Kubernetes 1.31's, imported into a
 * project whose fabric8 model is 1.34's, would come back from generate crd with 1.34's pod spec.
 */
class KubernetesVersionHintTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String POD_SPEC = "io.fabric8.kubernetes.api.model.PodSpec";
  private static final KubernetesVersionHint.Project FABRIC8_7_5 =
      new KubernetesVersionHint.Project(
          "1.34", "(for fabric8 kubernetes-model-core 7.5.2, pom.xml's fabric8.version)", false);

  @TempDir Path tmp;

  @Test
  void aPodSpecOfKubernetes131InAProjectOf134GetsANoteNamingBothVersionsAndTheWayOut()
      throws Exception {
    List<String> notes = importWithPodSpecOf("1.31", FABRIC8_7_5);

    assertThat(notes).hasSize(1);
    String note = notes.get(0);
    assertThat(note)
        .startsWith(
            "example.com/v1 Runner: the Kubernetes built-in types it embeds (PodSpec at"
                + " .spec.pod) are those of Kubernetes 1.31, but this project describes them as"
                + " Kubernetes 1.34 (for fabric8 kubernetes-model-core 7.5.2, pom.xml's"
                + " fabric8.version), so generate crd will write them differently: ")
        .endsWith(
            ". To regenerate them exactly, pass --kube-version 1.31 to op-boot generate crd, or"
                + " set <op-boot.crd.kubeVersion>1.31</op-boot.crd.kubeVersion> in pom.xml's"
                + " <properties> for the build's generate crd.");
    // Lifecycle.stopSignal came with Kubernetes 1.33, EnvVarSource.fileKeyRef with 1.34
    assertThat(note)
        .contains(
            "differently: .spec.pod.containers[*].env[*].valueFrom.fileKeyRef (only in 1.34),"
                + " .spec.pod.containers[*].lifecycle.stopSignal (only in 1.34), ");
    assertThat(note).matches("(?s).* and \\d+ more\\. To regenerate.*");
  }

  /**
   * Pod specs of two Kubernetes versions: none writes both back, so the note says which comes
   * closest rather than promising an exact regeneration.
   */
  @Test
  void typesOfTwoVersionsGetANoteThatNoVersionWritesAllBack() throws Exception {
    List<String> notes =
        importWith(
            crdWithPodSpecs(java.util.Map.of("old", "1.31", "current", "1.34")), FABRIC8_7_5);

    assertThat(notes)
        .singleElement()
        .asString()
        .startsWith(
            "example.com/v1 Runner: the Kubernetes built-in types it embeds (PodSpec at"
                + " .spec.old) are those of Kubernetes 1.31, but this project")
        .endsWith(
            ". No Kubernetes version op-boot ships writes all 2 of its built-in types back"
                + " exactly; Kubernetes 1.34 writes the most (1 of 2).");
    List<String> at131 =
        importWith(
            crdWithPodSpecs(java.util.Map.of("old", "1.31", "current", "1.34")),
            new KubernetesVersionHint.Project("1.31", "(pom.xml's op-boot.crd.kubeVersion)", true));
    assertThat(at131)
        .singleElement()
        .asString()
        .contains("(PodSpec at .spec.current) are those of Kubernetes 1.34, but")
        .endsWith(
            "; Kubernetes 1.34 writes the most (1 of 2): pass --kube-version 1.34 to op-boot"
                + " generate crd, or change <op-boot.crd.kubeVersion>1.34</op-boot.crd.kubeVersion>"
                + " in pom.xml's <properties> from 1.31 for the build's generate crd.");
  }

  @Test
  void noNoteWhenTheProjectDescribesTheTypesAsTheCrdHasThem() throws Exception {
    assertThat(importWithPodSpecOf("1.34", FABRIC8_7_5)).isEmpty();
    assertThat(
            importWithPodSpecOf(
                "1.31",
                new KubernetesVersionHint.Project(
                    "1.31", "(pom.xml's op-boot.crd.kubeVersion)", true)))
        .isEmpty();
  }

  @Test
  void aProjectThatSetsItsVersionIsToldToChangeIt() throws Exception {
    List<String> notes =
        importWithPodSpecOf(
            "1.31",
            new KubernetesVersionHint.Project("1.33", "(pom.xml's op-boot.crd.kubeVersion)", true));

    assertThat(notes).singleElement().asString().contains("as Kubernetes 1.33 (pom.xml's");
    assertThat(notes.get(0))
        .endsWith(
            " change <op-boot.crd.kubeVersion>1.31</op-boot.crd.kubeVersion> in pom.xml's"
                + " <properties> from 1.33 for the build's generate crd.");
  }

  @Test
  void anExternalImportIsNeverRegeneratedSoItGetsNoNote() throws Exception {
    Path crd = crdWithPodSpecOf("1.31");
    CrdImporter.Options external =
        new CrdImporter.Options(null, v -> "com.example." + v, true).with(FABRIC8_7_5);
    assertThat(CrdImporter.toJava(CrdImporter.read(crd).get(0), external).notes()).isEmpty();
  }

  @Test
  void differencesListAddedMissingAndChangedPropertiesByPath() throws Exception {
    ObjectNode ours =
        (ObjectNode)
            JSON.readTree(
                "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},"
                    + "\"b\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}}}");
    ObjectNode theirs =
        (ObjectNode)
            JSON.readTree(
                "{\"type\":\"object\",\"description\":\"d\",\"properties\":{"
                    + "\"b\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
                    + "\"c\":{\"type\":\"boolean\"}}}");
    List<String> paths = new java.util.ArrayList<>();
    KubernetesVersionHint.differences(".spec.x", ours, theirs, "1.34", paths);
    assertThat(paths)
        .containsExactly(
            ".spec.x.a (not in 1.34)",
            ".spec.x.b[*] (differs in 1.34)",
            ".spec.x.c (only in 1.34)");
  }

  private List<String> importWithPodSpecOf(
      String kubernetesVersion, KubernetesVersionHint.Project project) throws Exception {
    return importWith(crdWithPodSpecOf(kubernetesVersion), project);
  }

  private List<String> importWith(Path crd, KubernetesVersionHint.Project project)
      throws Exception {
    CrdImporter.Options options =
        new CrdImporter.Options(null, v -> "com.example." + v, false).with(project);
    return CrdImporter.toJava(CrdImporter.read(crd).get(0), options).notes();
  }

  /** A CRD whose {@code spec.pod} is the catalogue's PodSpec of {@code kubernetesVersion}. */
  private Path crdWithPodSpecOf(String kubernetesVersion) throws Exception {
    return crdWithPodSpecs(java.util.Map.of("pod", kubernetesVersion));
  }

  /** A CRD with a catalogue PodSpec of the given Kubernetes version at each spec property. */
  private Path crdWithPodSpecs(java.util.Map<String, String> versionByProperty) throws Exception {
    ObjectNode crd = JSON.createObjectNode();
    crd.put("apiVersion", "apiextensions.k8s.io/v1");
    crd.put("kind", "CustomResourceDefinition");
    crd.putObject("metadata").put("name", "runners.example.com");
    ObjectNode spec = crd.putObject("spec");
    spec.put("group", "example.com");
    spec.put("scope", "Namespaced");
    ObjectNode names = spec.putObject("names");
    names.put("kind", "Runner").put("listKind", "RunnerList");
    names.put("plural", "runners").put("singular", "runner");
    ObjectNode version = spec.putArray("versions").addObject();
    version.put("name", "v1").put("served", true).put("storage", true);
    ObjectNode root = version.putObject("schema").putObject("openAPIV3Schema");
    root.put("type", "object");
    ObjectNode runnerSpec = root.putObject("properties").putObject("spec");
    runnerSpec.put("type", "object");
    ObjectNode properties = runnerSpec.putObject("properties");
    new java.util.TreeMap<>(versionByProperty)
        .forEach(
            (property, kubernetes) ->
                properties.set(
                    property, TypeSchemas.schemaOf(POD_SPEC, kubernetes).json().deepCopy()));
    Path file =
        tmp.resolve(
            "crd-"
                + String.join("-", new java.util.TreeMap<>(versionByProperty).values())
                + ".json");
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(crd));
    return file;
  }
}
