package dev.opboot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.envtest.AssetsLocator;
import dev.opboot.envtest.EnvTestStore;
import dev.opboot.envtest.Platform;
import dev.opboot.envtest.SourceBuild;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the harness decides for each setting, without touching this JVM's environment: run, skip
 * with one line on stderr, fail, or build from source.
 */
class AssetsSearchTest {
  private static final String HINT =
      "run 'op-boot envtest use' to install kube-apiserver and etcd for the integration tests";

  @TempDir Path tmp;

  private final Map<String, String> env = new HashMap<>();
  private final Map<String, String> properties = new HashMap<>();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

  @BeforeEach
  void isolate() {
    env.put("XDG_DATA_HOME", tmp.resolve("data").toString());
    env.put("KUBE_API_TEST_DIR", tmp.resolve("kubeapitest").toString());
  }

  private AssetsSearch.Outcome search() {
    return new AssetsSearch(
            AssetsLocator.of(env::get, properties::get),
            env::get,
            properties::get,
            new PrintStream(errBytes, true, StandardCharsets.UTF_8),
            store ->
                SourceBuild.into(store, new PrintStream(errBytes, true, StandardCharsets.UTF_8)))
        .run();
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  private Path store() {
    return tmp.resolve("data/kubebuilder-envtest");
  }

  @Test
  void withoutAssetsTheTestsAreSkippedAndTheConsoleGetsOneLineWithTheHint() {
    AssetsSearch.Outcome outcome = search();

    assertThat(outcome.assets()).isEmpty();
    assertThat(outcome.failure()).isNull();
    assertThat(outcome.missing())
        .startsWith("no kube-apiserver and etcd found (KUBEBUILDER_ASSETS is not set; ")
        .contains(store() + " holds no ")
        .endsWith(": " + HINT);
    assertThat(err())
        .isEqualTo(
            "op-boot-testing: no kube-apiserver found, tests that need one are skipped: "
                + HINT
                + System.lineSeparator());
  }

  @Test
  void requiredByThePropertyOrByCiTheTestsFail() {
    properties.put("op-boot.envtest.required", "true");
    assertThat(search().failure())
        .startsWith("no kube-apiserver and etcd found (")
        .endsWith(
            HINT
                + " (tests that need it may not be skipped: -Dop-boot.envtest.required=true or"
                + " CI=true)");
    properties.clear();
    env.put("CI", "true");
    AssetsSearch.Outcome outcome = search();
    assertThat(outcome.failure()).contains(HINT);
    assertThatThrownBy(outcome::orThrow)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(outcome.failure());
  }

  @Test
  void assetsInTheStoreRunTheTestsSayingWhereTheyCameFrom() throws Exception {
    Path dir = complete(store().resolve("k8s/1.31.2-" + platform()));
    properties.put("op-boot.envtest.version", "1.31");
    AssetsSearch.Outcome outcome = search();
    assertThat(outcome.assets()).isPresent();
    assertThat(outcome.assets().get().dir()).isEqualTo(dir);
    assertThat(outcome.assets().get().how())
        .isEqualTo(
            "the pinned version 1.31 (op-boot.envtest.version) in setup-envtest's store "
                + store());
    assertThat(err()).isEmpty();
  }

  @Test
  void aNamedFolderThatIsIncompleteFailsRatherThanSkips() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("assets"));
    env.put("KUBEBUILDER_ASSETS", dir.toString());
    assertThat(search().failure())
        .isEqualTo(
            "KUBEBUILDER_ASSETS="
                + dir
                + " has no executable etcd: fix it, or unset it and "
                + HINT);
  }

  @Test
  void fromSourceUsesTheSourceBuildOverOtherVersionsInTheStore() throws Exception {
    complete(store().resolve("k8s/1.99.0-" + platform()));
    Path built =
        complete(store().resolve("k8s/" + SourceBuild.kubernetesVersion() + "-" + platform()));
    properties.put("op-boot.envtest.provision", "from-source");
    AssetsSearch.Outcome outcome = search();
    assertThat(outcome.failure()).isNull();
    assertThat(outcome.assets().orElseThrow().dir()).isEqualTo(built);
    assertThat(outcome.assets().orElseThrow().how())
        .isEqualTo("built from source earlier, op-boot.envtest.provision=from-source");

    Path named = complete(tmp.resolve("named"));
    env.put("KUBEBUILDER_ASSETS", named.toString());
    assertThat(search().assets().orElseThrow().dir())
        .as("KUBEBUILDER_ASSETS still comes first")
        .isEqualTo(named);
  }

  @Test
  void anUnknownWayToProvisionIsAnError() {
    properties.put("op-boot.envtest.provision", "download");
    assertThat(search().failure())
        .isEqualTo(
            "-Dop-boot.envtest.provision=download is not a way to provision: the one there is,"
                + " is from-source");
  }

  @Test
  void aFolderWithoutTheBinariesIsRefusedByOf() throws Exception {
    Files.createFile(tmp.resolve("kube-apiserver")).toFile().setExecutable(true);
    assertThatThrownBy(() -> EnvTestAssets.of(tmp.toString()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(tmp + " has no executable etcd: " + HINT);
  }

  private static String platform() {
    Platform platform = Platform.current();
    return platform.os() + "-" + platform.arch();
  }

  private static Path complete(Path dir) throws Exception {
    Files.createDirectories(dir);
    for (String binary : EnvTestStore.BINARIES) {
      Path file = dir.resolve(binary);
      Files.writeString(file, "#!/bin/sh\n");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return dir;
  }
}
