package dev.opboot.cli;

import dev.opboot.generate.Generation;
import dev.opboot.generate.crd.CrdGenerator;
import dev.opboot.project.CommandFailedException;
import dev.opboot.project.VerifyServer;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code generate crd --verify}: a flag of the command rather than an option of the generator,
 * because it starts etcd and kube-apiserver, which the generator and the Maven plugin stay free of.
 */
final class VerifyOption {
  @Option(
      names = VerifyServer.FLAG,
      order = 14,
      description =
          "Also dry-run create every generated CRD on a throw-away kube-apiserver (from"
              + " KUBEBUILDER_ASSETS or the store 'op-boot envtest use' fills; a few seconds to start) and report"
              + " its refusals at the Java source. Without the assets it fails with how to"
              + " provision them.")
  boolean verify;

  /** The server --verify asks for, started; null without --verify. */
  VerifyServer start() throws CommandFailedException {
    return verify ? VerifyServer.start(System::getenv) : null;
  }

  /** {@code tasks} with the CRD generator's CRDs also judged by {@code server}, when not null. */
  static List<Generation.Task> verifiedOn(VerifyServer server, List<Generation.Task> tasks) {
    return server == null ? tasks : CrdGenerator.judgedBy(server, tasks);
  }

  /** What the server's failure to answer means for the user. */
  static CommandFailedException failed(java.io.UncheckedIOException e) {
    return new CommandFailedException(
        VerifyServer.FLAG + ": the API server could not be asked: " + e.getCause().getMessage());
  }
}
