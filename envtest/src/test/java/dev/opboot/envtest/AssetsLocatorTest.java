package dev.opboot.envtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order #17 gives, and what the result says at each step. */
class AssetsLocatorTest {
  private static final Platform LINUX = new Platform("linux", "amd64");

  @TempDir Path tmp;

  private final Map<String, String> env = new HashMap<>();
  private final Map<String, String> properties = new HashMap<>();

  private AssetsLocator locator() {
    env.putIfAbsent("XDG_DATA_HOME", tmp.resolve("data").toString());
    return new AssetsLocator(env::get, properties::get, tmp.resolve("home"), "Linux", LINUX);
  }

  private Path store() {
    return tmp.resolve("data/kubebuilder-envtest");
  }

  @Test
  void theVariableComesFirstTheSystemPropertyBeforeTheEnvironment() throws Exception {
    Path fromEnv = complete(tmp.resolve("env-assets"));
    Path fromProperty = complete(tmp.resolve("property-assets"));
    complete(store().resolve("k8s/1.32.13-linux-amd64"));
    env.put("KUBEBUILDER_ASSETS", fromEnv.toString());
    assertThat(locator().locate())
        .isEqualTo(new AssetsLocator.Found(fromEnv, Optional.empty(), "KUBEBUILDER_ASSETS"));

    properties.put("KUBEBUILDER_ASSETS", fromProperty.toString());
    assertThat(locator().locate())
        .isEqualTo(new AssetsLocator.Found(fromProperty, Optional.empty(), "-DKUBEBUILDER_ASSETS"));
  }

  @Test
  void aNamedFolderThatIsIncompleteIsAnErrorNotAReasonToLookFurther() throws Exception {
    Path assets = Files.createDirectories(tmp.resolve("assets"));
    executable(assets.resolve("kube-apiserver"));
    complete(store().resolve("k8s/1.32.13-linux-amd64"));
    env.put("KUBEBUILDER_ASSETS", assets.toString());
    assertThat(locator().locate())
        .isEqualTo(
            new AssetsLocator.Unusable("KUBEBUILDER_ASSETS=" + assets + " has no executable etcd"));
  }

  @Test
  void thePinnedVersionInTheStoreThenTheNewestThere() throws Exception {
    Path old = complete(store().resolve("k8s/1.31.4-linux-amd64"));
    Path newest = complete(store().resolve("k8s/1.33.1-linux-amd64"));
    Files.createDirectories(store().resolve("k8s/1.40.0-linux-amd64")); // incomplete
    complete(store().resolve("k8s/1.50.0-darwin-arm64")); // another platform
    String where = "setup-envtest's store " + store();

    assertThat(locator().locate())
        .isEqualTo(
            new AssetsLocator.Found(
                newest, Optional.of("1.33.1"), "the newest version in " + where));

    properties.put("op-boot.envtest.version", "1.31");
    assertThat(locator().locate())
        .isEqualTo(
            new AssetsLocator.Found(
                old,
                Optional.of("1.31.4"),
                "the pinned version 1.31 (op-boot.envtest.version) in " + where));

    properties.put("op-boot.envtest.version", "1.32.0");
    assertThat(locator().locate())
        .isEqualTo(
            new AssetsLocator.Found(
                newest,
                Optional.of("1.33.1"),
                "the newest version in "
                    + where
                    + ", which has no 1.32.0 (op-boot.envtest.version)"));
  }

  @Test
  void kubeApiTestsCacheLast() throws Exception {
    Path cached = complete(tmp.resolve("home/.kubeapitest/k8s/1.30.0-linux-amd64"));
    assertThat(locator().locate())
        .isEqualTo(
            new AssetsLocator.Found(
                cached,
                Optional.of("1.30.0"),
                "the newest version in kube-api-test's cache " + tmp.resolve("home/.kubeapitest")));

    Path storeOne = complete(store().resolve("k8s/1.29.0-linux-amd64"));
    assertThat(((AssetsLocator.Found) locator().locate()).dir()).isEqualTo(storeOne);

    env.put("KUBE_API_TEST_DIR", tmp.resolve("elsewhere").toString());
    Files.delete(storeOne.resolve("etcd"));
    assertThat(locator().locate())
        .isEqualTo(
            new AssetsLocator.NotFound(
                List.of(
                    "KUBEBUILDER_ASSETS is not set",
                    "setup-envtest's store " + store() + " holds no linux-amd64 version",
                    "kube-api-test's cache "
                        + tmp.resolve("elsewhere")
                        + " holds no linux-amd64 version")));
  }

  @Test
  void nothingAnywhereSaysWhereItLooked() {
    AssetsLocator.Result result = locator().locate();
    assertThat(result).isInstanceOf(AssetsLocator.NotFound.class);
    assertThat(((AssetsLocator.NotFound) result).message())
        .isEqualTo(
            "no kube-apiserver and etcd found (KUBEBUILDER_ASSETS is not set; setup-envtest's store "
                + store()
                + " holds no linux-amd64 version; kube-api-test's cache "
                + tmp.resolve("home/.kubeapitest")
                + " holds no linux-amd64 version)");
  }

  @Test
  void aPinnedVersionThatIsNoVersionIsAnError() {
    properties.put("op-boot.envtest.version", "one-thirty-two");
    assertThat(locator().locate())
        .isInstanceOfSatisfying(
            AssetsLocator.Unusable.class,
            unusable ->
                assertThat(unusable.message())
                    .startsWith(
                        "op-boot.envtest.version=one-thirty-two: 'one-thirty-two' is not a"
                            + " Kubernetes version selector: use a version (1.32.0), a minor (1.32,"
                            + " its newest patch)"));
  }

  static Path complete(Path dir) throws Exception {
    Files.createDirectories(dir);
    for (String binary : EnvTestStore.BINARIES) {
      executable(dir.resolve(binary));
    }
    return dir;
  }

  static void executable(Path file) throws Exception {
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
