package dev.opboot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.core.yaml.Yamls;
import dev.opboot.project.CommandFailedException;
import dev.opboot.project.ExternalCommand;
import dev.opboot.project.Kubectl;
import dev.opboot.project.OperatorProcess;
import dev.opboot.project.ProjectGeneration;
import dev.opboot.project.ProjectTools;
import dev.opboot.project.Steps;
import dev.opboot.scaffold.project.Project;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code op-boot run}: apiserver-boot's {@code run local} and kubebuilder's {@code make install
 * run}. The operator runs on the developer's machine against a real cluster, with leader election
 * off, until Ctrl-C, which stops it the way Kubernetes would (SIGTERM, then a grace period).
 */
@Command(
    name = "run",
    sortOptions = false,
    header = "Run the operator locally against the current kubeconfig's cluster, until Ctrl-C.",
    description = {
      "In an op-boot project: regenerates the CRDs and role, packages the operator (mvn package, without"
          + " tests), installs the CRDs into the cluster with server-side apply and waits until they are"
          + " established, then runs the operator from target/ with LEADER_ELECT=false until interrupted.",
      "Ctrl-C (SIGINT) or SIGTERM stops the operator cleanly and op-boot exits with 0."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  op-boot run", "  op-boot run --kubeconfig ~/.kube/kind --no-install"})
final class RunCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Mixin ClusterOptions cluster;

  @Option(names = "--no-install", order = 1, description = "Do not install or update the CRDs.")
  boolean noInstall;

  @Option(
      names = "--no-build",
      order = 2,
      description = "Run what target/ holds, without regenerating and packaging first.")
  boolean noBuild;

  @Option(
      names = {"-q", "--quiet"},
      order = 3,
      description = "Print only failures and the operator's own output.")
  boolean quiet;

  @Mixin ProjectDirOption project;

  @Override
  public Integer call() throws Exception {
    Path project = this.project.root(spec);
    Kubectl.kubeconfig(project, cluster.kubeconfig);
    Project model = ProjectTools.load(project);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter echo = ProjectDirOption.echo(spec);
    Kubectl kubectl =
        Kubectl.find(project, cluster.kubeconfig, "reach the cluster and install the CRDs");
    Path jar = ProjectTools.operatorJar(project, model);

    Steps steps = new Steps(out, quiet);
    if (!noBuild) {
      ProjectGeneration.addStep(
          steps, project, false, echo, ((OpBoot) spec.root().userObject()).generators());
      ExternalCommand packaging = ProjectTools.maven(project, "package", "-DskipTests");
      steps.add("Package the operator", List.of(packaging.display()), () -> packaging.run(echo));
    }
    steps.add(
        "Connect to the cluster",
        List.of("kubectl version"),
        () -> {
          String where = kubectl.checkReachable();
          if (!quiet) {
            out.println("      " + where);
          }
        });
    if (!noInstall) {
      Path crds = project.resolve("config/crd/bases");
      steps.add(
          "Install the CRDs",
          List.of("kubectl apply --server-side -f config/crd/bases"),
          () -> {
            if (!Files.isDirectory(crds)) {
              throw new CommandFailedException(
                  "config/crd/bases does not exist: create an API first with"
                      + " 'op-boot create api'.");
            }
            String applied =
                kubectl
                    .command(
                        "apply", "--server-side", "--field-manager=op-boot", "-f", crds.toString())
                    .run(null);
            kubectl
                .command(
                    "wait", "--for=condition=Established", "--timeout=60s", "-f", crds.toString())
                .run(null);
            if (!quiet) {
              applied.lines().forEach(line -> out.println("      " + line));
            }
          });
    }
    steps.run();

    if (!Files.isRegularFile(jar)) {
      throw new CommandFailedException(
          project.relativize(jar)
              + " does not exist: run without --no-build, or"
              + " 'mvn package' first.");
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString()));
    ExternalCommand operator = ExternalCommand.of(project, command).env("LEADER_ELECT", "false");
    if (Files.isRegularFile(project.resolve("config/webhook/manifests.yaml"))
        && System.getenv("ENABLE_WEBHOOKS") == null) {
      // the API server cannot call a process on this machine, which has no serving certificate
      // either: kubebuilder's users run 'make run' with this by hand
      operator.env("ENABLE_WEBHOOKS", "false");
      if (!quiet) {
        out.println(
            "The webhooks are off in this local run (ENABLE_WEBHOOKS=false): the API server cannot"
                + " call them here. Deploy to test them, or set ENABLE_WEBHOOKS=true with a"
                + " certificate in WEBHOOK_CERT_DIR.");
        List<String> converted = webhookConversions(project.resolve("config/crd/bases"));
        if (!converted.isEmpty()) {
          out.println(
              "The API server converts "
                  + String.join(", ", converted)
                  + " between versions by calling the deployed webhook: until it is deployed, use"
                  + " each in its storage version only (reads and writes in another version fail).");
        }
      }
    }
    if (cluster.kubeconfig != null) {
      operator.env("KUBECONFIG", project.resolve(cluster.kubeconfig).toString());
    }
    if (!quiet) {
      out.println("Running the operator (Ctrl-C stops it): " + operator.display());
    }
    out.flush();
    OperatorProcess.runUntilStopped(operator, out);
    return ExitCodes.OK;
  }

  /**
   * The names of the CRDs under {@code bases} whose versions the API server converts by calling a
   * webhook ({@code spec.conversion.strategy: Webhook}), sorted.
   */
  private static List<String> webhookConversions(Path bases) throws IOException {
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(bases)) {
      return names;
    }
    try (Stream<Path> files = Files.list(bases)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode crd = Yamls.reader().readTree(Files.readString(file));
        if (crd != null && "Webhook".equals(crd.at("/spec/conversion/strategy").asText())) {
          names.add(crd.at("/metadata/name").asText());
        }
      }
    }
    return names;
  }
}
