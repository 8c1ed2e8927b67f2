package dev.opboot.testing;

import dev.opboot.envtest.AssetsLocator;
import dev.opboot.envtest.EnvTestStore;
import dev.opboot.envtest.SourceBuild;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * The folder of binaries the harness runs: {@code kube-apiserver}, {@code etcd} and {@code
 * kubectl}, found by {@link AssetsLocator} ({@code KUBEBUILDER_ASSETS}, then the project's pinned
 * version in setup-envtest's store, then the newest there, then kube-api-test's cache).
 *
 * <p>When none is found, tests that need them are skipped, and the build's console shows one line
 * on the test JVM's stderr ending with {@value #HINT} (JUnit's skip reasons reach only the test
 * reports). They fail instead when {@code -D}{@value #REQUIRED_PROPERTY}{@code =true} or the
 * environment has {@code CI=true}. With {@code -D}{@value #PROVISION_PROPERTY}{@code =from-source}
 * (op-boot's own build sets it) the binaries are built from source into the store when {@code
 * KUBEBUILDER_ASSETS} does not name them ({@link SourceBuild}, cached there).
 */
public final class EnvTestAssets {

  /** The environment variable, and the system property that overrides it. */
  public static final String VARIABLE = AssetsLocator.VARIABLE;

  /** What to do when the assets are missing. */
  public static final String HINT =
      "run 'op-boot envtest use' to install kube-apiserver and etcd for the integration tests";

  /** {@code from-source}: build the binaries when none are named ({@link SourceBuild}). */
  public static final String PROVISION_PROPERTY = "op-boot.envtest.provision";

  /** {@code true}: missing binaries fail the tests instead of skipping them. */
  public static final String REQUIRED_PROPERTY = "op-boot.envtest.required";

  private static AssetsSearch.Outcome outcome; // guarded by EnvTestAssets.class

  private final Path dir;
  private final String how;

  EnvTestAssets(Path dir, String how) {
    this.dir = dir;
    this.how = how;
  }

  /**
   * The binaries of this test JVM, looked for (and, when asked, built) once per JVM.
   *
   * @return empty when there are none and the tests that need them may be skipped ({@link
   *     #missingMessage()} says why)
   * @throws IllegalStateException when a setting names binaries that are not usable, a build from
   *     source failed, or none were found and they are required
   */
  public static Optional<EnvTestAssets> find() {
    return outcome().assets();
  }

  /** Why {@link #find()} found nothing: where it looked, and {@value #HINT}. */
  public static String missingMessage() {
    return outcome().missing();
  }

  /**
   * The binaries, or the calling test is skipped (aborted, as by {@code assumeTrue}) with {@link
   * #missingMessage()}; fails as {@link #find()} does.
   */
  public static EnvTestAssets assumeFound() {
    return find().orElseThrow(() -> new TestAbortedException(missingMessage()));
  }

  private static synchronized AssetsSearch.Outcome outcome() {
    if (outcome == null) {
      outcome =
          new AssetsSearch(
                  AssetsLocator.ofThisJvm(),
                  System::getenv,
                  System::getProperty,
                  System.err,
                  store -> SourceBuild.into(store, System.err))
              .run();
    }
    return outcome.orThrow();
  }

  /**
   * The folder {@code dir}, checked to hold the three executables.
   *
   * @throws IllegalStateException naming what is missing and how to get it
   */
  public static EnvTestAssets of(String dir) {
    Objects.requireNonNull(dir, "dir");
    try {
      return of(Path.of(dir).toAbsolutePath().normalize());
    } catch (InvalidPathException e) {
      throw new IllegalStateException(dir + " is not a path: " + HINT, e);
    }
  }

  /**
   * The folder {@code dir}, checked to hold the three executables.
   *
   * @throws IllegalStateException naming what is missing and how to get it
   */
  public static EnvTestAssets of(Path dir) {
    Optional<String> missing = EnvTestStore.missing(dir);
    if (missing.isPresent()) {
      throw new IllegalStateException(dir + " " + missing.get() + ": " + HINT);
    }
    return new EnvTestAssets(dir, "given");
  }

  public Path dir() {
    return dir;
  }

  /** Where the folder was found, e.g. {@code KUBEBUILDER_ASSETS}. */
  public String how() {
    return how;
  }

  public Path kubeApiServer() {
    return dir.resolve("kube-apiserver");
  }

  public Path etcd() {
    return dir.resolve("etcd");
  }

  public Path kubectl() {
    return dir.resolve("kubectl");
  }

  @Override
  public String toString() {
    return dir + " (" + how + ")";
  }
}
