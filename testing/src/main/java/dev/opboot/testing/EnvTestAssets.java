package dev.opboot.testing;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The folder of binaries the harness runs, named by {@code KUBEBUILDER_ASSETS} (the envtest
 * convention): {@code kube-apiserver}, {@code etcd} and {@code kubectl}. {@code envtest/provision}
 * builds it and prints the {@code export KUBEBUILDER_ASSETS=...} line.
 */
public final class EnvTestAssets {

  /** The environment variable, and the system property that overrides it. */
  public static final String VARIABLE = "KUBEBUILDER_ASSETS";

  /** What to do when the assets are missing. */
  public static final String PROVISION_HINT = "run envtest/provision and export the line it prints";

  /** Why a test that needs the API server is skipped when {@link #VARIABLE} is not set. */
  public static final String NOT_SET_MESSAGE = VARIABLE + " is not set: " + PROVISION_HINT;

  private final Path dir;

  private EnvTestAssets(Path dir) {
    this.dir = dir;
  }

  /**
   * The configured folder: the system property {@value #VARIABLE} if set and not blank, else the
   * environment variable of that name; empty when neither is set.
   *
   * @param env looks up an environment variable ({@code System::getenv})
   * @param systemProperties looks up a system property ({@code System::getProperty})
   */
  public static Optional<String> configured(
      UnaryOperator<String> env, UnaryOperator<String> systemProperties) {
    String property = systemProperties.apply(VARIABLE);
    if (property != null && !property.isBlank()) {
      return Optional.of(property.strip());
    }
    String variable = env.apply(VARIABLE);
    if (variable != null && !variable.isBlank()) {
      return Optional.of(variable.strip());
    }
    return Optional.empty();
  }

  /** The folder this JVM is configured with, checked; empty when {@value #VARIABLE} is not set. */
  public static Optional<EnvTestAssets> fromEnvironment() {
    return configured(System::getenv, System::getProperty).map(EnvTestAssets::of);
  }

  /**
   * The folder {@code dir}, checked to hold the three executables.
   *
   * @throws IllegalStateException naming what is missing and how to provision it
   */
  public static EnvTestAssets of(String dir) {
    Objects.requireNonNull(dir, "dir");
    Path path;
    try {
      path = Path.of(dir).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new IllegalStateException(
          VARIABLE + "=" + dir + " is not a path: " + PROVISION_HINT, e);
    }
    return of(path);
  }

  /**
   * The folder {@code dir}, checked to hold the three executables.
   *
   * @throws IllegalStateException naming what is missing and how to provision it
   */
  public static EnvTestAssets of(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(VARIABLE + "=" + dir + " is not a folder: " + PROVISION_HINT);
    }
    EnvTestAssets assets = new EnvTestAssets(dir);
    for (Path binary : new Path[] {assets.kubeApiServer(), assets.etcd(), assets.kubectl()}) {
      if (!Files.isRegularFile(binary) || !Files.isExecutable(binary)) {
        throw new IllegalStateException(
            VARIABLE
                + "="
                + dir
                + " has no executable "
                + binary.getFileName()
                + ": "
                + PROVISION_HINT);
      }
    }
    return assets;
  }

  public Path dir() {
    return dir;
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
    return VARIABLE + "=" + dir;
  }
}
