package dev.opboot.envtest;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code op-boot envtest use}: the version a selector names, from the store when an install matches
 * (without touching the network), else installed. A selector that asks for the newest ({@code
 * latest}, a trailing {@code !}) asks the installer which version that is first, and still uses the
 * store when that version (or a newer one) is installed.
 */
public final class EnvTestUse {
  private final EnvTestStore store;
  private final Platform platform;

  public EnvTestUse(EnvTestStore store, Platform platform) {
    this.store = store;
    this.platform = platform;
  }

  /**
   * The install to use.
   *
   * @param installer how to install when nothing installed matches; {@code null} for {@code
   *     --installed-only}. A supplier, so that nothing is set up (no index fetched) when the store
   *     has a match.
   * @throws EnvTestException when nothing matches and nothing can be installed
   */
  public Result use(VersionSelector selector, Supplier<Installer> installer)
      throws EnvTestException {
    if (platform.isWildcard()) {
      throw EnvTestException.badInput(
          "'use' needs one platform, not " + platform + ": name one with --os and --arch");
    }
    Optional<EnvTestStore.Installed> local = store.find(selector, platform);
    if (installer == null) {
      return local
          .map(found -> new Result(found, false))
          .orElseThrow(() -> nothingInstalled(selector));
    }
    if (local.isPresent() && !selector.checksIndex()) {
      return new Result(local.get(), false);
    }
    Installer chosen = installer.get();
    KubeVersion version;
    try {
      version = chosen.resolve(selector, platform);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw EnvTestException.failed("interrupted while reading " + chosen.describe(), e);
    }
    if (local.isPresent() && KubeVersion.parse(local.get().version()).compareTo(version) >= 0) {
      return new Result(local.get(), false);
    }
    return new Result(store.install(version, platform, chosen), true);
  }

  private EnvTestException nothingInstalled(VersionSelector selector) {
    String installed =
        store.installed(platform).stream()
            .map(EnvTestStore.Installed::version)
            .reduce((a, b) -> a + ", " + b)
            .map(list -> " (installed there: " + list + ")")
            .orElse("");
    return EnvTestException.badInput(
        "no Kubernetes "
            + selector
            + " for "
            + platform
            + " is installed in "
            + store.root()
            + installed
            + ". Install it with 'op-boot envtest use "
            + selector
            + "' (without --installed-only), or see what is there with 'op-boot envtest list"
            + " --installed-only'");
  }

  /**
   * What {@code use} found.
   *
   * @param installed now installed in the store
   * @param fresh whether this run installed it
   */
  public record Result(EnvTestStore.Installed installed, boolean fresh) {}
}
