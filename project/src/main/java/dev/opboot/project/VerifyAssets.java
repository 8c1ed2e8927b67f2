package dev.opboot.project;

import dev.opboot.envtest.AssetsLocator;
import dev.opboot.envtest.MissingAssetsException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where {@code --verify} finds etcd and kube-apiserver: where the tests' harness finds them ({@link
 * AssetsLocator}: {@code KUBEBUILDER_ASSETS}, then setup-envtest's store, where {@code op-boot
 * envtest use} installs, then kube-api-test's cache).
 */
final class VerifyAssets {

  /** How to get the assets, said whenever they are missing. */
  static final String HINT = AssetsLocator.INSTALL_HINT;

  private VerifyAssets() {}

  /**
   * The assets folder.
   *
   * @param env looks up an environment variable ({@code System::getenv})
   * @param properties looks up a system property ({@code System::getProperty})
   * @param flag the flag that needs them, for the message
   * @throws CommandFailedException when there is none, naming what was looked at and the hint
   */
  static Path find(UnaryOperator<String> env, UnaryOperator<String> properties, String flag)
      throws CommandFailedException {
    try {
      return AssetsLocator.of(env, properties).require(flag);
    } catch (MissingAssetsException e) {
      throw new CommandFailedException(e.getMessage());
    }
  }
}
