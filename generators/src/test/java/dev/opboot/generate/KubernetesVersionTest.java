package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.core.BadInputException;
import dev.opboot.generate.crd.CrdGenerator;
import dev.opboot.generate.schema.KubernetesVersions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kubernetes' built-in types at the project's Kubernetes version: the catalogue chosen from the
 * class path's fabric8 model or by {@code --kube-version}, and what the catalogue lacks walked from
 * the fabric8 class with a warning rather than pruned.
 */
class KubernetesVersionTest {
  @TempDir Path tmp;

  private static final String SPEC_FILE = "com/example/api/ThingSpec.java";

  /** A spec holding fabric8 types whose fields differ between Kubernetes 1.30 and 1.34. */
  private Fixture fixture() {
    return new Fixture(tmp)
        .resource(
            "com.example.api",
            "example.com",
            "v1",
            "Thing",
            """
            public class ThingSpec {
              public io.fabric8.kubernetes.api.model.EnvVarSource source;
              public io.fabric8.kubernetes.api.model.PodSpec pod;
            }
            """,
            "public class ThingStatus {}\n");
  }

  /**
   * The warnings about the catalogue, leaving out the size and template warnings a PodSpec gets.
   */
  private static List<String> catalogueWarnings(CrdGenerator.Result result) {
    return result.warnings().stream().filter(w -> w.contains("catalogue")).toList();
  }

  private static JsonNode spec(CrdGenerator.Result result) {
    JsonNode crd = Fixture.parse(result.files().values().iterator().next());
    return crd.at("/spec/versions/0/schema/openAPIV3Schema/properties/spec/properties");
  }

  @Test
  void theClassPathsFabric8ModelChoosesTheCatalogueSoNothingIsWalked() throws Exception {
    // this test's class path has fabric8 7.5.2, which models Kubernetes 1.34
    CrdGenerator.Result result = fixture().run();

    assertThat(result.choice().version()).isEqualTo("1.34");
    assertThat(result.choice().fabric8()).isEqualTo("7.5.2");
    assertThat(result.choice().describe())
        .isEqualTo(
            "crd: Kubernetes built-in types of Kubernetes 1.34 (for fabric8 kubernetes-model-core"
                + " 7.5.2 on the class path, which models Kubernetes 1.34)");
    assertThat(catalogueWarnings(result)).isEmpty();
    JsonNode fileKeyRef = spec(result).at("/source/properties/fileKeyRef");
    assertThat(fileKeyRef.path("description").asText()).startsWith("FileKeyRef selects a key");
    assertThat(fileKeyRef.at("/properties/path/type").asText()).isEqualTo("string");
  }

  @ParameterizedTest
  @CsvSource({"6.13.2, 1.30", "7.0.1, 1.30", "7.1.0, 1.32", "7.3.1, 1.33", "7.5.2, 1.34"})
  void theFabric8VersionOnTheClassPathChoosesTheCatalogue(String fabric8, String kubernetes)
      throws Exception {
    CrdGenerator.Result result = fixture().classpathFirst(modelCore(fabric8)).run();

    assertThat(result.choice().version()).isEqualTo(kubernetes);
    assertThat(result.choice().fabric8()).isEqualTo(fabric8);
    assertThat(result.choice().coversModel()).isTrue();
    assertThat(result.choice().describe())
        .isEqualTo(
            "crd: Kubernetes built-in types of Kubernetes "
                + kubernetes
                + " (for fabric8 kubernetes-model-core "
                + fabric8
                + " on the class path, which models Kubernetes "
                + kubernetes
                + ")");
  }

  @Test
  void theClassesAreWalkedUnlessTheCatalogueIsTheOneTheirReleaseModels() {
    assertThat(new KubernetesVersions.Choice("1.34", "7.5.2", false).coversModel()).isTrue();
    assertThat(new KubernetesVersions.Choice("1.34", "7.5.2", true).coversModel()).isTrue();
    assertThat(new KubernetesVersions.Choice("1.32", "7.5.2", true).coversModel()).isFalse();
    // releases the table does not know may hold anything: walked
    assertThat(new KubernetesVersions.Choice("1.34", "7.6.0", false).coversModel()).isFalse();
    assertThat(new KubernetesVersions.Choice("1.30", "6.12.1", false).coversModel()).isFalse();
    assertThat(new KubernetesVersions.Choice("1.34", null, false).coversModel()).isFalse();
  }

  @Test
  void aFabric8ReleaseAfterTheTableIsWalkedAgainstTheNewestCatalogue() throws Exception {
    // a future release (here: the 7.5.2 classes, labelled 7.9.0) gets the newest catalogue, and
    // its classes are checked against it
    CrdGenerator.Result result = fixture().classpathFirst(modelCore("7.9.0")).run();

    assertThat(result.choice().version()).isEqualTo("1.34");
    assertThat(result.choice().coversModel()).isFalse();
    assertThat(catalogueWarnings(result)).isEmpty();
    assertThat(spec(result).at("/source/properties/fileKeyRef/description").asText())
        .startsWith("FileKeyRef selects a key");
  }

  @Test
  void theFabric8VersionIsReadFromTheMavenMetadataWhateverTheEntrysName() throws Exception {
    Path renamed = tmp.resolve("shaded-models");
    Files.move(modelCore("7.3.1"), renamed);
    assertThat(KubernetesVersions.fabric8Version(List.of(tmp.resolve("nothing.jar"), renamed)))
        .contains("7.3.1");
    assertThat(KubernetesVersions.fabric8Version(Fixture.classpath())).contains("7.5.2");
    assertThat(KubernetesVersions.fabric8Version(List.of(tmp))).isEmpty();
  }

  @Test
  void versionsOutsideTheTableTakeTheNearestCatalogue() {
    assertThat(KubernetesVersions.choose(null, List.of()).version()).isEqualTo("1.34");
    assertThat(KubernetesVersions.modelledBy("6.10.0")).isEqualTo("1.30");
    assertThat(KubernetesVersions.modelledBy("7.9.0")).isEqualTo("1.34");
    assertThat(KubernetesVersions.modelledBy("7.2.0-SNAPSHOT")).isEqualTo("1.33");
    assertThat(KubernetesVersions.catalogueFor("1.29")).isEqualTo("1.30");
    assertThat(KubernetesVersions.catalogueFor("1.36")).isEqualTo("1.34");
  }

  @ParameterizedTest
  @CsvSource({
    // version, has Lifecycle.stopSignal from the catalogue, has Volume.image from the catalogue
    "1.30, false, false",
    "1.31, false, true",
    "1.32, false, true",
    "1.33, true, true",
    "1.34, true, true"
  })
  void kubeVersionChoosesTheCatalogueAndWalksWhatItLacks(
      String version, boolean stopSignalInCatalogue, boolean imageInCatalogue) throws Exception {
    CrdGenerator.Result result = fixture().kubeVersion(version).run();
    assertThat(result.choice().version()).isEqualTo(version);
    assertThat(result.choice().requested()).isTrue();
    JsonNode pod = spec(result).at("/pod/properties");
    JsonNode container = pod.at("/containers/items/properties");

    // present either way: from the catalogue with Kubernetes' description, or walked without one
    JsonNode stopSignal = container.at("/lifecycle/properties/stopSignal");
    assertThat(stopSignal.path("type").asText()).isEqualTo("string");
    assertThat(stopSignal.has("description")).isEqualTo(stopSignalInCatalogue);
    JsonNode image = pod.at("/volumes/items/properties/image");
    assertThat(image.at("/properties/reference/type").asText()).isEqualTo("string");
    assertThat(image.has("description")).isEqualTo(imageInCatalogue);
    assertThat(container.at("/restartPolicyRules/items/properties/action/type").asText())
        .isEqualTo("string");

    String lifecycle = "io.fabric8.kubernetes.api.model.Lifecycle has the property 'stopSignal'";
    assertThat(result.warnings().stream().anyMatch(w -> w.contains(lifecycle)))
        .isEqualTo(!stopSignalInCatalogue);
    assertThat(
            result.warnings().stream()
                .anyMatch(w -> w.contains("model.Volume has the property 'image'")))
        .isEqualTo(!imageInCatalogue);
    assertThat(result.warnings().stream().anyMatch(w -> w.contains("'restartPolicyRules'")))
        .isEqualTo(!version.equals("1.34"));
  }

  @Test
  void aMissingPropertyIsWarnedAboutOnceWhereTheTypeIsUsedWithTheWayOut() throws Exception {
    CrdGenerator.Result result = fixture().kubeVersion("1.32").run();

    String where = tmp.resolve("src").resolve(SPEC_FILE) + ":3:3";
    assertThat(result.warnings())
        .filteredOn(w -> w.contains("EnvVarSource has the property"))
        .containsExactly(
            where
                + ": warning: io.fabric8.kubernetes.api.model.EnvVarSource has the property"
                + " 'fileKeyRef', which the Kubernetes 1.32 type catalogue lacks; op-boot walked it"
                + " from the class (without Kubernetes' descriptions and validation) so that the"
                + " API server does not prune it. The Kubernetes 1.34 catalogue has it: pass"
                + " --kube-version 1.34 (Maven: -Dop-boot.crd.kubeVersion=1.34) to use"
                + " Kubernetes' own schema.");
    assertThat(result.warnings())
        .filteredOn(w -> w.contains("FileKeySelector"))
        .containsExactly(
            where
                + ": warning: io.fabric8.kubernetes.api.model.FileKeySelector has no entry in the"
                + " Kubernetes 1.32 type catalogue; op-boot walked its schema from the class"
                + " (without Kubernetes' descriptions and validation). The Kubernetes 1.34"
                + " catalogue has it: pass --kube-version 1.34 (Maven:"
                + " -Dop-boot.crd.kubeVersion=1.34) to use Kubernetes' own schema.");
    // EnvVarSource is used twice (spec.source and in every container's env): still one warning
    assertThat(result.warnings()).filteredOn(w -> w.contains("'fileKeyRef'")).hasSize(1);
    assertThat(result.warnings()).isSorted();
  }

  @Test
  void aWalkedPropertyHasTheShapeJacksonWrites() throws Exception {
    JsonNode fileKeyRef =
        spec(fixture().kubeVersion("1.32").run()).at("/source/properties/fileKeyRef");

    assertThat(fileKeyRef.path("type").asText()).isEqualTo("object");
    assertThat(fileKeyRef.path("properties").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("key", "optional", "path", "volumeName");
    assertThat(fileKeyRef.at("/properties/optional/type").asText()).isEqualTo("boolean");
  }

  @Test
  void anUnknownKubeVersionIsBadInputListingTheShippedOnes() {
    assertThatThrownBy(
            () ->
                GeneratorSettings.checked(
                    new CrdGenerator(), Map.of("kube-version", "1.29"), GeneratorOption::flag))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "--kube-version 1.29 is not a Kubernetes version op-boot has built-in type schemas"
                + " for; use one of 1.30, 1.31, 1.32, 1.33, 1.34 (a minor version, as in"
                + " --kube-version 1.34).");
    assertThatThrownBy(
            () ->
                GeneratorSettings.checked(
                    new CrdGenerator(),
                    Map.of("kube-version", "v1.33"),
                    o -> "op-boot.crd." + o.camelName()))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("op-boot.crd.kubeVersion v1.33 is not a Kubernetes version");
  }

  @Test
  void everyShippedCatalogueIsInTheJar() {
    for (String version : KubernetesVersions.SHIPPED) {
      assertThat(
              KubernetesVersionTest.class.getResource(
                  "/dev/opboot/generate/kubernetes/catalog-" + version + ".json"))
          .as("catalogue of %s", version)
          .isNotNull();
    }
  }

  /** A class folder that holds only the Maven metadata of kubernetes-model-core {@code v}. */
  private Path modelCore(String version) throws Exception {
    Path folder = tmp.resolve("kubernetes-model-core-" + version);
    Path pom = folder.resolve("META-INF/maven/io.fabric8/kubernetes-model-core/pom.properties");
    Files.createDirectories(pom.getParent());
    Files.writeString(
        pom, "artifactId=kubernetes-model-core\ngroupId=io.fabric8\nversion=" + version + "\n");
    return folder;
  }
}
