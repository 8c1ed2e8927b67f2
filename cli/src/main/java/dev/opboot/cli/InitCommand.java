package dev.opboot.cli;

import dev.opboot.core.BadInputException;
import dev.opboot.core.Versions;
import dev.opboot.scaffold.ScaffoldPlan;
import dev.opboot.scaffold.ScaffoldRenderer;
import dev.opboot.scaffold.init.InitRequest;
import dev.opboot.scaffold.init.InitScaffold;
import dev.opboot.scaffold.project.ProjectFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code op-boot init}: a new operator project in an empty folder. */
@Command(
    name = "init",
    sortOptions = false,
    header = "Create a new operator project.",
    description =
        "Creates a Maven build on java-operator-sdk and fabric8, an operator main with leader"
            + " election, health and metrics endpoints, kustomize manifests under config/, a Dockerfile,"
            + " tests, and the PROJECT file later commands read.",
    subcommands = InitCommand.Repo.class,
    footerHeading = "%nExamples:%n",
    footer = {
      "  mkdir guestbook-operator && cd guestbook-operator",
      "  op-boot init --domain example.com",
      "  op-boot init --domain example.com --dir my-operator --package com.example.myoperator",
      "  op-boot init --domain example.com --namespaced   # watches its own namespace, with a Role",
      "  op-boot init --domain example.com --force --dry-run   # in a folder with files: what would change"
    })
final class InitCommand extends InitCommandBase {
  /** {@code op-boot init repo}: apiserver-boot's spelling of the same command. */
  @Command(
      name = "repo",
      sortOptions = false,
      header = "The same as 'op-boot init'.",
      description = "apiserver-boot's spelling of 'op-boot init', with the same options.")
  static final class Repo extends InitCommandBase {}

  /** The flags of {@code init}, shared with {@code init repo}. */
  static final class Options {
    @Option(
        names = "--domain",
        paramLabel = "DOMAIN",
        order = 1,
        description =
            "Required. The domain API groups live under: group webapp becomes webapp.DOMAIN.")
    String domain;

    @Option(
        names = "--project-name",
        paramLabel = "NAME",
        order = 2,
        description =
            "The project's name, also the prefix of its Kubernetes objects (default: the folder's name).")
    String projectName;

    @Option(
        names = "--group-id",
        paramLabel = "GROUP_ID",
        order = 3,
        description = "The Maven groupId (default: the domain reversed, e.g. com.example).")
    String groupId;

    @Option(
        names = "--artifact-id",
        paramLabel = "ARTIFACT_ID",
        order = 4,
        description = "The Maven artifactId (default: the project name).")
    String artifactId;

    @Option(
        names = "--package",
        paramLabel = "PACKAGE",
        order = 5,
        description =
            "The base Java package (default: groupId plus the project name, e.g. com.example.guestbookoperator).")
    String packageName;

    @Option(
        names = "--namespaced",
        order = 6,
        description =
            "An operator that watches only its own namespace, as kubebuilder's namespaced manager:"
                + " its reconcilers watch WATCH_NAMESPACE (the pod's namespace unless set; a comma-separated"
                + " list for more), and config/rbac holds a Role and RoleBinding instead of a ClusterRole and"
                + " ClusterRoleBinding. Recorded in PROJECT (namespaced: true); create api and generate"
                + " rbac follow it.")
    boolean namespaced;

    @Option(
        names = "--dir",
        paramLabel = "DIR",
        order = 7,
        description = "The folder to create the project in (default: the current folder).")
    String dir;

    @Option(
        names = "--force",
        order = 8,
        description =
            "Scaffold into a folder that is not empty, replacing files with op-boot's names: each"
                + " replaced file is first saved under .op-boot/backup/<time>/ and its diff shown.")
    boolean force;

    @Option(
        names = "--dry-run",
        order = 9,
        description =
            "Print what would be created, replaced (with the diff) or skipped, and write nothing.")
    boolean dryRun;
  }

  /** The folder the project goes to: --dir, against op-boot's working folder. */
  static Path target(CommandSpec spec, Options options) {
    // an empty --dir is refused in run(); the lock is then taken on the working folder, unchanged
    OpBoot root = (OpBoot) spec.root().userObject();
    return root.workingDirectory().resolve(options.dir == null ? "." : options.dir).normalize();
  }

  static int run(CommandSpec spec, Options options)
      throws BadInputException, java.io.IOException, dev.opboot.core.files.OutputException {
    if (options.dir != null && options.dir.isBlank()) {
      throw new BadInputException(
          "--dir",
          "--dir is empty: pass the folder for the new project, or leave --dir"
              + " out to use the current folder.");
    }
    Path target = target(spec, options);
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new BadInputException(
          "--dir", "--dir " + target + " is a file, not a folder. Pass a folder.");
    }
    if (ProjectFile.exists(target)) {
      throw new BadInputException(
          "--dir",
          target
              + " is already an op-boot project (it has a PROJECT"
              + " file); init would forget the APIs it records. Add APIs with 'op-boot create api', or"
              + " choose an empty folder with --dir.");
    }
    List<String> present = entries(target);
    if (!present.isEmpty() && !options.force) {
      throw new BadInputException(
          "--force",
          target
              + " is not empty (it holds "
              + String.join(", ", present.subList(0, Math.min(5, present.size())))
              + (present.size() > 5 ? ", ..." : "")
              + "). Run init in an empty folder, pass --dir with"
              + " a new one, or pass --force to scaffold here and replace files with op-boot's names"
              + " (each saved under .op-boot/backup/ first; add --dry-run to see what would change).");
    }
    Path name = target.getFileName();
    InitRequest request =
        InitRequest.of(
            options.domain,
            options.projectName,
            options.groupId,
            options.artifactId,
            options.packageName,
            name == null ? null : name.toString(),
            options.namespaced);
    ScaffoldPlan plan =
        new ScaffoldRenderer()
            .plan(InitScaffold.of(request, Versions.current(), options.force), target);
    var out = spec.commandLine().getOut();
    if (options.dryRun) {
      out.println(
          "Would scaffold operator project '" + request.projectName() + "' in " + target + ":");
      Report.printDryRun(out, plan);
      return ExitCodes.OK;
    }
    plan.changes().apply(target);

    out.println("Scaffolded operator project '" + request.projectName() + "' in " + target + ":");
    String cd = options.dir == null ? "" : "cd " + options.dir + " && ";
    Report.print(
        out,
        plan,
        List.of(
            cd + "op-boot create api --group <group> --version v1 --kind <Kind>",
            "mvn verify          # build and test the operator"));
    return ExitCodes.OK;
  }

  /** What is in the folder, ignoring version-control metadata. */
  private static List<String> entries(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals(".git"))
          .sorted()
          .toList();
    }
  }
}
