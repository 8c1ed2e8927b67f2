package dev.opboot.cli;

import dev.opboot.core.BadInputException;
import dev.opboot.core.Versions;
import dev.opboot.core.files.OutputException;
import dev.opboot.project.CrdImport;
import dev.opboot.scaffold.ScaffoldPlan;
import dev.opboot.scaffold.ScaffoldRenderer;
import dev.opboot.scaffold.TemplateData;
import dev.opboot.scaffold.api.ApiRequest;
import dev.opboot.scaffold.api.ApiScaffold;
import dev.opboot.scaffold.project.OwnedKind;
import dev.opboot.scaffold.project.Project;
import dev.opboot.scaffold.project.ProjectFile;
import dev.opboot.scaffold.project.ProjectResource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code op-boot create api}: a new kind, or a new version of one, with its reconciler. */
@Command(
    name = "api",
    sortOptions = false,
    header = "Add an API (a kind, or a new version of one) with its reconciler.",
    description =
        "Adds the custom resource class with its spec and status, a reconciler registered in the"
            + " operator's main, its test, a sample, editor and viewer roles and the PROJECT entry (the operator's"
            + " own role comes from 'op-boot generate rbac'). Run it again for another kind, group or version.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  op-boot create api --group webapp --version v1 --kind Guestbook",
      "  op-boot create api --group webapp --version v2 --kind Guestbook",
      "  op-boot create api --group webapp --version v1 --kind Guestbook --force --dry-run",
      "  op-boot create api --group cache --version v1alpha1 --kind Memcached --namespaced=false",
      "  op-boot create api --group web --version v1 --kind Site --owns Deployment,Service",
      "  op-boot create api --from-crd config/crd/widgets.yaml              # an API this project owns",
      "  op-boot create api --from-crd cert-manager.crds.yaml --kind Certificate --external"
    })
final class CreateApiCommand implements Callable<Integer>, OpBoot.WritesProject {
  /** The kinds {@code --owns} takes, for its help and completion. */
  static final class OwnedKinds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return OwnedKind.knownKinds().iterator();
    }
  }

  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  @Option(
      names = "--group",
      paramLabel = "GROUP",
      order = 1,
      description =
          "Required. The API group's short name; the group is GROUP.<domain from PROJECT>."
              + " With --from-crd: optional, and must agree with the CRD's group.")
  String group;

  @Option(
      names = "--version",
      paramLabel = "VERSION",
      order = 2,
      description =
          "Required. The API version: v1, v1alpha1, v2beta1, ... With --from-crd: the one version"
              + " to import (default: every version of the CRD).")
  String version;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      order = 3,
      description =
          "Required. The kind, in UpperCamelCase: Guestbook, CronJob, ... With --from-crd: which CRD"
              + " of the file to import (default: all of them).")
  String kind;

  @Option(
      names = "--plural",
      paramLabel = "PLURAL",
      order = 4,
      description =
          "The resource's plural name (default: the kind's English plural, e.g. policies).")
  String plural;

  @Option(
      names = "--namespaced",
      order = 5,
      negatable = true,
      arity = "0..1",
      fallbackValue = "true",
      defaultValue = "true",
      description = "Whether objects live in namespaces (default: true).")
  boolean namespaced;

  @Option(
      names = "--resource",
      order = 6,
      negatable = true,
      arity = "0..1",
      fallbackValue = "true",
      defaultValue = "true",
      description = "Scaffold the resource classes (default: true).")
  boolean resource;

  @Option(
      names = "--controller",
      order = 7,
      negatable = true,
      arity = "0..1",
      fallbackValue = "true",
      description =
          "Scaffold a reconciler (default: true, except for a new version of a kind that has one).")
  Boolean controller;

  @Option(
      names = "--owns",
      paramLabel = "KIND[,KIND...]",
      order = 8,
      description =
          "Built-in kinds the reconciler owns, each as a JOSDK managed dependent resource of its"
              + " @Workflow: created from the spec with an owner reference, watched, and put back when"
              + " changed or deleted; 'generate rbac' grants what that takes. One of: ${COMPLETION-CANDIDATES}.",
      completionCandidates = OwnedKinds.class)
  List<String> owns;

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
          "Scaffold this API's files again, replacing them; nothing else is touched. Each replaced"
              + " file is first saved under .op-boot/backup/<time>/ and its diff shown; a registration"
              + " of the reconciler, however edited, is kept.")
  boolean force;

  @Option(
      names = "--dry-run",
      order = 13,
      description =
          "Print what would be created, replaced or inserted into (with the diffs) or skipped, and"
              + " write nothing.")
  boolean dryRun;

  @Option(
      names = "--from-crd",
      paramLabel = "FILE",
      order = 10,
      description =
          "Import the API from a CustomResourceDefinition (YAML or JSON, one or many) or an OpenAPI v3"
              + " document's component schema: the resource, spec and status classes and every class they use are"
              + " written with the annotations 'generate crd' turns back into the same CRD.")
  String fromCrd;

  @Option(
      names = "--external",
      order = 11,
      description =
          "With --from-crd: the CRD is another project's (cert-manager, Prometheus, ...). The classes"
              + " give typed access; no CRD is generated or installed for it, and what the classes cannot say"
              + " is reported rather than refused.")
  boolean external;

  @Option(
      names = "--package",
      paramLabel = "PACKAGE",
      order = 12,
      description =
          "With --from-crd: the Java package of the imported classes (with several versions, each"
              + " goes to PACKAGE.<version>). Default: <project package>.api.<group>.<version>.")
  String javaPackage;

  @Override
  public Path projectToLock() {
    OpBoot root = (OpBoot) spec.root().userObject();
    return root.workingDirectory().resolve(dir == null ? "." : dir).normalize();
  }

  @Override
  public Integer call() throws BadInputException, OutputException {
    OpBoot root = (OpBoot) spec.root().userObject();
    Path projectRoot = projectToLock();
    if (owns != null && fromCrd != null) {
      throw new BadInputException(
          "--owns",
          "--owns scaffolds dependents that read the scaffolded spec, and --from-crd imports a spec"
              + " of its own. Import first, then write the dependents of the imported API yourself"
              + " (see the README's 'Owned resources'), or drop --owns.");
    }
    Project project = ProjectFile.load(projectRoot);
    ProjectFile.checkClassesExist(
        projectRoot,
        project,
        r ->
            force
                && fromCrd == null
                && r.kind().equals(kind)
                && r.version().equals(version)
                && (r.group().equals(group) || r.apiGroup().equals(group)));
    if (fromCrd != null) {
      CrdImport importer =
          new CrdImport(
              new CrdImport.Request(
                  group,
                  version,
                  kind,
                  plural,
                  namespaced,
                  controller,
                  force,
                  external,
                  javaPackage),
              project,
              projectRoot,
              root.workingDirectory().resolve(fromCrd).normalize());
      if (dryRun) {
        CrdImport.Result planned = importer.plan();
        spec.commandLine()
            .getOut()
            .println(planned.headline().replaceFirst("^Imported ", "Would import "));
        Report.printDryRun(spec.commandLine().getOut(), planned.plan());
        return ExitCodes.OK;
      }
      CrdImport.Result imported = importer.run();
      spec.commandLine().getOut().println(imported.headline());
      Report.print(spec.commandLine().getOut(), imported.plan(), imported.next());
      return ExitCodes.OK;
    }
    if (external || javaPackage != null) {
      throw new BadInputException(
          external ? "--external" : "--package",
          (external ? "--external" : "--package")
              + " applies to an API imported with --from-crd. Add --from-crd FILE, or drop it.");
    }
    ApiRequest request =
        ApiRequest.of(
            project,
            group,
            version,
            kind,
            plural,
            namespaced,
            resource,
            controller,
            force,
            path -> Files.exists(projectRoot.resolve(path)),
            owns);
    ScaffoldPlan plan =
        new ScaffoldRenderer()
            .plan(ApiScaffold.of(project, request, Versions.current()), projectRoot);
    ProjectResource r = request.resource();
    var out = spec.commandLine().getOut();
    if (dryRun) {
      out.println("Would scaffold API " + r.apiGroup() + "/" + r.version() + " " + r.kind() + ":");
      Report.printDryRun(out, plan);
      return ExitCodes.OK;
    }
    plan.changes().apply(projectRoot);

    out.println("Scaffolded API " + r.apiGroup() + "/" + r.version() + " " + r.kind() + ":");
    List<String> next = new ArrayList<>();
    if (r.api()) {
      next.add(
          "edit src/main/java/"
              + TemplateData.packagePath(r.apiPackage())
              + "/"
              + r.kind()
              + "Spec.java to define the API");
    }
    if (r.controller()) {
      next.add(
          "edit src/main/java/"
              + TemplateData.packagePath(TemplateData.controllerPackage(project))
              + "/"
              + r.kind()
              + "Reconciler.java to implement it");
    }
    next.add("mvn verify          # build and test the operator");
    Report.print(out, plan, next);
    return ExitCodes.OK;
  }
}
