package dev.opboot.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where {@code --verify} finds its server (as the tests' harness does, so installs of {@code
 * op-boot envtest use} count), and the failure with the hint to install one when there is none.
 */
class VerifyAssetsTest {
  @TempDir Path tmp;

  private final Map<String, String> env = new HashMap<>();
  private final Map<String, String> properties = new HashMap<>();

  @BeforeEach
  void isolate() {
    env.put("XDG_DATA_HOME", tmp.resolve("data").toString());
    env.put("KUBE_API_TEST_DIR", tmp.resolve("kubeapitest").toString());
  }

  private Path store() {
    return tmp.resolve("data/kubebuilder-envtest/k8s");
  }

  @Test
  void withoutAssetsVerifyFailsWithTheHintToInstallThem() {
    assertThatThrownBy(() -> VerifyServer.start(env::get))
        .isInstanceOf(CommandFailedException.class)
        .hasMessageContaining("--verify needs a real API server")
        .hasMessageContaining("KUBEBUILDER_ASSETS is not set")
        .hasMessageContaining(tmp.resolve("data/kubebuilder-envtest").toString())
        .hasMessageEndingWith(
            "run 'op-boot envtest use' to install them, or set KUBEBUILDER_ASSETS to a folder"
                + " holding etcd and kube-apiserver.");
  }

  @Test
  void aVariableNamingAnIncompleteFolderSaysWhatIsMissing() throws Exception {
    Path assets = Files.createDirectories(tmp.resolve("assets"));
    executable(assets.resolve("kube-apiserver"));
    env.put("KUBEBUILDER_ASSETS", assets.toString());
    assertThatThrownBy(() -> VerifyAssets.find(env::get, properties::get, "--verify"))
        .hasMessageContaining("KUBEBUILDER_ASSETS=" + assets + " has no executable etcd")
        .hasMessageContaining("op-boot envtest use");
  }

  @Test
  void theVariableComesFirstThenTheStoresNewestCompleteVersion() throws Exception {
    String platform =
        dev.opboot.envtest.Platform.current().os()
            + "-"
            + dev.opboot.envtest.Platform.current().arch();
    for (String version : new String[] {"1.9.0", "1.32.13", "1.100.0"}) {
      Path dir = Files.createDirectories(store().resolve(version + "-" + platform));
      executable(dir.resolve("kube-apiserver"));
      executable(dir.resolve("kubectl"));
      if (!version.equals("1.100.0")) { // incomplete: no etcd
        executable(dir.resolve("etcd"));
      }
    }
    assertThat(VerifyAssets.find(env::get, properties::get, "--verify"))
        .isEqualTo(store().resolve("1.32.13-" + platform));

    env.put("KUBEBUILDER_ASSETS", store().resolve("1.9.0-" + platform).toString());
    assertThat(VerifyAssets.find(env::get, properties::get, "--verify"))
        .isEqualTo(store().resolve("1.9.0-" + platform));
  }

  private static void executable(Path file) throws Exception {
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
