package dev.opboot.cli;

import dev.opboot.core.BadInputException;
import dev.opboot.core.files.ChangeSet;
import dev.opboot.core.files.FileChange;
import dev.opboot.core.files.ProjectLock;
import dev.opboot.project.CommandFailedException;
import dev.opboot.project.ExternalCommand;
import dev.opboot.project.ImageName;
import dev.opboot.project.InstallBundle;
import dev.opboot.project.Kubectl;
import dev.opboot.project.Locks;
import dev.opboot.project.ProjectGeneration;
import dev.opboot.project.ProjectTools;
import dev.opboot.project.Steps;
import dev.opboot.scaffold.project.Project;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code op-boot build}: the operator end to end, as kubebuilder's {@code make build docker-build
 * build-installer} and apiserver-boot's {@code build executables} do, in one command that says what
 * it is doing and stops at the first failure.
 */
@Command(
    name = "build",
    sortOptions = false,
    header = "Build the operator: manifests, code and tests, container image, dist/install.yaml.",
    description = {
      "Runs, in an op-boot project, each step announced with its time, stopping at the first failure:",
      "  1. op-boot generate crd, rbac and webhook (with --check: fail if they are stale)",
      "  2. mvn package (the operator's tests included unless --skip-tests)",
      "  3. the container image, with Jib and without a Docker daemon: a tarball (--image-tar),"
          + " or pushed to a registry (--push)",
      "  4. dist/install.yaml: config/default rendered by 'kubectl kustomize' with the image set"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  op-boot build --image registry.example.com/team/guestbook-operator:0.1.0 --push",
      "  op-boot build --image-tar target/image.tar --skip-tests",
      "  op-boot build --check --dry-run"
    })
final class BuildCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Option(
      names = "--image",
      paramLabel = "NAME[:TAG]",
      order = 1,
      description =
          "The image to build and to put in dist/install.yaml (default: <project name>:latest).")
  String image;

  @Option(
      names = "--image-tar",
      paramLabel = "PATH",
      order = 2,
      description =
          "Where the image tarball goes (docker-load-able; default: target/<project name>-image.tar"
              + " unless --push).")
  String imageTar;

  @Option(
      names = "--push",
      order = 3,
      description =
          "Push the image to the registry --image names (credentials as Jib finds them:"
              + " Docker config, credential helpers).")
  boolean push;

  @Option(
      names = "--insecure-registry",
      order = 4,
      description =
          "Allow plain HTTP or an untrusted certificate for the registries of --image and --base-image"
              + " (a local registry such as kind's).")
  boolean insecureRegistry;

  @Option(
      names = "--base-image",
      paramLabel = "IMAGE",
      order = 4,
      description =
          "The image to build on, instead of the pom's (eclipse-temurin:17-jre): a registry image,"
              + " or tar:///path/to/image.tar.")
  String baseImage;

  @Option(
      names = "--no-image",
      order = 5,
      description = "Skip the image (dist/install.yaml still names --image).")
  boolean noImage;

  @Option(
      names = "--skip-tests",
      order = 6,
      description = "Package without running the operator's tests.")
  boolean skipTests;

  @Option(
      names = "--check",
      order = 7,
      description =
          "Fail if the generated CRDs or role are stale instead of regenerating them (for CI).")
  boolean check;

  @Option(names = "--dry-run", order = 8, description = "Print the plan and do nothing.")
  boolean dryRun;

  @Option(
      names = {"-q", "--quiet"},
      order = 9,
      description = "Print only failures and the final summary.")
  boolean quiet;

  @Mixin ProjectDirOption project;

  /**
   * Not run under the project lock as a whole: its Maven step runs op-boot's plugin, which takes
   * the same lock. The steps that write into the project (generate, dist/install.yaml) take it
   * themselves.
   */
  @Override
  @SuppressWarnings(
      "try") // the bundle step holds the project lock for its try block, never referenced in it
  public Integer call() throws Exception {
    Path project = this.project.root(spec);
    Path workingDirectory = ((OpBoot) spec.root().userObject()).workingDirectory();
    checkFlags(workingDirectory);
    Project model = ProjectTools.load(project);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter echo = ProjectDirOption.echo(spec);
    ImageName target =
        ImageName.parse(image != null ? image : model.projectName() + ":latest", "--image");
    Path tarball =
        imageTar != null
            ? workingDirectory.resolve(imageTar).normalize()
            : push || noImage
                ? null
                : project.resolve("target").resolve(model.projectName() + "-image.tar");

    Steps steps = new Steps(out, quiet);
    ProjectGeneration.addStep(
        steps, project, check, echo, ((OpBoot) spec.root().userObject()).generators());
    ExternalCommand packaging =
        skipTests
            ? ProjectTools.maven(project, "package", "-DskipTests")
            : ProjectTools.maven(project, "package");
    steps.add(
        "Build " + (skipTests ? "" : "and test ") + "the operator with Maven",
        List.of(packaging.display()),
        () -> packaging.run(echo));
    if (!noImage) {
      for (ExternalCommand jib : imageCommands(project, target, tarball)) {
        String what =
            jib.command().contains("jib:build")
                ? "push it to its registry"
                : "write " + shown(project, tarball);
        steps.add(
            "Build the image " + target + " with Jib and " + what,
            List.of(jib.display()),
            () -> jib.run(echo));
      }
    }
    List<FileChange> bundleChanges = new ArrayList<>();
    steps.add(
        "Render " + InstallBundle.PATH + " from config/default",
        List.of(
            "kubectl kustomize (config/default with image " + target + ") > " + InstallBundle.PATH),
        () -> {
          Kubectl kubectl =
              Kubectl.find(
                  project,
                  null,
                  "render " + InstallBundle.PATH + " from config/default" + " (kubectl kustomize)");
          String bundle = InstallBundle.render(kubectl, project, target);
          try (ProjectLock lock = Locks.take(project, out)) {
            ChangeSet changes = ChangeSet.against(project, Map.of(InstallBundle.PATH, bundle));
            changes.apply(project);
            bundleChanges.addAll(changes.changes());
          }
        });

    if (dryRun) {
      steps.printPlan();
      return ExitCodes.OK;
    }
    steps.run();
    summary(
        out,
        model.projectName(),
        noImage ? null : target,
        push,
        tarball == null ? null : shown(project, tarball),
        bundleChanges);
    return ExitCodes.OK;
  }

  /**
   * What a build made, and the next step for the image it built: none with {@code --no-image},
   * which built no image and so has none to load or push.
   *
   * @param image the image built, or null with --no-image
   * @param tarball the image tarball as shown to the user, or null when none was written
   */
  static void summary(
      PrintWriter out,
      String projectName,
      ImageName image,
      boolean push,
      String tarball,
      List<FileChange> bundle) {
    out.println("Built " + projectName + ":");
    if (image != null) {
      out.println(
          "  image     "
              + image
              + (push ? " (pushed)" : "")
              + (tarball != null ? " in " + tarball : ""));
    }
    for (FileChange change : bundle) {
      out.printf("  %-9s %s%n", change.action().pastTense(), change.path());
    }
    if (image != null && tarball != null && !push) {
      out.println(
          "Load the image with 'docker load -i "
              + tarball
              + "' (or push it with --push),"
              + " then 'op-boot deploy'.");
    }
    out.flush();
  }

  /** Every flag checked, alone and together, before anything is read or run. */
  private void checkFlags(Path workingDirectory) throws BadInputException {
    if (image != null) {
      ImageName.parse(image, "--image");
    }
    if (noImage && (push || imageTar != null || baseImage != null || insecureRegistry)) {
      throw new BadInputException(
          "--no-image",
          "--no-image cannot be combined with --push, --image-tar, --base-image"
              + " or --insecure-registry.");
    }
    if (push && imageTar != null) {
      throw new BadInputException(
          "--push",
          "--push and --image-tar ask for two different images: push it to the"
              + " registry (--push) or write it to a tarball (--image-tar), not both.");
    }
    if (imageTar != null
        && (imageTar.isBlank() || Files.isDirectory(workingDirectory.resolve(imageTar)))) {
      throw new BadInputException(
          "--image-tar",
          "--image-tar "
              + (imageTar.isBlank()
                  ? "is empty"
                  : workingDirectory.resolve(imageTar) + " is a folder")
              + ": pass the path of the tarball to write, such as"
              + " target/image.tar.");
    }
    if (baseImage != null && baseImage.isBlank()) {
      throw new BadInputException(
          "--base-image", "--base-image must name an image or tar:///path/to/image.tar.");
    }
    if (baseImage != null && baseImage.startsWith("tar://")) {
      Path tar = Path.of(baseImage.substring("tar://".length()));
      if (!Files.isRegularFile(tar)) {
        throw new BadInputException(
            "--base-image",
            "--base-image "
                + baseImage
                + ": "
                + tar
                + " does not exist."
                + " Pass an image tarball (docker save, jib:buildTar) or a registry image.");
      }
    }
  }

  private List<ExternalCommand> imageCommands(Path project, ImageName target, Path tarball)
      throws CommandFailedException {
    List<ExternalCommand> commands = new ArrayList<>();
    List<String> common = new ArrayList<>(List.of("-Dimage=" + target));
    if (baseImage != null) {
      common.add("-Djib.from.image=" + baseImage);
    }
    if (insecureRegistry) {
      common.add("-Djib.allowInsecureRegistries=true");
    }
    if (tarball != null) {
      List<String> args =
          new ArrayList<>(List.of("jib:buildTar", "-Djib.outputPaths.tar=" + tarball));
      args.addAll(common);
      commands.add(ProjectTools.maven(project, args.toArray(String[]::new)));
    }
    if (push) {
      List<String> args = new ArrayList<>(List.of("jib:build"));
      args.addAll(common);
      commands.add(ProjectTools.maven(project, args.toArray(String[]::new)));
    }
    return commands;
  }

  private static String shown(Path project, Path file) {
    return file.startsWith(project) ? project.relativize(file).toString() : file.toString();
  }
}
