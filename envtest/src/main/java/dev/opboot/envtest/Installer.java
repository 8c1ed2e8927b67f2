package dev.opboot.envtest;

import java.nio.file.Path;

/**
 * One way of getting the envtest binaries of a version into the store: downloaded from the releases
 * index ({@link IndexInstaller}), or built from source. {@link EnvTestStore#install} runs it in a
 * temporary folder and moves the folder into place only when complete, so that an installer need
 * not clean up after a failure.
 */
public interface Installer {

  /** Where it installs from, for messages: "the envtest releases index https://...". */
  String describe();

  /**
   * The version it would install for {@code selector} on {@code platform}: the newest it can
   * provide.
   *
   * @throws EnvTestException (bad input) when it cannot provide any version the selector selects
   */
  KubeVersion resolve(VersionSelector selector, Platform platform)
      throws EnvTestException, InterruptedException;

  /**
   * Puts etcd, kube-apiserver and kubectl of {@code version} for {@code platform} into {@code
   * into}, an empty folder of the store's file system.
   *
   * @param scratch where to make temporary files; they are deleted after the install, whatever
   *     happens
   * @throws EnvTestException when it cannot, saying why and what to do
   */
  void fill(KubeVersion version, Platform platform, Path into, Scratch scratch)
      throws EnvTestException, InterruptedException;

  /** Temporary files beside the store, deleted when the install ends. */
  interface Scratch {
    /** A new empty file whose name ends with {@code suffix}. */
    Path newFile(String suffix) throws EnvTestException;
  }
}
