package dev.opboot.envtest;

/**
 * No usable etcd and kube-apiserver where {@link AssetsLocator} looks, for a command that cannot do
 * without them ({@code --verify}, {@code op-boot.crd.verify}); the message names what asked, what
 * was looked at and how to install them.
 */
public final class MissingAssetsException extends Exception {
  private static final long serialVersionUID = 1L;

  MissingAssetsException(String message) {
    super(message);
  }
}
