package dev.opboot.cli;

import dev.opboot.core.BadInputException;
import dev.opboot.envtest.EnvTestStore;
import dev.opboot.envtest.Platform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Where {@code op-boot envtest} keeps the binaries, and for which platform. */
final class EnvtestOptions {
  @Option(
      names = "--bin-dir",
      paramLabel = "DIR",
      order = 20,
      description =
          "The store (default: setup-envtest's, ~/.local/share/kubebuilder-envtest on Linux, so"
              + " that both tools share it). Versions live in DIR/k8s/<version>-<os>-<arch>.")
  String binDir;

  @Option(
      names = "--os",
      paramLabel = "OS",
      order = 21,
      description =
          "The operating system, as Go names it (default: this machine's: linux, darwin, windows).")
  String os;

  @Option(
      names = "--arch",
      paramLabel = "ARCH",
      order = 22,
      description =
          "The CPU architecture, as Go names it (default: this machine's: amd64, arm64, ...).")
  String arch;

  /** The store --bin-dir names, relative paths resolved against op-boot's working folder. */
  EnvTestStore store(CommandSpec spec) {
    if (binDir == null) {
      return EnvTestStore.defaultStore();
    }
    Path working = ((OpBoot) spec.root().userObject()).workingDirectory();
    return EnvTestStore.at(working.resolve(binDir).normalize());
  }

  /**
   * The platform --os and --arch name, this machine's where not given.
   *
   * @throws BadInputException when one is no name Go could give (each problem named)
   */
  Platform platform() throws BadInputException {
    List<String> problems = new ArrayList<>();
    if (os != null && !Platform.isName(os)) {
      problems.add(
          "--os '" + os + "' is not an operating system as Go names them: linux, darwin, windows");
    }
    if (arch != null && !Platform.isName(arch)) {
      problems.add(
          "--arch '" + arch + "' is not a CPU architecture as Go names them: amd64, arm64, ...");
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(String.join("; ", problems));
    }
    Platform current = Platform.current();
    return new Platform(os == null ? current.os() : os, arch == null ? current.arch() : arch);
  }
}
