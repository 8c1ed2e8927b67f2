package dev.opboot.envtest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The envtest binaries built where they cannot be downloaded: kube-apiserver and kubectl compiled
 * with Go from the module this jar carries ({@link GoModule}: the Kubernetes version of its {@code
 * go.mod}, every dependency pinned by its {@code go.sum}, fetched through the Go module proxy), and
 * etcd taken from the system, into the store's {@code k8s/<version>-<os>-<arch>} folder, as {@code
 * op-boot envtest use} installs a download.
 *
 * <ul>
 *   <li>Go: {@code go} on {@code PATH}, else {@code /usr/local/go/bin/go}; at least the version of
 *       {@code go.mod}'s {@code go} line. Built with {@code GOTOOLCHAIN=local} (never fetch another
 *       toolchain), {@code CGO_ENABLED=0}, {@code -mod=readonly -trimpath} and the version stamped
 *       in as Kubernetes' own release builds do, so {@code kube-apiserver --version} says it. A
 *       cold build takes minutes and about 3 GB of Go caches; Go's output goes to the log.
 *   <li>etcd: {@code $ETCD_BIN}, else {@code /usr/bin/etcd}, else {@code etcd} on {@code PATH},
 *       linked into the folder; when there is none and this is root on a system with {@code
 *       apt-get}, Debian's {@code etcd-server} is installed, else the error says how to get it.
 *   <li>Atomic: the build happens in a temporary folder of the store and is moved into place only
 *       when complete and checked; a failure, an interrupt or a stopped JVM leaves the store as it
 *       was. One build at a time per store, across JVMs.
 *   <li>Cached: a folder this class built carries a stamp of the module and the recipe; while both
 *       are unchanged (or the folder came from elsewhere, e.g. a download of the same version) it
 *       is reused in milliseconds. A changed {@code go.mod} or {@code go.sum} rebuilds.
 * </ul>
 */
public final class SourceBuild {

  /** The file in a built folder that records what it was built from. */
  static final String STAMP = ".op-boot-source-build";

  private static final String WORK_PREFIX = ".op-boot-build-";
  private static final Duration STALE_WORK = Duration.ofHours(12);
  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern GO_VERSION = Pattern.compile("go1\\.(\\d+)\\b.*");

  /** One build per store at a time within this JVM too (a file lock is per process). */
  private static final Object JVM_LOCK = new Object();

  private final EnvTestStore store;
  private final Platform platform;
  private final GoModule module;
  private final UnaryOperator<String> env;
  private final PrintStream log;
  private final Path systemEtcd;
  private final Path systemGo;
  private final boolean mayInstallEtcd;
  private final Path lockDir;

  SourceBuild(
      EnvTestStore store,
      Platform platform,
      GoModule module,
      UnaryOperator<String> env,
      PrintStream log,
      Path systemEtcd,
      Path systemGo,
      boolean mayInstallEtcd,
      Path lockDir) {
    this.store = store;
    this.platform = platform;
    this.module = module;
    this.env = env;
    this.log = log;
    this.systemEtcd = systemEtcd;
    this.systemGo = systemGo;
    this.mayInstallEtcd = mayInstallEtcd;
    this.lockDir = lockDir;
  }

  /**
   * A build into {@code store} for this machine, reading this JVM's environment, with progress and
   * Go's output on {@code log}.
   */
  public static SourceBuild into(EnvTestStore store, PrintStream log) {
    UnaryOperator<String> env = System::getenv;
    boolean root = "root".equals(System.getProperty("user.name"));
    return new SourceBuild(
        store,
        Platform.current(),
        GoModule.bundled(),
        env,
        log,
        Path.of("/usr/bin/etcd"),
        Path.of("/usr/local/go/bin/go"),
        root && Executables.onPath("apt-get", env).isPresent(),
        Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** The Kubernetes version this jar builds: its {@code go.mod}'s {@code k8s.io/kubernetes}. */
  public static String kubernetesVersion() {
    return GoModule.bundled().kubernetesVersion();
  }

  /** The folder the build goes to: {@code <store>/k8s/<version>-<os>-<arch>}. */
  public Path target() {
    return store.versionDir(module.kubernetesVersion(), platform);
  }

  /** What a build did: where the binaries are, and whether it built them or found them built. */
  public record Result(String version, Path dir, boolean built, Duration took) {}

  /**
   * Builds kube-apiserver and kubectl into {@link #target()} with etcd beside them, unless a
   * current build (or another complete install of the version) is there already.
   *
   * @param force rebuild even when the folder is current
   * @throws SourceBuildException naming what failed and how to fix it; the store is unchanged
   * @throws InterruptedException when interrupted: the build is stopped and the store unchanged
   */
  public Result build(boolean force) throws SourceBuildException, InterruptedException {
    long begin = System.nanoTime();
    Path target = target();
    if (!force) {
      Optional<Result> current = reuse(target, begin);
      if (current.isPresent()) {
        return current.get();
      }
    }
    Path go = findGo();
    String goVersion = checkGo(go);
    Path etcd = findEtcd();
    try {
      Files.createDirectories(store.root());
    } catch (IOException e) {
      throw new SourceBuildException("cannot create the envtest store " + store.root() + ": " + e);
    }
    synchronized (JVM_LOCK) { // another thread may have built it meanwhile: checked under the lock
      return buildLocked(target, go, goVersion, etcd, force, begin);
    }
  }

  @SuppressWarnings("try") // the lock is held by the try block, never read in it
  private Result buildLocked(
      Path target, Path go, String goVersion, Path etcd, boolean force, long begin)
      throws SourceBuildException, InterruptedException {
    String version = module.kubernetesVersion();
    try (FileChannel lockFile = openLock();
        FileLock lock = lockFile.lock()) {
      if (!force) { // another JVM may have built it while this one waited
        Optional<Result> current = reuse(target, begin);
        if (current.isPresent()) {
          return current.get();
        }
      }
      reapStaleWork();
      log.printf(
          "op-boot envtest: building kube-apiserver and kubectl v%s with %s (%s) into %s; a cold"
              + " build takes minutes and about 3 GB of Go caches%n",
          version, goVersion, go, target);
      buildInto(target, go, etcd);
      Duration took = Duration.ofNanos(System.nanoTime() - begin);
      log.printf(
          "op-boot envtest: kube-apiserver and kubectl v%s built in %d s, etcd -> %s, in %s%n",
          version, took.toSeconds(), etcd, target);
      return new Result(version, target, true, took);
    } catch (IOException e) {
      throw new SourceBuildException("cannot build into " + target + ": " + e);
    }
  }

  private Optional<Result> reuse(Path target, long begin)
      throws SourceBuildException, InterruptedException {
    if (!Files.isDirectory(target)) {
      return Optional.empty();
    }
    Path stampFile = target.resolve(STAMP);
    boolean ours = Files.exists(stampFile);
    if (ours && !stamp().equals(readStamp(stampFile))) {
      return Optional.empty(); // built from another module or recipe
    }
    if (ours
        && Executables.isExecutable(target.resolve("kube-apiserver"))
        && Executables.isExecutable(target.resolve("kubectl"))
        && !Executables.isExecutable(target.resolve("etcd"))) {
      linkEtcd(target, findEtcd()); // the etcd it linked to is gone: link the current one
    }
    if (EnvTestStore.missing(target).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        new Result(
            module.kubernetesVersion(),
            target,
            false,
            Duration.ofNanos(System.nanoTime() - begin)));
  }

  private void buildInto(Path target, Path go, Path etcd)
      throws IOException, SourceBuildException, InterruptedException {
    Path work = Files.createTempDirectory(store.root(), WORK_PREFIX + module.kubernetesVersion());
    LoggedProcess[] running = new LoggedProcess[1];
    Thread cleanup =
        new Thread(
            () -> {
              LoggedProcess process = running[0];
              if (process != null) {
                process.kill();
              }
              deleteQuietly(work);
            },
            "op-boot-envtest-build-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      Path moduleDir = work.resolve("module");
      module.writeTo(moduleDir);
      Path out = Files.createDirectory(work.resolve("out"));
      running[0] = LoggedProcess.start(goBuild(go, out), moduleDir, goEnv(), log, "");
      int code = running[0].await();
      running[0] = null;
      if (code != 0) {
        throw new SourceBuildException(
            "go build of kube-apiserver and kubectl v"
                + module.kubernetesVersion()
                + " failed (exit code "
                + code
                + ", Go's output is above); the store "
                + store.root()
                + " is unchanged");
      }
      checkBuilt(out);
      linkEtcd(out, etcd);
      Files.writeString(out.resolve(STAMP), stamp() + "\n");
      publish(out, target);
    } finally {
      LoggedProcess process = running[0];
      if (process != null) {
        process.kill();
      }
      deleteQuietly(work);
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook runs anyway, and finds nothing left to do
      }
    }
  }

  private List<String> goBuild(Path go, Path out) {
    List<String> command = new ArrayList<>();
    Executables.onPath("nice", env)
        .ifPresent(nice -> command.addAll(List.of(nice.toString(), "-n", "10")));
    command.addAll(
        List.of(
            go.toString(),
            "build",
            "-mod=readonly",
            "-trimpath",
            "-ldflags",
            ldflags(),
            "-o",
            out + "/",
            "k8s.io/kubernetes/cmd/kube-apiserver",
            "k8s.io/kubernetes/cmd/kubectl"));
    return command;
  }

  /** Never another toolchain, no C: the binaries run on any Linux of the architecture. */
  private static Map<String, String> goEnv() {
    return Map.of("GOTOOLCHAIN", "local", "CGO_ENABLED", "0");
  }

  /** The version stamped in as Kubernetes' release builds stamp it, stripped of symbols. */
  String ldflags() {
    KubeVersion version = KubeVersion.parse(module.kubernetesVersion());
    StringBuilder flags = new StringBuilder("-s -w");
    for (String pkg : List.of("k8s.io/component-base/version", "k8s.io/client-go/pkg/version")) {
      flags
          .append(" -X ")
          .append(pkg)
          .append(".gitVersion=v")
          .append(version)
          .append(" -X ")
          .append(pkg)
          .append(".gitMajor=")
          .append(version.major())
          .append(" -X ")
          .append(pkg)
          .append(".gitMinor=")
          .append(version.minor())
          .append(" -X ")
          .append(pkg)
          .append(".gitTreeState=clean");
    }
    return flags.toString();
  }

  private String stamp() {
    return module.stamp("CGO_ENABLED=0 -mod=readonly -trimpath " + ldflags());
  }

  private static String readStamp(Path file) throws SourceBuildException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new SourceBuildException("cannot read " + file + ": " + e);
    }
  }

  // ---- the tools ------------------------------------------------------------------------------

  private Path findGo() throws SourceBuildException {
    Optional<Path> go = Executables.onPath("go", env);
    if (go.isEmpty() && Executables.isExecutable(systemGo)) {
      go = Optional.of(systemGo);
    }
    return go.orElseThrow(
        () ->
            new SourceBuildException(
                "Go is missing: kube-apiserver and kubectl v"
                    + module.kubernetesVersion()
                    + " are built from source with Go 1."
                    + module.minGoMinor()
                    + " or newer. Install Go (https://go.dev/doc/install), put 'go' on PATH and"
                    + " run again, or download the binaries instead: 'op-boot envtest use'"));
  }

  private String checkGo(Path go) throws SourceBuildException, InterruptedException {
    String output = run(List.of(go.toString(), "env", "GOVERSION"), goEnv()).strip();
    Matcher m = GO_VERSION.matcher(output);
    if (!m.matches() || Integer.parseInt(m.group(1)) < module.minGoMinor()) {
      throw new SourceBuildException(
          "Go 1."
              + module.minGoMinor()
              + " or newer is needed to build kube-apiserver v"
              + module.kubernetesVersion()
              + ", but "
              + go
              + " is '"
              + output
              + "': install a newer Go (https://go.dev/doc/install) and put it first on PATH");
    }
    return output;
  }

  private Path findEtcd() throws SourceBuildException, InterruptedException {
    String configured = env.apply("ETCD_BIN");
    if (configured != null && !configured.isBlank()) {
      Path etcd = Path.of(configured.strip()).toAbsolutePath();
      if (!Executables.isExecutable(etcd)) {
        throw new SourceBuildException(
            "ETCD_BIN="
                + configured
                + " is not an executable file: point it at an etcd 3.4+ binary, or unset it to"
                + " use "
                + systemEtcd
                + " or etcd on PATH");
      }
      return etcd;
    }
    if (Executables.isExecutable(systemEtcd)) {
      return systemEtcd;
    }
    Optional<Path> onPath = Executables.onPath("etcd", env);
    if (onPath.isPresent()) {
      return onPath.get().toAbsolutePath();
    }
    if (mayInstallEtcd) {
      log.println("op-boot envtest: etcd is missing; installing Debian's etcd-server with apt-get");
      Map<String, String> apt = Map.of("DEBIAN_FRONTEND", "noninteractive");
      runLogged(List.of("apt-get", "update", "-q"), apt);
      runLogged(List.of("apt-get", "install", "-y", "-q", "etcd-server"), apt);
      if (Executables.isExecutable(systemEtcd)) {
        return systemEtcd;
      }
      throw new SourceBuildException(
          "apt-get installed etcd-server, but " + systemEtcd + " is still missing");
    }
    throw new SourceBuildException(
        "etcd is missing: kube-apiserver needs etcd 3.4 or newer, and none is at "
            + systemEtcd
            + " or on PATH. Install it (Debian, Ubuntu: 'sudo apt-get install etcd-server';"
            + " macOS: 'brew install etcd'; else a release of https://github.com/etcd-io/etcd)"
            + " or set ETCD_BIN to an etcd binary, then run again");
  }

  private void runLogged(List<String> command, Map<String, String> extraEnv)
      throws SourceBuildException, InterruptedException {
    try {
      int code = LoggedProcess.start(command, null, extraEnv, log, "").await();
      if (code != 0) {
        throw new SourceBuildException(
            String.join(" ", command) + " failed (exit code " + code + ", its output is above)");
      }
    } catch (IOException e) {
      throw new SourceBuildException("cannot run " + command.get(0) + ": " + e);
    }
  }

  /** Runs a short command and returns its output (stdout and stderr). */
  private static String run(List<String> command, Map<String, String> extraEnv)
      throws SourceBuildException, InterruptedException {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().putAll(extraEnv);
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(CHECK_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new SourceBuildException(String.join(" ", command) + " did not end in time");
      }
      String text = new String(output, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new SourceBuildException(
            String.join(" ", command)
                + " failed (exit code "
                + process.exitValue()
                + "): "
                + text.strip());
      }
      return text;
    } catch (IOException e) {
      throw new SourceBuildException("cannot run " + command.get(0) + ": " + e);
    }
  }

  // ---- the result -----------------------------------------------------------------------------

  private void checkBuilt(Path out) throws SourceBuildException, InterruptedException {
    String expected = "Kubernetes v" + module.kubernetesVersion();
    Path apiServer = out.resolve("kube-apiserver");
    Path kubectl = out.resolve("kubectl");
    for (Path binary : List.of(apiServer, kubectl)) {
      if (!Executables.isExecutable(binary)) {
        throw new SourceBuildException(
            "go build ended without error but wrote no executable " + binary.getFileName());
      }
    }
    String got = run(List.of(apiServer.toString(), "--version"), Map.of()).strip();
    if (!got.equals(expected)) {
      throw new SourceBuildException(
          "the built kube-apiserver reports '" + got + "', expected '" + expected + "'");
    }
    run(List.of(kubectl.toString(), "version", "--client"), Map.of());
  }

  private static void linkEtcd(Path dir, Path etcd) throws SourceBuildException {
    Path link = dir.resolve("etcd");
    Path tmp = dir.resolve(".etcd.tmp." + ProcessHandle.current().pid());
    try {
      Files.deleteIfExists(tmp);
      Files.createSymbolicLink(tmp, etcd);
      Files.move(tmp, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new SourceBuildException("cannot link " + link + " to " + etcd + ": " + e);
    }
  }

  /** Moves the complete folder into place, replacing an outdated one. */
  private void publish(Path out, Path target) throws IOException, SourceBuildException {
    Files.createDirectories(target.getParent());
    if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Path old = Files.createTempDirectory(store.root(), WORK_PREFIX + "old-");
      Files.move(target, old.resolve("dir"), StandardCopyOption.ATOMIC_MOVE);
      deleteQuietly(old);
    }
    try {
      Files.move(out, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
      throw new SourceBuildException("cannot move the build into " + target + ": " + e);
    }
  }

  /** Removes what builds killed outright (no shutdown hook ran) left in the store. */
  private void reapStaleWork() {
    Instant before = Instant.now().minus(STALE_WORK);
    try (Stream<Path> entries = Files.list(store.root())) {
      entries
          .filter(p -> p.getFileName().toString().startsWith(WORK_PREFIX))
          .filter(p -> modifiedBefore(p, before))
          .forEach(SourceBuild::deleteQuietly);
    } catch (IOException e) {
      // nothing to reap, or nothing that can be: the build itself will say if the store is unusable
    }
  }

  private static boolean modifiedBefore(Path path, Instant before) {
    try {
      FileTime time = Files.getLastModifiedTime(path);
      return time.toInstant().isBefore(before);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * One build per store at a time, across JVMs: a lock file outside the store (so that the store
   * holds nothing but versions), in the temporary folder, named after the store.
   */
  private FileChannel openLock() throws IOException {
    String name =
        "op-boot-envtest-build-"
            + Integer.toHexString(store.root().toString().hashCode())
            + ".lock";
    Path file = lockDir.resolve(name);
    return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
  }

  static void deleteQuietly(Path path) {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(path)) {
      all.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException | UncheckedIOException e) {
      // best effort: a leftover is reaped by a later build
    }
  }
}
