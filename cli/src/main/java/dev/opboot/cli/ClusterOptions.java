package dev.opboot.cli;

import picocli.CommandLine.Option;

/** The flag every command that talks to a cluster takes. */
final class ClusterOptions {
  @Option(
      names = "--kubeconfig",
      paramLabel = "FILE",
      order = 20,
      description =
          "The kubeconfig to use (default: KUBECONFIG, else ~/.kube/config), with its current context.")
  String kubeconfig;
}
