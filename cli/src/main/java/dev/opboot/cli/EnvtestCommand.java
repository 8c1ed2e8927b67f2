package dev.opboot.cli;

import dev.opboot.core.BadInputException;
import dev.opboot.core.Versions;
import dev.opboot.envtest.EnvTestException;
import dev.opboot.envtest.VersionSelector;
import dev.opboot.project.CommandFailedException;
import java.io.UncheckedIOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;

/**
 * {@code op-boot envtest}: the etcd, kube-apiserver and kubectl binaries that tests against a real
 * API server need, installed into setup-envtest's store. The work is the envtest module's; these
 * commands read flags and print.
 */
@Command(
    name = "envtest",
    header = "Install and find the API server binaries (etcd, kube-apiserver, kubectl) for tests.",
    description = {
      "Downloads the binaries kubebuilder's setup-envtest downloads, from the same envtest releases"
          + " index, into the same store, so that both tools share them. Each archive's SHA-512 is"
          + " checked against the index before it is unpacked, and a version is moved into the"
          + " store only when complete. Tests find the binaries through KUBEBUILDER_ASSETS.",
      "",
      "VERSION is a selector, as setup-envtest reads them: 1.32.0; 1.32 (its newest patch); ~1.32.3;"
          + " <1.32 or <=1.32.3 (for cleanup); latest. A trailing ! (1.32!) looks in the index even"
          + " when a match is installed.",
      "",
      "Downloads go through the proxy the Java properties https.proxyHost/http.proxyHost name when"
          + " set, else the one HTTPS_PROXY (https_proxy) names, except for the hosts in NO_PROXY;"
          + " 127.0.0.1 and localhost never through a proxy."
    },
    subcommands = {
      EnvtestUseCommand.class,
      EnvtestListCommand.class,
      EnvtestPathCommand.class,
      EnvtestCleanupCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  op-boot envtest use                    # the version op-boot scaffolds for",
      "  eval \"$(op-boot envtest use -p env)\"   # and export KUBEBUILDER_ASSETS",
      "  op-boot envtest use 1.31 --installed-only",
      "  op-boot envtest list",
      "  op-boot envtest path",
      "  op-boot envtest cleanup '<1.32'"
    })
final class EnvtestCommand extends CommandGroup {

  /**
   * The default of a command's VERSION: the Kubernetes minor op-boot scaffolds projects for ({@code
   * scaffold.kubernetes.version} in the reactor pom), shown in the help.
   */
  static final class ScaffoldedVersion implements IDefaultValueProvider {
    @Override
    public String defaultValue(ArgSpec argument) {
      return argument.isPositional() && "VERSION".equals(argument.paramLabel())
          ? Versions.current().get("kubernetes")
          : null;
    }
  }

  /**
   * The selector {@code version} names.
   *
   * @throws BadInputException saying what selectors look like
   */
  static VersionSelector selector(String version) throws BadInputException {
    try {
      return VersionSelector.parse(version);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("VERSION", "VERSION " + e.getMessage());
    }
  }

  /** The envtest module's failure as op-boot reports it: bad input (exit 2) or failed (exit 1). */
  static Exception reported(EnvTestException failure) {
    return failure.badInput()
        ? new BadInputException(failure.getMessage(), failure)
        : new CommandFailedException(failure.getMessage());
  }

  /** A store that cannot be read or changed. */
  static Exception reported(UncheckedIOException failure) {
    return new CommandFailedException(
        failure.getMessage()
            + ". Check the folder's permissions, or choose another with --bin-dir");
  }
}
