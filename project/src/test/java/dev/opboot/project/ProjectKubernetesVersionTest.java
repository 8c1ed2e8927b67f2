package dev.opboot.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.generate.importer.KubernetesVersionHint;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which Kubernetes version a project's pom.xml makes its generate crd describe built-in types as.
 */
class ProjectKubernetesVersionTest {
  @TempDir Path project;

  private KubernetesVersionHint.Project withProperties(String properties) throws Exception {
    Files.writeString(
        project.resolve("pom.xml"),
        "<?xml version=\"1.0\"?>\n<project>\n  <properties>\n"
            + properties
            + "  </properties>\n</project>\n");
    return ProjectKubernetesVersion.of(project, "7.5.2");
  }

  @Test
  void theFabric8ReleaseThePomPinsDecidesOnThreeMinorVersions() throws Exception {
    assertThat(withProperties("<fabric8.version>7.0.1</fabric8.version>\n"))
        .isEqualTo(
            new KubernetesVersionHint.Project(
                "1.30",
                "(for fabric8 kubernetes-model-core 7.0.1, pom.xml's fabric8.version)",
                false));
    assertThat(withProperties("<fabric8.version>7.1.0</fabric8.version>\n").version())
        .isEqualTo("1.32");
    assertThat(withProperties("<fabric8.version>7.3.1</fabric8.version>\n").version())
        .isEqualTo("1.33");
    assertThat(withProperties("<fabric8.version>7.5.2</fabric8.version>\n").version())
        .isEqualTo("1.34");
  }

  @Test
  void theVersionThePomSetsForGenerateCrdWins() throws Exception {
    assertThat(
            withProperties(
                "<fabric8.version>7.5.2</fabric8.version>\n"
                    + "<op-boot.crd.kubeVersion>1.31</op-boot.crd.kubeVersion>\n"))
        .isEqualTo(
            new KubernetesVersionHint.Project("1.31", "(pom.xml's op-boot.crd.kubeVersion)", true));
  }

  @Test
  void withoutAReadableVersionOpBootsOwnFabric8Decides() throws Exception {
    assertThat(withProperties("<fabric8.version>${other}</fabric8.version>\n"))
        .isEqualTo(
            new KubernetesVersionHint.Project(
                "1.34", "(for fabric8 kubernetes-model-core 7.5.2, op-boot's default)", false));
    Files.delete(project.resolve("pom.xml"));
    assertThat(ProjectKubernetesVersion.of(project, "7.0.1").version()).isEqualTo("1.30");
  }
}
