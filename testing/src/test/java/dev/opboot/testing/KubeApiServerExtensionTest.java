package dev.opboot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.io.TempDir;

/** The skip decision and the assets lookup, without touching the real environment. */
class KubeApiServerExtensionTest {

  @Test
  void withoutAssetsTheTestsAreSkippedWithTheProvisioningHint() {
    Optional<String> configured =
        EnvTestAssets.configured(Map.<String, String>of()::get, Map.<String, String>of()::get);

    ConditionEvaluationResult result = KubeApiServerExtension.decide(configured);

    assertThat(result.isDisabled()).isTrue();
    assertThat(result.getReason())
        .hasValue(
            "KUBEBUILDER_ASSETS is not set: run envtest/provision and export the line it prints");
  }

  @Test
  void aBlankValueCountsAsNotSet() {
    assertThat(
            EnvTestAssets.configured(
                Map.of("KUBEBUILDER_ASSETS", "  ")::get, Map.of("KUBEBUILDER_ASSETS", "")::get))
        .isEmpty();
  }

  @Test
  void withAssetsTheTestsRun() {
    Optional<String> configured =
        EnvTestAssets.configured(
            Map.of("KUBEBUILDER_ASSETS", "/cache/envtest/1.32.13")::get,
            Map.<String, String>of()::get);

    ConditionEvaluationResult result = KubeApiServerExtension.decide(configured);

    assertThat(result.isDisabled()).isFalse();
    assertThat(result.getReason()).hasValue("KUBEBUILDER_ASSETS=/cache/envtest/1.32.13");
  }

  @Test
  void theSystemPropertyWinsOverTheEnvironment() {
    assertThat(
            EnvTestAssets.configured(
                Map.of("KUBEBUILDER_ASSETS", "/from/env")::get,
                Map.of("KUBEBUILDER_ASSETS", "/from/property")::get))
        .hasValue("/from/property");
  }

  @Test
  void aFolderWithoutTheBinariesIsAnErrorNotASkip(@TempDir Path dir) throws Exception {
    Files.createFile(dir.resolve("kube-apiserver")).toFile().setExecutable(true);

    assertThatThrownBy(() -> EnvTestAssets.of(dir.toString()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "KUBEBUILDER_ASSETS="
                + dir
                + " has no executable etcd: "
                + "run envtest/provision and export the line it prints");
    assertThatThrownBy(() -> EnvTestAssets.of(dir.resolve("missing").toString()))
        .hasMessageContaining("is not a folder: run envtest/provision");
  }
}
