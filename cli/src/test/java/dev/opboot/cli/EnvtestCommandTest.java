package dev.opboot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.cli.EnvtestServer.Serving;
import dev.opboot.envtest.EnvTestStore;
import dev.opboot.envtest.Platform;
import dev.opboot.envtest.SourceBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code op-boot envtest use|list|path|cleanup} against an index and archives served on 127.0.0.1:
 * installs verified and all or nothing, the store unchanged by every kind of failed download.
 */
class EnvtestCommandTest {
  @TempDir Path cwd;

  private final String platform = Platform.current().toString();
  private final String suffix = "-" + Platform.current().os() + "-" + Platform.current().arch();

  private CliRun envtest(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "envtest";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--bin-dir";
    all[args.length + 2] = "store";
    return CliRun.in(cwd, all);
  }

  private Path store() {
    return cwd.resolve("store");
  }

  @Test
  void useInstallsVerifiedThenUsesTheStoreWithoutTheNetwork() throws IOException {
    CliRun first;
    try (EnvtestServer server =
        EnvtestServer.start()
            .archive("1.31.0", EnvtestServer.scriptArchive(), Serving.WHOLE)
            .archive("1.32.0", EnvtestServer.scriptArchive(), Serving.WHOLE)
            .archive("1.33.0", EnvtestServer.scriptArchive(), Serving.WHOLE)) {
      first = envtest("use", "--index", server.indexUrl());
    }
    Path installed = store().resolve("k8s/1.32.0" + suffix);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .isEqualTo(
            "Installed Kubernetes 1.32.0 for "
                + platform
                + ": "
                + installed
                + "\nPoint tests at it in this shell with:\n  export KUBEBUILDER_ASSETS='"
                + installed
                + "'\n");
    assertThat(first.err())
        .contains("Downloading envtest-v1.32.0" + suffix + ".tar.gz")
        .contains("Downloaded envtest-v1.32.0" + suffix + ".tar.gz");
    assertThat(listing(store()).keySet())
        .as("the binaries only, and no temporary file left")
        .containsExactly(
            "k8s",
            "k8s/1.32.0" + suffix,
            "k8s/1.32.0" + suffix + "/etcd",
            "k8s/1.32.0" + suffix + "/kube-apiserver",
            "k8s/1.32.0" + suffix + "/kubectl");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(installed.resolve("kube-apiserver"))))
        .isEqualTo("rwxr-xr-x");
    assertThat(Files.readString(installed.resolve("kubectl"))).contains("echo kubectl");

    // the server is gone: a second 'use' finds the install and never asks the network
    CliRun second = envtest("use", "--index", "http://127.0.0.1:9/gone.yaml", "-p", "env");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).isEqualTo("export KUBEBUILDER_ASSETS='" + installed + "'\n");
    assertThat(second.err()).isEmpty();
  }

  @Test
  void aShaMismatchLeavesTheStoreAsItWas() throws IOException {
    assertFailsLeavingTheStore(
        EnvtestServer.scriptArchive(),
        "0f".repeat(64),
        Serving.WHOLE,
        1,
        "the SHA-512 of envtest-v1.32.0",
        "but the index says 0f0f");
  }

  @Test
  void a404LeavesTheStoreAsItWas() throws IOException {
    byte[] archive = EnvtestServer.scriptArchive();
    assertFailsLeavingTheStore(
        archive,
        EnvtestServer.sha512(archive),
        Serving.NOT_FOUND,
        1,
        "the server answered HTTP 404",
        "choose another version");
  }

  @Test
  void aTruncatedArchiveLeavesTheStoreAsItWas() throws IOException {
    byte[] whole = EnvtestServer.scriptArchive();
    byte[] truncated = Arrays.copyOf(whole, whole.length * 2 / 3);
    assertFailsLeavingTheStore(
        truncated,
        EnvtestServer.sha512(truncated),
        Serving.WHOLE,
        1,
        "cannot unpack envtest-v1.32.0",
        "it ends before its last file",
        "the archive itself is damaged");
  }

  @Test
  void aDownloadCutHalfwayLeavesTheStoreAsItWas() throws IOException {
    byte[] archive = EnvtestServer.scriptArchive();
    assertFailsLeavingTheStore(
        archive,
        EnvtestServer.sha512(archive),
        Serving.CUT_HALFWAY,
        1,
        "the download of envtest-v1.32.0",
        "broke off");
  }

  private void assertFailsLeavingTheStore(
      byte[] body, String sha512, Serving serving, int exitCode, String... message)
      throws IOException {
    // a store that already holds another version: it must stay byte for byte as it is
    try (EnvtestServer server =
        EnvtestServer.start().archive("1.31.0", EnvtestServer.scriptArchive(), Serving.WHOLE)) {
      assertThat(envtest("use", "1.31", "--index", server.indexUrl()).exitCode()).isZero();
    }
    Map<String, Long> before = listing(store());
    CliRun run;
    try (EnvtestServer server = EnvtestServer.start().archive("1.32.0", body, sha512, serving)) {
      run = envtest("use", "1.32", "--index", server.indexUrl());
    }
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(exitCode);
    assertThat(run.err())
        .contains("op-boot: error: ")
        .contains(message)
        .contains("Nothing was installed");
    assertThat(run.out()).isEmpty();
    assertThat(listing(store())).isEqualTo(before);
  }

  /**
   * op-boot stopped mid-download (SIGTERM, as Ctrl-C's SIGINT, runs the JVM's shutdown hooks) in
   * its own process: the install's temporary files go with it.
   */
  @Test
  void aStoppedProcessLeavesTheStoreAsItWas() throws Exception {
    try (EnvtestServer server =
        EnvtestServer.start().archive("1.31.0", EnvtestServer.scriptArchive(), Serving.WHOLE)) {
      assertThat(envtest("use", "1.31", "--index", server.indexUrl()).exitCode()).isZero();
    }
    Map<String, Long> before = listing(store());
    try (EnvtestServer server =
        EnvtestServer.start()
            .archive("1.32.0", EnvtestServer.scriptArchive(), Serving.STALL_HALFWAY)) {
      Process opBoot =
          new ProcessBuilder(
                  ProcessHandle.current().info().command().orElse("java"),
                  "-cp",
                  System.getProperty("java.class.path"),
                  OpBoot.class.getName(),
                  "envtest",
                  "use",
                  "1.32",
                  "--index",
                  server.indexUrl(),
                  "--bin-dir",
                  store().toString())
              .redirectErrorStream(true)
              .redirectOutput(cwd.resolve("output.txt").toFile())
              .start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.readString(cwd.resolve("output.txt")).contains("Downloading")
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(Files.readString(cwd.resolve("output.txt"))).contains("Downloading");
      assertThat(listing(store()).keySet())
          .as("the download under way has its temporary files")
          .anyMatch(name -> name.startsWith(".tmp-"));
      opBoot.destroy();
      assertThat(opBoot.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(listing(store())).isEqualTo(before);
  }

  @Test
  void aFailedFirstInstallLeavesNoStoreBehind() throws IOException {
    CliRun run;
    try (EnvtestServer server =
        EnvtestServer.start()
            .archive("1.32.0", EnvtestServer.scriptArchive(), "0f".repeat(64), Serving.WHOLE)) {
      run = envtest("use", "--index", server.indexUrl());
    }
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(store()).doesNotExist();
  }

  @Test
  void anIncompleteFolderIsReplaced() throws IOException {
    Path incomplete = Files.createDirectories(store().resolve("k8s/1.32.0" + suffix));
    Files.writeString(incomplete.resolve("etcd"), "half");
    CliRun run;
    try (EnvtestServer server =
        EnvtestServer.start().archive("1.32.0", EnvtestServer.scriptArchive(), Serving.WHOLE)) {
      run = envtest("use", "--index", server.indexUrl());
    }
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Installed Kubernetes 1.32.0");
    assertThat(listing(store()).keySet())
        .containsExactly(
            "k8s",
            "k8s/1.32.0" + suffix,
            "k8s/1.32.0" + suffix + "/etcd",
            "k8s/1.32.0" + suffix + "/kube-apiserver",
            "k8s/1.32.0" + suffix + "/kubectl");
    assertThat(Files.readString(incomplete.resolve("etcd"))).contains("echo etcd");
  }

  @Test
  void installedOnlyWithNothingInstalledSaysWhatToRun() {
    CliRun run = envtest("use", "--installed-only");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("no Kubernetes 1.32 for " + platform + " is installed in " + store())
        .contains("Install it with 'op-boot envtest use 1.32' (without --installed-only)");
  }

  @Test
  void aVersionTheIndexLacksNamesTheNearest() throws IOException {
    CliRun run;
    try (EnvtestServer server =
        EnvtestServer.start()
            .archive("1.31.0", EnvtestServer.scriptArchive(), Serving.WHOLE)
            .archive("1.32.0", EnvtestServer.scriptArchive(), Serving.WHOLE)) {
      run = envtest("use", "1.32.13", "--index", server.indexUrl());
    }
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("has no Kubernetes version 1.32.13; the nearest it has: 1.32.0.");
    assertThat(store()).doesNotExist();
  }

  @Test
  void anUnreachableOrUnreadableIndexSaysSo() throws IOException {
    CliRun refused = envtest("use", "--index", "http://127.0.0.1:9/envtest-releases.yaml");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err())
        .contains("cannot fetch the envtest releases index from http://127.0.0.1:9/")
        .contains("--installed-only");
    CliRun badUrl = envtest("use", "--index", "not a url");
    assertThat(badUrl.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badUrl.err()).contains("--index 'not a url' is not an http(s) URL");
    CliRun badVersion = envtest("use", "1.x");
    assertThat(badVersion.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badVersion.err()).contains("'1.x' is not a Kubernetes version selector");
  }

  @Test
  void listShowsInstalledAndAvailable() throws IOException {
    try (EnvtestServer server =
        EnvtestServer.start()
            .archive("1.31.0", EnvtestServer.scriptArchive(), Serving.WHOLE)
            .archive("1.32.0", EnvtestServer.scriptArchive(), Serving.WHOLE)) {
      assertThat(envtest("use", "1.31", "--index", server.indexUrl()).exitCode()).isZero();
      Files.createDirectories(store().resolve("k8s/1.30.0" + suffix));

      CliRun all = envtest("list", "--index", server.indexUrl());
      assertThat(all.exitCode()).as(all.err()).isZero();
      assertThat(all.out().lines().map(l -> l.replaceAll(" +", " ")))
          .containsExactly(
              "1.32.0 " + platform + " available",
              "1.31.0 " + platform + " installed " + store().resolve("k8s/1.31.0" + suffix),
              "1.30.0 "
                  + platform
                  + " incomplete (has no executable etcd) "
                  + store().resolve("k8s/1.30.0" + suffix));

      CliRun installed = envtest("list", "1.31", "--installed-only");
      assertThat(installed.out().lines()).hasSize(1).allMatch(l -> l.contains("installed"));
    }
  }

  @Test
  void pathPrintsTheExportLineOrWhatToRun() throws IOException {
    CliRun none = envtest("path");
    assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("Install it with 'op-boot envtest use 1.32'");

    try (EnvtestServer server =
        EnvtestServer.start().archive("1.32.0", EnvtestServer.scriptArchive(), Serving.WHOLE)) {
      assertThat(envtest("use", "--index", server.indexUrl()).exitCode()).isZero();
    }
    Path dir = store().resolve("k8s/1.32.0" + suffix);
    assertThat(envtest("path").out()).isEqualTo("export KUBEBUILDER_ASSETS='" + dir + "'\n");
    assertThat(envtest("path", "1.32.0", "-p", "path").out()).isEqualTo(dir + "\n");
  }

  @Test
  void cleanupRemovesWhatTheSelectorSelectsAndSaysSo() throws IOException {
    try (EnvtestServer server =
        EnvtestServer.start()
            .archive("1.31.0", EnvtestServer.scriptArchive(), Serving.WHOLE)
            .archive("1.32.0", EnvtestServer.scriptArchive(), Serving.WHOLE)) {
      assertThat(envtest("use", "1.31", "--index", server.indexUrl()).exitCode()).isZero();
      assertThat(envtest("use", "1.32", "--index", server.indexUrl()).exitCode()).isZero();
    }
    CliRun older = envtest("cleanup", "<1.32");
    assertThat(older.exitCode()).isZero();
    assertThat(older.out())
        .isEqualTo(
            "Removed Kubernetes 1.31.0 for "
                + platform
                + ": "
                + store().resolve("k8s/1.31.0" + suffix)
                + "\n");
    assertThat(store().resolve("k8s/1.32.0" + suffix)).isDirectory();

    Path leftover = Files.writeString(store().resolve(".tmp-123-envtest.tar.gz"), "partial");
    Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path running = Files.writeString(store().resolve(".tmp-456-envtest.tar.gz"), "partial");
    CliRun nothing = envtest("cleanup", "1.30");
    assertThat(nothing.exitCode()).isZero();
    assertThat(nothing.out())
        .isEqualTo(
            "Removed the leftover of an interrupted install: "
                + leftover
                + "\nNothing to remove: no Kubernetes 1.30 for "
                + platform
                + " is installed in "
                + store()
                + "\n");
    assertThat(running).as("a running install's file is kept").exists();
    Files.delete(running);

    assertThat(envtest("cleanup").out()).contains("Removed Kubernetes 1.32.0");
    assertThat(listing(store()).keySet()).containsExactly("k8s");
  }

  /**
   * The real binaries of KUBEBUILDER_ASSETS packed as controller-tools packs them, installed
   * through the index, and the installed kube-apiserver runs.
   */
  @Test
  void installsTheRealBinariesAndTheyRun() throws Exception {
    // found as every test finds them (built from source in op-boot's own build)
    String assets = dev.opboot.testing.EnvTestAssets.assumeFound().dir().toString();
    CliRun run;
    try (EnvtestServer server =
        EnvtestServer.start()
            .archive("1.32.13", EnvtestServer.archiveOf(Path.of(assets)), Serving.WHOLE)) {
      run = envtest("use", "1.32.13", "--index", server.indexUrl(), "-p", "path");
    }
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path installed = Path.of(run.out().strip());
    Process version =
        new ProcessBuilder(installed.resolve("kube-apiserver").toString(), "--version")
            .redirectErrorStream(true)
            .start();
    assertThat(version.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .startsWith("Kubernetes v1.32.13");
    assertThat(version.exitValue()).isZero();
    assertThat(Files.size(installed.resolve("kube-apiserver")))
        .isEqualTo(Files.size(Path.of(assets, "kube-apiserver")));
  }

  @Test
  void helpHasExamples() {
    for (String command : new String[] {"use", "list", "path", "cleanup"}) {
      CliRun help = CliRun.in(cwd, "envtest", command, "--help");
      assertThat(help.exitCode()).isZero();
      assertThat(help.out()).contains("Usage: op-boot envtest " + command, "Examples:");
    }
    assertThat(CliRun.in(cwd, "envtest", "use", "--help").out())
        .contains("(default: 1.32, the minor op-boot scaffolds for)");
  }

  /** Every file and folder under {@code root} with its size: what a failure must not change. */
  static Map<String, Long> listing(Path root) throws IOException {
    Map<String, Long> listing = new TreeMap<>();
    if (!Files.exists(root)) {
      return listing;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(p -> !p.equals(root)).toList()) {
        listing.put(root.relativize(p).toString(), Files.isDirectory(p) ? -1 : Files.size(p));
      }
    }
    return listing;
  }

  @Test
  void fromSourceTakesOnlyThePinnedVersionForThisMachine() throws IOException {
    CliRun other = envtest("use", "1.31", "--from-source");
    assertThat(other.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(other.err())
        .contains("--from-source builds Kubernetes " + SourceBuild.kubernetesVersion())
        .contains("which VERSION 1.31 does not select");
    CliRun foreign = envtest("use", "--from-source", "--os", "plan9", "--arch", "amd64");
    assertThat(foreign.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(foreign.err()).contains("leave out --os and --arch");
    assertThat(store()).doesNotExist();
  }

  /**
   * The real build: Go from the module proxy (warm caches make it seconds), etcd from the system,
   * into a store of this test's own; a second run finds it built. Skipped without Go or etcd.
   */
  @Test
  void fromSourceBuildsIntoTheStoreAndReusesIt() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        onPath("go") || Files.isExecutable(Path.of("/usr/local/go/bin/go")),
        "no Go toolchain: install Go to run the --from-source build");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        onPath("etcd") || Files.isExecutable(Path.of("/usr/bin/etcd")),
        "no etcd: install Debian's etcd-server (or set ETCD_BIN) to run the --from-source build");
    CliRun built = envtest("use", "--from-source", "-p", "path");
    assertThat(built.exitCode()).as(built.err()).isZero();
    Path dir = Path.of(built.out().strip());
    assertThat(dir).startsWith(store());
    assertThat(dir.getFileName().toString())
        .startsWith(SourceBuild.kubernetesVersion() + "-" + Platform.current().os());
    for (String binary : EnvTestStore.BINARIES) {
      assertThat(dir.resolve(binary)).isExecutable();
    }
    CliRun again = envtest("use", "--from-source");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out())
        .contains("Using installed Kubernetes " + SourceBuild.kubernetesVersion());
    CliRun path = envtest("path", SourceBuild.kubernetesVersion());
    assertThat(path.out()).contains(dir.toString());
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
