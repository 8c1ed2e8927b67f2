package dev.opboot.cli;

import dev.opboot.core.BadInputException;
import dev.opboot.project.ClusterObjects;
import dev.opboot.project.ExternalCommand;
import dev.opboot.project.ImageName;
import dev.opboot.project.InstallBundle;
import dev.opboot.project.Kubectl;
import dev.opboot.project.ProjectTools;
import dev.opboot.project.ServedKinds;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code op-boot deploy}: apiserver-boot's {@code run in-cluster}. It applies the bundle {@code
 * op-boot build} rendered, so what runs in the cluster is what was built and tested, and reports
 * each object as created, changed or unchanged.
 */
@Command(
    name = "deploy",
    sortOptions = false,
    header = "Install the operator into the current kubeconfig's cluster from dist/install.yaml.",
    description =
        "Applies dist/install.yaml (made by 'op-boot build') with server-side apply (field manager"
            + " op-boot) and says which objects it created, changed or left unchanged. 'op-boot undeploy' with the"
            + " same --namespace removes them again.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  op-boot deploy",
      "  op-boot deploy --image registry.example.com/team/guestbook-operator:0.2.0 --namespace operators",
      "  op-boot deploy --dry-run        # the API server validates everything, nothing is changed"
    })
final class DeployCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Mixin ClusterOptions cluster;

  @Option(
      names = "--image",
      paramLabel = "NAME[:TAG]",
      order = 1,
      description = "Run this image instead of the one dist/install.yaml names.")
  String image;

  @Option(
      names = "--namespace",
      paramLabel = "NAMESPACE",
      order = 2,
      description = "Install into this namespace instead of the one dist/install.yaml names.")
  String namespace;

  @Option(
      names = "--dry-run",
      order = 3,
      description =
          "Let the API server validate every object (server-side dry run) and change nothing.")
  boolean dryRun;

  @Mixin ProjectDirOption project;

  @Override
  public Integer call() throws Exception {
    Path project = this.project.root(spec);
    ImageName override = image == null ? null : ImageName.parse(image, "--image");
    Manifests manifests =
        Manifests.prepare(
            project,
            cluster,
            override,
            namespace,
            "deploy",
            "apply dist/install.yaml to the cluster");
    Kubectl kubectl = manifests.kubectl();
    Path manifest = manifests.file();
    PrintWriter out = spec.commandLine().getOut();
    String where = kubectl.checkReachable();
    out.println((dryRun ? "Validating " : "Deploying ") + InstallBundle.PATH + " to " + where);

    ServedKinds.require(
        kubectl,
        InstallBundle.documents(Files.readString(manifest, StandardCharsets.UTF_8)),
        where);
    Map<String, String> before = ClusterObjects.existing(kubectl, manifest);
    ExternalCommand apply =
        kubectl.command(
            "apply", "--server-side", "--field-manager=op-boot", "-f", manifest.toString());
    if (dryRun) {
      apply =
          kubectl.command(
              "apply",
              "--server-side",
              "--field-manager=op-boot",
              "--dry-run=server",
              "-f",
              manifest.toString());
    }
    apply.run(null);
    List<String> keys =
        ClusterObjects.keys(
            InstallBundle.documents(Files.readString(manifest, StandardCharsets.UTF_8)));
    if (dryRun) {
      keys.forEach(
          key -> out.printf("  %-10s %s%n", before.containsKey(key) ? "valid" : "valid, new", key));
      out.println("The API server accepted all " + keys.size() + " objects; nothing was changed.");
      out.flush();
      return ExitCodes.OK;
    }
    Map<String, String> after = ClusterObjects.existing(kubectl, manifest);
    for (String key : keys) {
      String state =
          !before.containsKey(key)
              ? "created"
              : before.get(key).equals(after.get(key)) ? "unchanged" : "changed";
      out.printf("  %-10s %s%n", state, key);
    }
    out.println(
        "Deployed. Remove it again with 'op-boot undeploy"
            + (namespace != null ? " --namespace " + namespace : "")
            + "'.");
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The manifest deploy and undeploy act on: dist/install.yaml with their overrides applied, in
   * {@code file}, and the kubectl that acts.
   */
  record Manifests(Kubectl kubectl, Path file) {
    /**
     * Checks the project, its bundle and the flags (bad input first, before looking for kubectl),
     * then writes the manifest to {@code target/op-boot/<purpose>.yaml}.
     */
    static Manifests prepare(
        Path project,
        ClusterOptions cluster,
        ImageName image,
        String namespace,
        String purpose,
        String forWhat)
        throws Exception {
      namespace(namespace);
      Kubectl.kubeconfig(project, cluster.kubeconfig);
      ProjectTools.load(project);
      requireBundle(project);
      Kubectl kubectl = Kubectl.find(project, cluster.kubeconfig, forWhat);
      return new Manifests(kubectl, write(kubectl, project, image, namespace, purpose));
    }

    private static String namespace(String value) throws BadInputException {
      if (value != null && !value.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
        throw new BadInputException(
            "--namespace",
            "--namespace must be a DNS label (lower case letters, digits"
                + " and '-', at most 63), not '"
                + value
                + "'.");
      }
      return value;
    }

    private static void requireBundle(Path project) throws BadInputException {
      if (!Files.isRegularFile(project.resolve(InstallBundle.PATH))) {
        throw new BadInputException(
            InstallBundle.PATH
                + " does not exist in "
                + project
                + ": run 'op-boot build'"
                + " first (add --no-image to skip the image).");
      }
    }

    private static Path write(
        Kubectl kubectl, Path project, ImageName image, String namespace, String purpose)
        throws Exception {
      Path bundle = project.resolve(InstallBundle.PATH);
      String text =
          InstallBundle.override(
              kubectl, project, Files.readString(bundle, StandardCharsets.UTF_8), image, namespace);
      Path manifest = project.resolve("target/op-boot/" + purpose + ".yaml");
      Files.createDirectories(manifest.getParent());
      Files.writeString(manifest, text, StandardCharsets.UTF_8);
      return manifest;
    }
  }
}
