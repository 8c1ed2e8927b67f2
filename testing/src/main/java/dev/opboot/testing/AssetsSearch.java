package dev.opboot.testing;

import dev.opboot.envtest.AssetsLocator;
import dev.opboot.envtest.EnvTestStore;
import dev.opboot.envtest.SourceBuild;
import dev.opboot.envtest.SourceBuildException;
import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What {@link EnvTestAssets#find()} decides, given the locator, the settings and where to say it:
 * the binaries found, or built from source when asked, or the skip (with one line on stderr, the
 * only place Maven's console shows for a skipped test), or a failure when they are required.
 */
final class AssetsSearch {
  private final AssetsLocator locator;
  private final UnaryOperator<String> env;
  private final UnaryOperator<String> properties;
  private final PrintStream err;
  private final Function<EnvTestStore, SourceBuild> sourceBuild;

  AssetsSearch(
      AssetsLocator locator,
      UnaryOperator<String> env,
      UnaryOperator<String> properties,
      PrintStream err,
      Function<EnvTestStore, SourceBuild> sourceBuild) {
    this.locator = locator;
    this.env = env;
    this.properties = properties;
    this.err = err;
    this.sourceBuild = sourceBuild;
  }

  /** The binaries, or why there are none, or the failure to report for every test that asks. */
  record Outcome(Optional<EnvTestAssets> assets, String missing, String failure) {
    Outcome orThrow() {
      if (failure != null) {
        throw new IllegalStateException(failure);
      }
      return this;
    }
  }

  Outcome run() {
    Optional<String> badProvision = badProvision();
    if (badProvision.isPresent()) {
      return failure(badProvision.get());
    }
    AssetsLocator.Result result = locator.locate();
    if (result instanceof AssetsLocator.Unusable unusable) {
      return failure(unusable.message() + ": fix it, or unset it and " + EnvTestAssets.HINT);
    }
    if (result instanceof AssetsLocator.Found found && found.named()) {
      return found(new EnvTestAssets(found.dir(), found.how()));
    }
    if (fromSource()) {
      return buildFromSource();
    }
    if (result instanceof AssetsLocator.Found found) {
      return found(new EnvTestAssets(found.dir(), found.how()));
    }
    String missing = ((AssetsLocator.NotFound) result).message() + ": " + EnvTestAssets.HINT;
    if (required()) {
      err.println("op-boot-testing: no kube-apiserver found: " + EnvTestAssets.HINT);
      return failure(
          missing
              + " (tests that need it may not be skipped: -D"
              + EnvTestAssets.REQUIRED_PROPERTY
              + "=true or CI=true)");
    }
    err.println(
        "op-boot-testing: no kube-apiserver found, tests that need one are skipped: "
            + EnvTestAssets.HINT);
    return new Outcome(Optional.empty(), missing, null);
  }

  private Outcome buildFromSource() {
    try {
      SourceBuild.Result built = sourceBuild.apply(locator.store()).build(false);
      return found(
          new EnvTestAssets(
              built.dir(),
              (built.built() ? "built from source just now" : "built from source earlier")
                  + ", "
                  + EnvTestAssets.PROVISION_PROPERTY
                  + "=from-source"));
    } catch (SourceBuildException e) {
      return failure(
          "cannot build kube-apiserver from source (-D"
              + EnvTestAssets.PROVISION_PROPERTY
              + "=from-source): "
              + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failure("interrupted while building kube-apiserver from source");
    }
  }

  private boolean fromSource() {
    String provision = properties.apply(EnvTestAssets.PROVISION_PROPERTY);
    return provision != null && provision.strip().equals("from-source");
  }

  private Optional<String> badProvision() {
    String provision = properties.apply(EnvTestAssets.PROVISION_PROPERTY);
    if (provision == null || provision.isBlank() || provision.strip().equals("from-source")) {
      return Optional.empty();
    }
    return Optional.of(
        "-D"
            + EnvTestAssets.PROVISION_PROPERTY
            + "="
            + provision
            + " is not a way to provision: the one there is, is from-source");
  }

  private boolean required() {
    return Boolean.parseBoolean(properties.apply(EnvTestAssets.REQUIRED_PROPERTY))
        || "true".equalsIgnoreCase(env.apply("CI"));
  }

  private static Outcome found(EnvTestAssets assets) {
    return new Outcome(Optional.of(assets), null, null);
  }

  private static Outcome failure(String message) {
    return new Outcome(Optional.empty(), null, message);
  }
}
