package dev.opboot.envtest;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the envtest binaries (etcd, kube-apiserver, kubectl) of a test run are, looked for in this
 * order:
 *
 * <ol>
 *   <li>{@code KUBEBUILDER_ASSETS}, the system property, then the environment variable (the envtest
 *       convention; a folder that is named but unusable is an error, not a reason to look further);
 *   <li>the project's pinned version in setup-envtest's store ({@link
 *       EnvTestStore#defaultStore()}): the system property {@value #VERSION_PROPERTY}, which a
 *       scaffolded project's pom sets for its tests from its {@code <op-boot.envtest.version>}
 *       property: a version ({@code 1.32.13}) or a minor ({@code 1.32}, its newest patch);
 *   <li>the newest version in that store;
 *   <li>kube-api-test's cache (fabric8's, {@code $KUBE_API_TEST_DIR}, default {@code
 *       ~/.kubeapitest}), laid out as the store is: {@code k8s/<version>-<os>-<arch>}; the pinned
 *       version first there too.
 * </ol>
 *
 * The result says where the binaries were found and why, or every place that was looked at.
 */
public final class AssetsLocator {

  /** The environment variable (and system property) that names the folder. */
  public static final String VARIABLE = "KUBEBUILDER_ASSETS";

  /** The system property that pins the project's Kubernetes version. */
  public static final String VERSION_PROPERTY = "op-boot.envtest.version";

  /** kube-api-test's setting for its folder; its default is {@code ~/.kubeapitest}. */
  public static final String KUBE_API_TEST_DIR = "KUBE_API_TEST_DIR";

  private final UnaryOperator<String> env;
  private final UnaryOperator<String> properties;
  private final Path home;
  private final String osName;
  private final Platform platform;

  AssetsLocator(
      UnaryOperator<String> env,
      UnaryOperator<String> properties,
      Path home,
      String osName,
      Platform platform) {
    this.env = env;
    this.properties = properties;
    this.home = home;
    this.osName = osName;
    this.platform = platform;
  }

  /** The locator of this JVM: its environment, system properties, home folder and platform. */
  public static AssetsLocator ofThisJvm() {
    return of(System::getenv, System::getProperty);
  }

  /** A locator reading {@code env} and {@code properties}, on this JVM's machine. */
  public static AssetsLocator of(UnaryOperator<String> env, UnaryOperator<String> properties) {
    return new AssetsLocator(
        env,
        properties,
        Path.of(System.getProperty("user.home")),
        System.getProperty("os.name"),
        Platform.current());
  }

  /** setup-envtest's store, where {@code op-boot envtest use} installs. */
  public EnvTestStore store() {
    return EnvTestStore.defaultStore(env, osName, home);
  }

  /** kube-api-test's cache. */
  public EnvTestStore kubeApiTestCache() {
    String dir = env.apply(KUBE_API_TEST_DIR);
    return EnvTestStore.at(
        dir != null && !dir.isBlank() ? Path.of(dir.strip()) : home.resolve(".kubeapitest"));
  }

  /** The pinned version ({@value #VERSION_PROPERTY}), if any. */
  public Optional<String> pinnedVersion() {
    return nonBlank(properties.apply(VERSION_PROPERTY));
  }

  /** The outcome of {@link #locate()}. */
  public sealed interface Result permits Found, Unusable, NotFound {}

  /**
   * The binaries are in {@code dir}.
   *
   * @param version the Kubernetes version, when the folder's name says it (a store's folder)
   * @param how where they were found, e.g. {@code KUBEBUILDER_ASSETS} or {@code the pinned version
   *     1.32 (op-boot.envtest.version) in setup-envtest's store /home/me/.local/share/...}
   */
  public record Found(Path dir, Optional<String> version, String how) implements Result {
    /** Whether {@code KUBEBUILDER_ASSETS} named the folder (rather than a store holding it). */
    public boolean named() {
      return how.endsWith(VARIABLE);
    }
  }

  /** A setting names binaries that are not usable: what is wrong, to fix rather than skip. */
  public record Unusable(String message) implements Result {}

  /** No binaries anywhere; {@code searched} says where and what was looked for, one per place. */
  public record NotFound(List<String> searched) implements Result {
    /** One line: {@code no kube-apiserver and etcd found (...; ...)}. */
    public String message() {
      return "no kube-apiserver and etcd found (" + String.join("; ", searched) + ")";
    }
  }

  /** How to get the binaries, said whenever a command that needs them finds none. */
  public static final String INSTALL_HINT =
      "run 'op-boot envtest use' to install them, or set "
          + VARIABLE
          + " to a folder holding etcd and kube-apiserver";

  /**
   * The folder of the binaries, for a command that cannot do without them.
   *
   * @param asker what needs them, as the user turned it on ({@code --verify}, {@code
   *     op-boot.crd.verify}), for the message
   * @throws MissingAssetsException naming what was looked at and {@link #INSTALL_HINT}
   */
  public java.nio.file.Path require(String asker) throws MissingAssetsException {
    Result result = locate();
    if (result instanceof Found found) {
      return found.dir();
    }
    String problem =
        result instanceof Unusable unusable ? unusable.message() : ((NotFound) result).message();
    throw new MissingAssetsException(
        asker + " needs a real API server, but " + problem + ": " + INSTALL_HINT + ".");
  }

  /** Looks in the documented order. */
  public Result locate() {
    Optional<Result> configured = configured();
    if (configured.isPresent()) {
      return configured.get();
    }
    Optional<String> pinnedText = pinnedVersion();
    Optional<VersionSelector> pinned;
    try {
      pinned = pinnedText.map(VersionSelector::parse);
    } catch (IllegalArgumentException e) {
      return new Unusable(VERSION_PROPERTY + "=" + pinnedText.get() + ": " + e.getMessage());
    }
    List<String> searched = new ArrayList<>();
    searched.add(VARIABLE + " is not set");
    for (Place place :
        List.of(
            new Place("setup-envtest's store", store()),
            new Place("kube-api-test's cache", kubeApiTestCache()))) {
      Optional<Found> found = place.find(pinned, platform, searched);
      if (found.isPresent()) {
        return found.get();
      }
    }
    return new NotFound(searched);
  }

  private Optional<Result> configured() {
    String property = properties.apply(VARIABLE);
    if (property != null && !property.isBlank()) {
      return Optional.of(folder("-D" + VARIABLE, property.strip()));
    }
    String variable = env.apply(VARIABLE);
    if (variable != null && !variable.isBlank()) {
      return Optional.of(folder(VARIABLE, variable.strip()));
    }
    return Optional.empty();
  }

  private static Result folder(String setting, String value) {
    Path dir;
    try {
      dir = Path.of(value).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return new Unusable(setting + "=" + value + " is not a path");
    }
    Optional<String> missing = EnvTestStore.missing(dir);
    if (missing.isPresent()) {
      return new Unusable(setting + "=" + dir + " " + missing.get());
    }
    return new Found(dir, Optional.empty(), setting);
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** A store-shaped folder: the pinned version there, else its newest. */
  private record Place(String name, EnvTestStore store) {
    Optional<Found> find(
        Optional<VersionSelector> pinned, Platform platform, List<String> searched) {
      String where = name + " " + store.root();
      List<EnvTestStore.Installed> installed = store.installed(platform);
      if (pinned.isPresent()) {
        Optional<EnvTestStore.Installed> match = store.find(pinned.get(), platform);
        if (match.isPresent()) {
          return Optional.of(
              found(
                  match.get(),
                  "the pinned version "
                      + pinned.get()
                      + " ("
                      + VERSION_PROPERTY
                      + ") in "
                      + where));
        }
      }
      if (!installed.isEmpty()) {
        String how =
            "the newest version in "
                + where
                + pinned.map(p -> ", which has no " + p + " (" + VERSION_PROPERTY + ")").orElse("");
        return Optional.of(found(installed.get(0), how));
      }
      searched.add(where + " holds no " + platform.os() + "-" + platform.arch() + " version");
      return Optional.empty();
    }

    private static Found found(EnvTestStore.Installed installed, String how) {
      return new Found(installed.dir(), Optional.of(installed.version()), how);
    }
  }
}
