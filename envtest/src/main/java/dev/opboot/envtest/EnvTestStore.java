package dev.opboot.envtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder of envtest binaries, laid out as setup-envtest lays out its store so that op-boot and
 * setup-envtest share one: {@code <root>/k8s/<version>-<os>-<arch>/{etcd,kube-apiserver,kubectl}}.
 * The root defaults to setup-envtest's: {@code $XDG_DATA_HOME/kubebuilder-envtest} (else {@code
 * ~/.local/share/kubebuilder-envtest}) on Linux, {@code ~/Library/Application
 * Support/io.kubebuilder.envtest} on macOS, {@code %LocalAppData%\kubebuilder-envtest} on Windows.
 */
public final class EnvTestStore {

  /** The binaries a complete version folder holds. */
  public static final List<String> BINARIES = List.of("etcd", "kube-apiserver", "kubectl");

  private final Path root;

  private EnvTestStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The store at {@code root} (the {@code --bin-dir} flag). */
  public static EnvTestStore at(Path root) {
    return new EnvTestStore(root);
  }

  /**
   * setup-envtest's default store for this machine.
   *
   * @param env looks up an environment variable ({@code System::getenv})
   * @param osName the JVM's {@code os.name}
   * @param home the user's home folder
   */
  public static EnvTestStore defaultStore(UnaryOperator<String> env, String osName, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String local = env.apply("LocalAppData");
      Path base =
          local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData/Local");
      return new EnvTestStore(base.resolve("kubebuilder-envtest"));
    }
    if (os.startsWith("mac")) {
      return new EnvTestStore(
          home.resolve("Library").resolve("Application Support").resolve("io.kubebuilder.envtest"));
    }
    String xdg = env.apply("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg.strip()) : home.resolve(".local/share");
    return new EnvTestStore(base.resolve("kubebuilder-envtest"));
  }

  /** The default store of this JVM's machine and user. */
  public static EnvTestStore defaultStore() {
    return defaultStore(
        System::getenv, System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
  }

  /** The store's root folder. */
  public Path root() {
    return root;
  }

  /** The folder of one version for one platform, whether installed or not. */
  public Path versionDir(String version, Platform platform) {
    return root.resolve("k8s").resolve(version + "-" + platform.os() + "-" + platform.arch());
  }

  /** The store's version folders: {@code <version>-<os>-<arch>}, as setup-envtest matches them. */
  private static final Pattern VERSION_DIR =
      Pattern.compile(
          "("
              + KubeVersion.NUMBER
              + "\\."
              + KubeVersion.NUMBER
              + "\\."
              + KubeVersion.NUMBER
              + ")-(\\w+)-(\\w+)");

  /**
   * Every version folder of the store for {@code platform} (which may hold wildcards), complete or
   * not, newest first, then by os and arch.
   */
  public List<Entry> entries(Platform platform) {
    Path k8s = root.resolve("k8s");
    if (!Files.isDirectory(k8s)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(k8s)) {
      return dirs.filter(Files::isDirectory)
          .map(EnvTestStore::entry)
          .flatMap(Optional::stream)
          .filter(entry -> platform.matches(entry.platform()))
          .sorted(
              Comparator.comparing(Entry::version)
                  .reversed()
                  .thenComparing(entry -> entry.platform().os())
                  .thenComparing(entry -> entry.platform().arch()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + k8s, e);
    }
  }

  private static Optional<Entry> entry(Path dir) {
    Matcher m = VERSION_DIR.matcher(dir.getFileName().toString());
    if (!m.matches()) {
      return Optional.empty();
    }
    Platform platform = new Platform(m.group(2), m.group(3));
    return Optional.of(
        new Entry(KubeVersion.parse(m.group(1)), platform, dir, missing(dir, platform)));
  }

  /** The complete installs for {@code platform}, newest first. */
  public List<Installed> installed(Platform platform) {
    return entries(platform).stream()
        .filter(entry -> entry.problem().isEmpty())
        .map(entry -> new Installed(entry.version().toString(), entry.dir()))
        .toList();
  }

  /** The newest complete install {@code selector} selects. */
  public Optional<Installed> find(VersionSelector selector, Platform platform) {
    return installed(platform).stream()
        .filter(installed -> selector.matches(KubeVersion.parse(installed.version())))
        .findFirst();
  }

  /**
   * Removes the version folders {@code selector} selects for {@code platform} (wildcards allowed),
   * complete or not, and returns them. Folders setup-envtest made read-only are made writable
   * first, as setup-envtest's own cleanup does.
   *
   * @throws UncheckedIOException when a folder cannot be removed (those removed before it are gone)
   */
  public List<Entry> remove(VersionSelector selector, Platform platform) {
    List<Entry> removed = new ArrayList<>();
    for (Entry entry : entries(platform)) {
      if (selector.matches(entry.version())) {
        Folders.deleteRecursively(entry.dir());
        removed.add(entry);
      }
    }
    return removed;
  }

  /**
   * Removes what installs killed before they could clean up left in the root ({@code .tmp-*} files
   * and folders not changed for {@code olderThan}, so that a running install keeps its own), and
   * returns them.
   */
  public List<Path> removeLeftovers(Duration olderThan) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    FileTime before = FileTime.from(Instant.now().minus(olderThan));
    List<Path> removed = new ArrayList<>();
    try (Stream<Path> entries = Files.list(root)) {
      for (Path entry : entries.sorted().toList()) {
        if (entry.getFileName().toString().startsWith(".tmp-")
            && Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0) {
          Folders.deleteRecursively(entry);
          removed.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
    return removed;
  }

  /**
   * What {@code dir} lacks to run a server, or empty when it holds every one of {@link #BINARIES}
   * as an executable file.
   */
  public static Optional<String> missing(Path dir) {
    return missing(dir, new Platform("linux", Platform.ANY));
  }

  /**
   * What {@code dir} lacks to run a server on {@code platform} (whose binaries end in {@code .exe}
   * on Windows), or empty when it holds every one of {@link #BINARIES} as an executable file.
   */
  public static Optional<String> missing(Path dir, Platform platform) {
    if (!Files.isDirectory(dir)) {
      return Optional.of("is not a folder");
    }
    for (String binary : BINARIES) {
      Path file = dir.resolve(platform.executable(binary));
      if (!Files.isRegularFile(file) || !Files.isExecutable(file)) {
        return Optional.of("has no executable " + platform.executable(binary));
      }
    }
    return Optional.empty();
  }

  /**
   * A version folder of the store.
   *
   * @param problem what it lacks to run a server (an interrupted install of another tool), or empty
   *     when complete
   */
  public record Entry(KubeVersion version, Platform platform, Path dir, Optional<String> problem) {}

  /**
   * Installs {@code version} for {@code platform} with {@code installer}, all or nothing (see
   * {@link AtomicInstall}): on any failure the store is left as it was.
   *
   * @throws EnvTestException when the installer or the disk fails, saying what to do
   */
  public Installed install(KubeVersion version, Platform platform, Installer installer)
      throws EnvTestException {
    if (platform.isWildcard()) {
      throw EnvTestException.badInput(
          "cannot install for " + platform + ": name one os (--os) and one arch (--arch)");
    }
    return new AtomicInstall(this, version, platform).run(installer);
  }

  /**
   * The shell line that points envtest at {@code dir}, as setup-envtest's {@code -p env} prints it:
   * {@code export KUBEBUILDER_ASSETS='<dir>'}, single-quoted so that any path survives.
   */
  public static String exportLine(Path dir) {
    return "export KUBEBUILDER_ASSETS='" + dir.toString().replace("'", "'\"'\"'") + "'";
  }

  /** A complete version folder of the store. */
  public record Installed(String version, Path dir) {}
}
