package dev.opboot.envtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SourceBuild} with a fake {@code go} on PATH that writes scripts where Go would write
 * kube-apiserver and kubectl: the layout, the flags, the cache, and every failure leaving the store
 * as it was. The real build runs in op-boot's own test runs (the harness provisions through it).
 */
class SourceBuildTest {
  private static final Platform LINUX = new Platform("linux", "amd64");
  private static final String VERSION = GoModule.bundled().kubernetesVersion();

  @TempDir Path tmp;

  private final Map<String, String> env = new HashMap<>();
  private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
  private final PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);

  private Path store() {
    return tmp.resolve("store");
  }

  private Path bin() throws Exception {
    return Files.createDirectories(tmp.resolve("bin"));
  }

  private Path record() {
    return tmp.resolve("go-calls.txt");
  }

  private SourceBuild build(GoModule module) {
    env.putIfAbsent("PATH", tmp.resolve("bin") + ":/usr/bin:/bin");
    return new SourceBuild(
        EnvTestStore.at(store()),
        LINUX,
        module,
        env::get,
        log,
        tmp.resolve("no-system-etcd"),
        tmp.resolve("no-system-go"),
        false,
        tmp);
  }

  private SourceBuild build() {
    return build(GoModule.bundled());
  }

  /**
   * A {@code go} that answers {@code env GOVERSION} with {@code goVersion} and runs {@code
   * buildBody} for {@code build}, after recording its arguments, environment and folder.
   */
  private void fakeGo(String goVersion, String buildBody) throws Exception {
    script(
        bin().resolve("go"),
        "if [ \"$1\" = env ]; then echo "
            + goVersion
            + "; exit 0; fi\n"
            + "echo \"args: $*\" >> '"
            + record()
            + "'\n"
            + "echo \"env: GOTOOLCHAIN=$GOTOOLCHAIN CGO_ENABLED=$CGO_ENABLED\" >> '"
            + record()
            + "'\n"
            + "[ -f go.mod ] && [ -f go.sum ] && [ -f tools.go ] && echo 'module: here' >> '"
            + record()
            + "'\n"
            + "out=''; prev=''; for a in \"$@\"; do [ \"$prev\" = -o ] && out=\"$a\"; prev=\"$a\";"
            + " done\n"
            + buildBody);
  }

  /** A build body that writes working binaries reporting {@code reported}. */
  private static String writesBinaries(String reported) {
    return "echo 'compiling k8s.io/kubernetes/cmd/kube-apiserver'\n"
        + "printf '#!/bin/sh\\necho \""
        + reported
        + "\"\\n' > \"${out}kube-apiserver\"\n"
        + "printf '#!/bin/sh\\nexit 0\\n' > \"${out}kubectl\"\n"
        + "chmod +x \"${out}kube-apiserver\" \"${out}kubectl\"\n";
  }

  private Path fakeEtcd() throws Exception {
    Path etcd = tmp.resolve("etcd-bin/etcd");
    Files.createDirectories(etcd.getParent());
    script(etcd, "exit 0\n");
    env.put("ETCD_BIN", etcd.toString());
    return etcd;
  }

  @Test
  void buildsIntoTheStoresVersionFolderWithTheFlagsAndLinksEtcd() throws Exception {
    fakeGo("go1.26.0", writesBinaries("Kubernetes v" + VERSION));
    Path etcd = fakeEtcd();

    SourceBuild.Result result = build().build(false);

    Path dir = store().resolve("k8s/" + VERSION + "-linux-amd64");
    assertThat(result.dir()).isEqualTo(dir);
    assertThat(result.version()).isEqualTo(VERSION);
    assertThat(result.built()).isTrue();
    assertThat(EnvTestStore.missing(dir)).isEmpty();
    assertThat(Files.readSymbolicLink(dir.resolve("etcd"))).isEqualTo(etcd);
    assertThat(EnvTestStore.at(store()).installed(LINUX))
        .containsExactly(new EnvTestStore.Installed(VERSION, dir));
    try (Stream<Path> root = Files.list(store())) {
      assertThat(root).as("nothing but k8s/ in the store").containsExactly(store().resolve("k8s"));
    }

    List<String> calls = Files.readAllLines(record());
    assertThat(calls).contains("env: GOTOOLCHAIN=local CGO_ENABLED=0", "module: here");
    assertThat(calls.get(0))
        .startsWith("args: build -mod=readonly -trimpath -ldflags -s -w ")
        .contains("-X k8s.io/component-base/version.gitVersion=v" + VERSION)
        .contains("-X k8s.io/client-go/pkg/version.gitVersion=v" + VERSION)
        .contains(".gitMajor=1 ")
        .endsWith("k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kubectl");
    assertThat(logBytes.toString(StandardCharsets.UTF_8))
        .as("Go's output is streamed to the log")
        .contains("compiling k8s.io/kubernetes/cmd/kube-apiserver")
        .contains("kube-apiserver and kubectl v" + VERSION + " built in");
  }

  @Test
  void aCurrentBuildIsReusedAndAChangedModuleRebuilds() throws Exception {
    fakeGo("go1.26.0", writesBinaries("Kubernetes v" + VERSION));
    fakeEtcd();
    build().build(false);
    assertThat(Files.readAllLines(record())).hasSize(3);

    SourceBuild.Result again = build().build(false);
    assertThat(again.built()).isFalse();
    assertThat(Files.readAllLines(record())).as("go was not run again").hasSize(3);

    Map<String, byte[]> files = new HashMap<>(GoModule.bundled().files());
    files.put("go.sum", "changed\n".getBytes(StandardCharsets.UTF_8));
    SourceBuild.Result rebuilt = build(GoModule.of(files)).build(false);
    assertThat(rebuilt.built()).isTrue();
    assertThat(Files.readAllLines(record())).hasSize(6);

    assertThat(build().build(true).built()).as("forced").isTrue();
  }

  @Test
  void aFolderInstalledOtherwiseIsReused() throws Exception {
    Path dir = store().resolve("k8s/" + VERSION + "-linux-amd64");
    AssetsLocatorTest.complete(dir);
    SourceBuild.Result result = build().build(false);
    assertThat(result.built()).isFalse();
    assertThat(result.dir()).isEqualTo(dir);
    assertThat(record()).doesNotExist();
  }

  @Test
  void aFailedGoBuildSaysSoAndLeavesTheStoreEmpty() throws Exception {
    fakeGo("go1.26.0", "echo 'go: k8s.io/foo@v1.0.0: missing go.sum entry'; exit 1\n");
    fakeEtcd();
    assertThatThrownBy(() -> build().build(false))
        .isInstanceOf(SourceBuildException.class)
        .hasMessage(
            "go build of kube-apiserver and kubectl v"
                + VERSION
                + " failed (exit code 1, Go's output is above); the store "
                + store()
                + " is unchanged");
    assertThat(logBytes.toString(StandardCharsets.UTF_8)).contains("missing go.sum entry");
    assertEmpty(store());
  }

  @Test
  void aBuildOfTheWrongVersionIsRefused() throws Exception {
    fakeGo("go1.26.0", writesBinaries("Kubernetes v1.0.0"));
    fakeEtcd();
    assertThatThrownBy(() -> build().build(false))
        .hasMessage(
            "the built kube-apiserver reports 'Kubernetes v1.0.0', expected 'Kubernetes v"
                + VERSION
                + "'");
    assertEmpty(store());
  }

  @Test
  void anOldGoIsRefusedNamingTheVersionNeeded() throws Exception {
    fakeGo("go1.21.5", writesBinaries("Kubernetes v" + VERSION));
    fakeEtcd();
    assertThatThrownBy(() -> build().build(false))
        .hasMessage(
            "Go 1.23 or newer is needed to build kube-apiserver v"
                + VERSION
                + ", but "
                + tmp.resolve("bin/go")
                + " is 'go1.21.5': install a newer Go (https://go.dev/doc/install) and put it"
                + " first on PATH");
    assertThat(store()).doesNotExist();
  }

  @Test
  void withoutGoTheMessageSaysHowToGetIt() throws Exception {
    fakeEtcd();
    assertThatThrownBy(() -> build().build(false))
        .hasMessageStartingWith("Go is missing: kube-apiserver and kubectl v" + VERSION)
        .hasMessageContaining("Install Go (https://go.dev/doc/install)")
        .hasMessageEndingWith("download the binaries instead: 'op-boot envtest use'");
    assertThat(store()).doesNotExist();
  }

  @Test
  void withoutEtcdTheMessageSaysHowToInstallIt() throws Exception {
    fakeGo("go1.26.0", writesBinaries("Kubernetes v" + VERSION));
    env.put("PATH", bin().toString()); // not /usr/bin, where a system's etcd may be
    assertThatThrownBy(() -> build().build(false))
        .hasMessageStartingWith("etcd is missing: kube-apiserver needs etcd 3.4 or newer")
        .hasMessageContaining("'sudo apt-get install etcd-server'")
        .hasMessageContaining("set ETCD_BIN");
    env.put("ETCD_BIN", tmp.resolve("nowhere/etcd").toString());
    assertThatThrownBy(() -> build().build(false))
        .hasMessageStartingWith(
            "ETCD_BIN=" + tmp.resolve("nowhere/etcd") + " is not an executable file");
    assertThat(record()).as("go build never ran").doesNotExist();
    assertThat(store()).doesNotExist();
  }

  @Test
  void etcdOnPathIsLinkedWhenThereIsNoneElse() throws Exception {
    fakeGo("go1.26.0", writesBinaries("Kubernetes v" + VERSION));
    Path etcd = bin().resolve("etcd");
    script(etcd, "exit 0\n");
    SourceBuild.Result result = build().build(false);
    assertThat(Files.readSymbolicLink(result.dir().resolve("etcd"))).isEqualTo(etcd);
  }

  @Test
  void anInterruptStopsGoAndLeavesTheStoreEmpty() throws Exception {
    Path started = tmp.resolve("started");
    Path pidFile = tmp.resolve("sleeper.pid");
    fakeGo("go1.26.0", "sleep 300 & echo $! > '" + pidFile + "'; touch '" + started + "'; wait\n");
    fakeEtcd();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread builder =
        new Thread(
            () -> {
              try {
                build().build(false);
              } catch (Throwable t) {
                thrown.set(t);
              }
            });
    builder.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!Files.exists(started) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(started).as("the fake go build started").exists();
    builder.interrupt();
    builder.join(30_000);
    assertThat(builder.isAlive()).isFalse();
    assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    long sleeper = Long.parseLong(Files.readString(pidFile).strip());
    assertThat(running(sleeper)).as("go's child process was ended").isFalse();
    assertEmpty(store());
  }

  /** Whether {@code pid} runs: a zombie (ended, not yet reaped by its new parent) does not. */
  private static boolean running(long pid) throws Exception {
    Path stat = Path.of("/proc/" + pid + "/stat");
    if (!Files.exists(stat)) {
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
    String text = Files.readString(stat);
    return !text.substring(text.lastIndexOf(')') + 1).strip().startsWith("Z");
  }

  private static void assertEmpty(Path store) throws Exception {
    try (Stream<Path> entries = Files.list(store)) {
      assertThat(entries).as("the store holds nothing").isEmpty();
    }
  }

  private static void script(Path file, String body) throws Exception {
    Files.writeString(file, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
