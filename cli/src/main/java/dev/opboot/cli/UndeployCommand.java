package dev.opboot.cli;

import dev.opboot.project.ClusterObjects;
import dev.opboot.project.InstallBundle;
import dev.opboot.project.Kubectl;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code op-boot undeploy}: removes exactly the objects {@code op-boot deploy} applies, and nothing
 * else, in reverse order so the manager stops before the CRDs it watches go away.
 */
@Command(
    name = "undeploy",
    sortOptions = false,
    header = "Remove from the cluster what 'op-boot deploy' installed.",
    description =
        "Deletes the objects of dist/install.yaml (with the same --namespace as deploy), the manager"
            + " first and the CRDs (with every custom resource of theirs) and namespace last, and says which it"
            + " deleted and which were already gone.",
    footerHeading = "%nExamples:%n",
    footer = {"  op-boot undeploy", "  op-boot undeploy --namespace operators --no-wait"})
final class UndeployCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Mixin ClusterOptions cluster;

  @Option(
      names = "--namespace",
      paramLabel = "NAMESPACE",
      order = 1,
      description = "The namespace given to 'op-boot deploy', if any.")
  String namespace;

  @Option(
      names = "--wait",
      order = 2,
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Wait until every object is gone, finalizers included (default: true).")
  boolean waitForDeletion;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      order = 3,
      defaultValue = "5m",
      description = "How long to wait with --wait, as kubectl reads it: 90s, 5m (default: 5m).")
  String timeout;

  @Mixin ProjectDirOption project;

  @Override
  public Integer call() throws Exception {
    Path project = this.project.root(spec);
    if (!timeout.matches("\\d+(ms|s|m|h)")) {
      throw new dev.opboot.core.BadInputException(
          "--timeout",
          "--timeout must be a duration such as 90s or 5m," + " not '" + timeout + "'.");
    }
    DeployCommand.Manifests manifests =
        DeployCommand.Manifests.prepare(
            project,
            cluster,
            null,
            namespace,
            "undeploy",
            "delete the objects of dist/install.yaml");
    Kubectl kubectl = manifests.kubectl();
    Path manifest = manifests.file();
    PrintWriter out = spec.commandLine().getOut();
    List<String> documents =
        new ArrayList<>(
            InstallBundle.documents(Files.readString(manifest, StandardCharsets.UTF_8)));
    Collections.reverse(documents);
    Files.writeString(manifest, String.join("---\n", documents), StandardCharsets.UTF_8);

    String where = kubectl.checkReachable();
    out.println("Removing the objects of " + InstallBundle.PATH + " from " + where);
    Map<String, String> before = ClusterObjects.existing(kubectl, manifest);
    kubectl
        .command(
            "delete",
            "-f",
            manifest.toString(),
            "--ignore-not-found",
            "--wait=" + waitForDeletion,
            "--timeout=" + (waitForDeletion ? timeout : "0s"))
        .run(null);
    for (String key : ClusterObjects.keys(documents)) {
      out.printf("  %-14s %s%n", before.containsKey(key) ? "deleted" : "already gone", key);
    }
    out.println(
        waitForDeletion
            ? "Undeployed."
            : "Deletion requested; objects with finalizers may take a while to go.");
    out.flush();
    return ExitCodes.OK;
  }
}
