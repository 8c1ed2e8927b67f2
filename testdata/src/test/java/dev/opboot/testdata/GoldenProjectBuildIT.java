package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.envtest.Platform;
import dev.opboot.testing.EnvTestAssets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden scaffold (two groups, one kind in two versions) is a project that builds and passes
 * its tests, built once with its own {@code mvn verify}, the way a user's machine has the API
 * server: no {@code KUBEBUILDER_ASSETS}, the binaries in setup-envtest's store (where {@code
 * op-boot envtest use} installs them), which the harness finds by itself.
 *
 * <p>Its {@code OperatorIT} needs an API server and skips itself without one, and a skipped inner
 * test would make that build pass all the same: so whether it ran and passed is a test of its own
 * here, skipped (counted, and CI fails on skipped tests) when this JVM has no binaries to put in
 * the store, instead of a pass that proved nothing. A second build, with no binaries anywhere,
 * shows what a user without them sees on the console.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GoldenProjectBuildIT {
  private static final String HINT =
      "run 'op-boot envtest use' to install kube-apiserver and etcd for the integration tests";
  private static final Pattern VERSION = Pattern.compile("Kubernetes v(\\d+\\.\\d+\\.\\d+)");

  @TempDir static Path tmp;

  private static Path project;
  private static Processes.Result build;

  @BeforeAll
  static void copyAndBuild() throws Exception {
    project = tmp.resolve("guestbook-operator");
    Trees.copy(TestdataDir.goldenScaffold(), project);
    Map<String, String> env = noAssetsAnywhere();
    Optional<EnvTestAssets> assets = EnvTestAssets.find();
    if (assets.isPresent()) {
      Path store = Path.of(env.get("XDG_DATA_HOME")).resolve("kubebuilder-envtest/k8s");
      Files.createDirectories(store);
      Platform platform = Platform.current();
      Files.createSymbolicLink(
          store.resolve(version(assets.get()) + "-" + platform.os() + "-" + platform.arch()),
          assets.get().dir());
    }
    build = OpBootProcess.maven(project, tmp.resolve("mvn-verify.log"), env, "verify");
  }

  /**
   * The environment of a machine with no binaries but where its store says: no {@code
   * KUBEBUILDER_ASSETS}, empty stores, and not CI (where missing binaries fail rather than skip).
   */
  private static Map<String, String> noAssetsAnywhere() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put(EnvTestAssets.VARIABLE, null);
    env.put("CI", null);
    env.put("XDG_DATA_HOME", Files.createTempDirectory(tmp, "data").toString());
    env.put("KUBE_API_TEST_DIR", Files.createTempDirectory(tmp, "kubeapitest").toString());
    return env;
  }

  /** The version the kube-apiserver of {@code assets} reports, to name its store folder. */
  private static String version(EnvTestAssets assets) throws Exception {
    Process process =
        new ProcessBuilder(assets.kubeApiServer().toString(), "--version")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    Matcher m = VERSION.matcher(output);
    if (!m.find()) {
      throw new AssertionError(assets.kubeApiServer() + " --version said: " + output);
    }
    return m.group(1);
  }

  @Test
  @Order(1)
  void goldenScaffoldBuildsWithMavenVerify() throws Exception {
    assertBuilt();
    for (String test :
        new String[] {
          "com.example.guestbookoperator.controller.GuestbookReconcilerTest",
          "com.example.guestbookoperator.controller.MemcachedReconcilerTest",
          "com.example.guestbookoperator.ManagementServerTest"
        }) {
      SurefireReports report = SurefireReports.of(project, test);
      assertThat(report.tests()).as(test).isGreaterThanOrEqualTo(3);
      assertThat(report.failures() + report.errors() + report.skipped()).as(test).isZero();
    }
    // the build regenerated the CRDs; the golden tree already holds them, byte for byte
    assertThat(Trees.differences(Trees.read(TestdataDir.goldenScaffold()), Trees.read(project)))
        .as("the golden project's own build changed it")
        .isEmpty();
  }

  @Test
  @Order(2)
  void operatorItFindsTheStoreByItselfAndPassesOnARealApiServer() throws Exception {
    EnvTestAssets.assumeFound();
    assertBuilt();
    SurefireReports it =
        SurefireReports.ofIntegrationTest(project, "com.example.guestbookoperator.OperatorIT");
    assertThat(it.tests()).isEqualTo(1);
    assertThat(it.failures() + it.errors() + it.skipped())
        .as("OperatorIT must run and pass: %n%s", OpBootProcess.tail(build.output(), 80))
        .isZero();
    assertThat(build.output()).doesNotContain(HINT);
  }

  /**
   * Without binaries anywhere, the user's {@code mvn -B verify} says on one line of its console
   * output what to run (a skipped test's reason reaches only the XML reports). The unit tests are
   * left out ({@code -Dtest=NONE}) to keep the second build short; they need no API server.
   */
  @Test
  @Order(3)
  void withoutAnyBinariesTheConsoleSaysWhatToRun() throws Exception {
    assertBuilt();
    Processes.Result bare =
        OpBootProcess.maven(
            project,
            tmp.resolve("mvn-verify-no-assets.log"),
            noAssetsAnywhere(),
            "verify",
            "-Dtest=NONE",
            "-Dsurefire.failIfNoSpecifiedTests=false");
    assertThat(bare.exitCode()).as(OpBootProcess.tail(bare.output(), 80)).isZero();
    assertThat(bare.output().lines().filter(line -> line.contains(HINT)))
        .as("one line of the console output names the command")
        .containsExactly(
            "op-boot-testing: no kube-apiserver found, tests that need one are skipped: " + HINT);
    SurefireReports it =
        SurefireReports.ofIntegrationTest(project, "com.example.guestbookoperator.OperatorIT");
    assertThat(it.skipped()).isEqualTo(1);
  }

  private static void assertBuilt() {
    assertThat(build.exitCode())
        .as("mvn verify in the golden project failed:%n%s", OpBootProcess.tail(build.output(), 80))
        .isZero();
  }
}
