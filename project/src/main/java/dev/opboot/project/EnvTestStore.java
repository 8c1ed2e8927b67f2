package dev.opboot.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Where {@code --verify} finds etcd and kube-apiserver: the folder {@code KUBEBUILDER_ASSETS} names
 * (the envtest convention), else the newest Kubernetes version in op-boot's envtest store, the
 * cache {@code envtest/provision} fills ({@code $OP_BOOT_CACHE/envtest/<version>}, default {@code
 * ~/.cache/op-boot}).
 */
final class EnvTestStore {
  static final String VARIABLE = "KUBEBUILDER_ASSETS";

  /** How to get the assets, said whenever they are missing. */
  static final String HINT =
      "provision them with 'eval \"$(envtest/provision)\"' in op-boot's source tree (it builds"
          + " kube-apiserver, installs etcd and prints the export of "
          + VARIABLE
          + "), or set "
          + VARIABLE
          + " to a folder holding etcd and kube-apiserver";

  private EnvTestStore() {}

  /**
   * The assets folder.
   *
   * @param env looks up an environment variable ({@code System::getenv})
   * @param flag the flag that needs them, for the message
   * @throws CommandFailedException when there is none, naming what was looked at and the hint
   */
  static Path find(UnaryOperator<String> env, String flag) throws CommandFailedException {
    String configured = env.apply(VARIABLE);
    if (configured != null && !configured.isBlank()) {
      Path dir = Path.of(configured.strip());
      Optional<String> missing = missing(dir);
      if (missing.isPresent()) {
        throw new CommandFailedException(
            flag
                + " needs a real API server, but "
                + VARIABLE
                + "="
                + dir
                + " "
                + missing.get()
                + ": "
                + HINT
                + ".");
      }
      return dir;
    }
    String cache = env.apply("OP_BOOT_CACHE");
    Path store =
        (cache != null && !cache.isBlank()
                ? Path.of(cache.strip())
                : Path.of(System.getProperty("user.home"), ".cache", "op-boot"))
            .resolve("envtest");
    return newest(store)
        .orElseThrow(
            () ->
                new CommandFailedException(
                    flag
                        + " needs a real API server, but "
                        + VARIABLE
                        + " is not set and op-boot's envtest store "
                        + store
                        + " holds no kube-apiserver and etcd: "
                        + HINT
                        + "."));
  }

  private static Optional<Path> newest(Path store) {
    if (!Files.isDirectory(store)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(store)) {
      return versions
          .filter(dir -> dir.getFileName().toString().matches("\\d+\\.\\d+\\.\\d+"))
          .filter(dir -> missing(dir).isEmpty())
          .max(Comparator.comparing(EnvTestStore::versionKey));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String versionKey(Path dir) {
    StringBuilder key = new StringBuilder();
    for (String part : dir.getFileName().toString().split("\\.")) {
      key.append(String.format("%06d", Integer.parseInt(part)));
    }
    return key.toString();
  }

  /** What {@code dir} lacks to run a server, or empty. */
  private static Optional<String> missing(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Optional.of("is not a folder");
    }
    for (String binary : List.of("kube-apiserver", "etcd")) {
      Path file = dir.resolve(binary);
      if (!Files.isRegularFile(file) || !Files.isExecutable(file)) {
        return Optional.of("has no executable " + binary);
      }
    }
    return Optional.empty();
  }
}
