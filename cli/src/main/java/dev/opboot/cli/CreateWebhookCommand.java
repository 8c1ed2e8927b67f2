package dev.opboot.cli;

import dev.opboot.core.BadInputException;
import dev.opboot.core.Versions;
import dev.opboot.core.files.OutputException;
import dev.opboot.scaffold.ScaffoldPlan;
import dev.opboot.scaffold.ScaffoldRenderer;
import dev.opboot.scaffold.TemplateData;
import dev.opboot.scaffold.project.Project;
import dev.opboot.scaffold.project.ProjectFile;
import dev.opboot.scaffold.project.ProjectResource;
import dev.opboot.scaffold.webhook.WebhookRequest;
import dev.opboot.scaffold.webhook.WebhookScaffold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code op-boot create webhook}: defaulting and validating admission webhooks for an API, and the
 * conversion webhook between a kind's versions.
 */
@Command(
    name = "webhook",
    sortOptions = false,
    header =
        "Add admission webhooks (defaulting, validation) or a conversion webhook to an API of the"
            + " project.",
    description =
        "Adds <Kind>Webhook under <package>.webhook.<group>.<version> with a @Webhook per type and"
            + " the methods to fill in, its unit test and an integration test through a real API server,"
            + " registers it in Webhooks, and, with the first webhook, the HTTPS WebhookServer that"
            + " OperatorMain starts, the pom's webhook framework and 'generate webhook' execution, and"
            + " the PROJECT entry. Run it again with the other type to add it to the same class."
            + " --conversion --spoke V2[,V3] makes --version the hub (it must be the storage version):"
            + " a Mapper per spoke with its round-trip test, <Kind>ConversionIT, @ConversionWebhook on"
            + " the hub's resource class (generate crd writes the CRD's spec.conversion) and /convert"
            + " in Webhooks.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  op-boot create webhook --group webapp --version v1 --kind Guestbook --defaulting",
      "  op-boot create webhook --group webapp --version v1 --kind Guestbook --programmatic-validation",
      "  op-boot create webhook --group webapp --version v1 --kind Guestbook --defaulting"
          + " --programmatic-validation --dry-run",
      "  op-boot create webhook --group webapp --version v1 --kind Guestbook --conversion --spoke v2"
    })
final class CreateWebhookCommand implements Callable<Integer>, OpBoot.WritesProject {
  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Option(
      names = "--group",
      paramLabel = "GROUP",
      order = 1,
      description = "Required. The API's group, as given to 'create api' (or the full group).")
  String group;

  @Option(
      names = "--version",
      paramLabel = "VERSION",
      order = 2,
      description = "Required. The API version the webhooks serve: v1, v1alpha1, ...")
  String version;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      order = 3,
      description = "Required. The kind, which PROJECT must hold (created with 'create api').")
  String kind;

  @Option(
      names = "--defaulting",
      order = 4,
      description =
          "A mutating webhook that fills in defaults on create and update"
              + " (/mutate-<group>-<version>-<kind>).")
  boolean defaulting;

  @Option(
      names = "--programmatic-validation",
      order = 5,
      description =
          "A validating webhook that accepts or refuses objects, with warnings, on create and update"
              + " (/validate-<group>-<version>-<kind>).")
  boolean validation;

  @Option(
      names = "--conversion",
      order = 6,
      description =
          "A conversion webhook (/convert) between the hub, --version, which must be the storage"
              + " version, and the versions of --spoke.")
  boolean conversion;

  @Option(
      names = "--spoke",
      paramLabel = "VERSION",
      split = ",",
      order = 7,
      description =
          "With --conversion: the other versions of the kind, converted to and from the hub:"
              + " --spoke v2 or --spoke v1alpha1,v2.")
  List<String> spokes = new ArrayList<>();

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      order = 8,
      description = "The project's folder (default: the current folder).")
  String dir;

  @Option(
      names = "--force",
      order = 9,
      description =
          "Scaffold the webhook's class and tests again, with every type PROJECT records, replacing"
              + " them (each saved under .op-boot/backup/<time>/ first); also allows a type the API"
              + " already has.")
  boolean force;

  @Option(
      names = "--dry-run",
      order = 10,
      description =
          "Print what would be created or inserted into (with the diffs), and write nothing.")
  boolean dryRun;

  @Override
  public Path projectToLock() {
    OpBoot root = (OpBoot) spec.root().userObject();
    return root.workingDirectory().resolve(dir == null ? "." : dir).normalize();
  }

  @Override
  public Integer call() throws BadInputException, OutputException {
    Path projectRoot = projectToLock();
    Project project = ProjectFile.load(projectRoot);
    WebhookRequest request =
        WebhookRequest.of(
            project, group, version, kind, defaulting, validation, conversion, spokes, force);
    ProjectFile.checkClassesExist(projectRoot, project, r -> false);
    ProjectResource r = request.resource();
    ScaffoldPlan plan =
        new ScaffoldRenderer()
            .plan(
                WebhookScaffold.of(
                    project, request, Versions.current(), hasFooExample(projectRoot, r)),
                projectRoot);
    var out = spec.commandLine().getOut();
    String what = r.apiGroup() + "/" + r.version() + " " + r.kind();
    if (dryRun) {
      out.println("Would scaffold webhooks of " + what + ":");
      Report.printDryRun(out, plan);
      return ExitCodes.OK;
    }
    plan.changes().apply(projectRoot);
    out.println("Scaffolded webhooks of " + what + ":");
    String folder =
        "src/main/java/" + TemplateData.packagePath(TemplateData.webhookPackage(project, r)) + "/";
    List<String> next = new ArrayList<>();
    if (defaulting || validation) {
      next.add("edit " + folder + TemplateData.webhookClass(r) + ".java to implement them");
    }
    for (String spoke : request.spokes()) {
      next.add(
          "edit "
              + folder
              + r.kind()
              + Character.toUpperCase(spoke.charAt(0))
              + spoke.substring(1)
              + "Mapper.java where "
              + spoke
              + " and "
              + r.version()
              + " differ");
    }
    next.add("mvn verify          # writes config/webhook and the CRDs, runs the webhook tests");
    Report.print(out, plan, next);
    olderServer(projectRoot, project).ifPresent(out::println);
    return ExitCodes.OK;
  }

  /**
   * A warning when the project's WebhookServer.java, which op-boot never overwrites, predates
   * conversion webhooks while Webhooks.java now registers one: the project would not compile, and
   * javac's "cannot find symbol" would not say why.
   */
  private Optional<String> olderServer(Path root, Project project) {
    Path server =
        root.resolve(
            "src/main/java/"
                + TemplateData.packagePath(project.packageName())
                + "/WebhookServer.java");
    try {
      if (!conversion
          || !Files.isRegularFile(server)
          || Files.readString(server).contains(" Endpoint conversion(")) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(
        "warning: "
            + root.relativize(server)
            + " was scaffolded before conversion webhooks and has no"
            + " WebhookServer.conversion(...), which Webhooks.java now calls. Move it aside (say,"
            + " to WebhookServer.java.old) and run this command again with --force, which writes"
            + " the current server (and the mappers again, saving yours under .op-boot/backup/);"
            + " then carry over any changes of your own.");
  }

  /**
   * Whether the kind's spec still has the example field {@code foo} the scaffold gave it, which the
   * scaffolded webhooks then use as their example.
   */
  private static boolean hasFooExample(Path root, ProjectResource r) throws BadInputException {
    Path spec =
        root.resolve(
            "src/main/java/"
                + TemplateData.packagePath(r.apiPackage())
                + "/"
                + r.kind()
                + "Spec.java");
    try {
      return Files.isRegularFile(spec)
          && Files.readString(spec).contains("public String getFoo()")
          && Files.readString(spec).contains("public void setFoo(String foo)");
    } catch (IOException e) {
      throw new BadInputException("cannot read " + spec + ": " + e.getMessage(), e);
    }
  }
}
