package dev.opboot.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where {@code --verify} finds its server, and the failure with the hint to provision one when
 * there is none.
 */
class EnvTestStoreTest {
  @TempDir Path tmp;

  @Test
  void withoutAssetsVerifyFailsWithTheHintToProvisionThem() {
    Map<String, String> env = Map.of("OP_BOOT_CACHE", tmp.toString());
    assertThatThrownBy(() -> VerifyServer.start(env::get))
        .isInstanceOf(CommandFailedException.class)
        .hasMessageContaining("--verify needs a real API server")
        .hasMessageContaining("KUBEBUILDER_ASSETS is not set")
        .hasMessageContaining(tmp.resolve("envtest").toString())
        .hasMessageContaining("envtest/provision");
  }

  @Test
  void aVariableNamingAnIncompleteFolderSaysWhatIsMissing() throws Exception {
    Path assets = Files.createDirectories(tmp.resolve("assets"));
    executable(assets.resolve("kube-apiserver"));
    Map<String, String> env = Map.of("KUBEBUILDER_ASSETS", assets.toString());
    assertThatThrownBy(() -> EnvTestStore.find(env::get, "--verify"))
        .hasMessageContaining("KUBEBUILDER_ASSETS=" + assets + " has no executable etcd")
        .hasMessageContaining("envtest/provision");
  }

  @Test
  void theVariableComesFirstThenTheStoresNewestCompleteVersion() throws Exception {
    Path store = tmp.resolve("cache/envtest");
    for (String version : new String[] {"1.9.0", "1.32.13", "1.100.0"}) {
      Path dir = Files.createDirectories(store.resolve(version));
      executable(dir.resolve("kube-apiserver"));
      if (!version.equals("1.100.0")) { // incomplete: no etcd
        executable(dir.resolve("etcd"));
      }
    }
    Map<String, String> cached = Map.of("OP_BOOT_CACHE", tmp.resolve("cache").toString());
    assertThat(EnvTestStore.find(cached::get, "--verify")).isEqualTo(store.resolve("1.32.13"));

    Map<String, String> both =
        Map.of(
            "OP_BOOT_CACHE",
            tmp.resolve("cache").toString(),
            "KUBEBUILDER_ASSETS",
            store.resolve("1.9.0").toString());
    assertThat(EnvTestStore.find(both::get, "--verify")).isEqualTo(store.resolve("1.9.0"));
  }

  private static void executable(Path file) throws Exception {
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
