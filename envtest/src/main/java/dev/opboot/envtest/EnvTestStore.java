package dev.opboot.envtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
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

  /** The complete installs for {@code platform}, newest first. */
  public List<Installed> installed(Platform platform) {
    Path k8s = root.resolve("k8s");
    if (!Files.isDirectory(k8s)) {
      return List.of();
    }
    String suffix = "-" + platform.os() + "-" + platform.arch();
    try (Stream<Path> dirs = Files.list(k8s)) {
      return dirs.filter(dir -> dir.getFileName().toString().endsWith(suffix))
          .map(
              dir -> {
                String name = dir.getFileName().toString();
                return new Installed(name.substring(0, name.length() - suffix.length()), dir);
              })
          .filter(installed -> KubeVersion.isVersion(installed.version()))
          .filter(installed -> missing(installed.dir()).isEmpty())
          .sorted(Comparator.comparing((Installed i) -> KubeVersion.parse(i.version())).reversed())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + k8s, e);
    }
  }

  /**
   * The newest complete install of {@code version} or of a version it selects (see {@link
   * KubeVersion#selects}).
   */
  public Optional<Installed> find(String selector, Platform platform) {
    return installed(platform).stream()
        .filter(installed -> KubeVersion.selects(selector, installed.version()))
        .findFirst();
  }

  /**
   * What {@code dir} lacks to run a server, or empty when it holds every one of {@link #BINARIES}
   * as an executable file.
   */
  public static Optional<String> missing(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Optional.of("is not a folder");
    }
    for (String binary : BINARIES) {
      Path file = dir.resolve(binary);
      if (!Files.isRegularFile(file) || !Files.isExecutable(file)) {
        return Optional.of("has no executable " + binary);
      }
    }
    return Optional.empty();
  }

  /** A complete version folder of the store. */
  public record Installed(String version, Path dir) {}
}
