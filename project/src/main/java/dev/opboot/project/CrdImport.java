package dev.opboot.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.core.BadInputException;
import dev.opboot.core.Versions;
import dev.opboot.core.files.ChangeSet;
import dev.opboot.core.files.OutputException;
import dev.opboot.core.names.JavaNames;
import dev.opboot.core.names.KubernetesNames;
import dev.opboot.core.yaml.Yamls;
import dev.opboot.generate.importer.CrdImporter;
import dev.opboot.generate.importer.ImportedCrd;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.scaffold.ScaffoldPlan;
import dev.opboot.scaffold.ScaffoldRenderer;
import dev.opboot.scaffold.TemplateData;
import dev.opboot.scaffold.api.ApiRequest;
import dev.opboot.scaffold.api.ApiScaffold;
import dev.opboot.scaffold.project.Project;
import dev.opboot.scaffold.project.ProjectResource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code create api --from-crd}: the CRD's versions imported as Java classes, each scaffolded as
 * {@code create api} scaffolds an API (reconciler for the first, sample, roles, PROJECT entry) with
 * the imported classes in place of the template's, all planned into one change set.
 */
public final class CrdImport {
  /**
   * What the user asked for, as {@code create api}'s flags give it; {@code null} where a flag was
   * not given.
   *
   * @param group --group: the group's short name or whole name, to pick a CRD of the file
   * @param version --version: the one version to import
   * @param kind --kind: the kind to pick
   * @param plural --plural: must agree with the CRD's
   * @param namespaced --namespaced
   * @param controller --controller: whether to scaffold a reconciler ({@code null}: the default)
   * @param force --force: replace this API's files
   * @param external --external: another project's CRD
   * @param javaPackage --package: where the classes go
   */
  public record Request(
      String group,
      String version,
      String kind,
      String plural,
      boolean namespaced,
      Boolean controller,
      boolean force,
      boolean external,
      String javaPackage) {}

  /**
   * What an import did, for the command to report.
   *
   * @param headline what was imported from where
   * @param plan every file's change, and the warnings
   * @param next what the user does next
   */
  public record Result(String headline, ScaffoldPlan plan, List<String> next) {}

  private final Request command;
  private final Project project;
  private final Path projectRoot;
  private final Path file;

  public CrdImport(Request command, Project project, Path projectRoot, Path file) {
    this.command = command;
    this.project = project;
    this.projectRoot = projectRoot;
    this.file = file;
  }

  /** Imports the file into the project: plans every file, then writes them all at once. */
  public Result run() throws BadInputException, OutputException {
    Result result = plan();
    result.plan().changes().apply(projectRoot);
    return result;
  }

  /** What {@link #run} would write, computed in memory; nothing is written ({@code --dry-run}). */
  public Result plan() throws BadInputException {
    if (command.javaPackage() != null) {
      Optional<String> problem = JavaNames.checkPackageName(command.javaPackage());
      if (problem.isPresent()) {
        throw new BadInputException(
            "--package",
            "--package '"
                + command.javaPackage()
                + "' is not a Java package: "
                + problem.get()
                + ".");
      }
    }
    List<ImportedCrd> crds = select(read());
    Versions versions = Versions.current();
    ScaffoldRenderer renderer = new ScaffoldRenderer();
    ScaffoldPlan plan = new ScaffoldPlan(new ChangeSet(), List.of());
    Project current = project;
    List<String> imported = new ArrayList<>();
    List<String> notes = new ArrayList<>(sizeWarnings(crds));
    List<String> next = new ArrayList<>();
    Map<String, String> written = new HashMap<>();
    for (ImportedCrd crd : crds) {
      CrdImporter.ImportedApi api = toJava(crd);
      notes.addAll(api.notes());
      List<CrdImporter.ImportedVersion> ordered = new ArrayList<>(api.versions());
      ordered.sort(
          Comparator.comparing(v -> !v.storage())); // the reconciler goes to the stored version
      for (CrdImporter.ImportedVersion v : ordered) {
        Map<String, String> sources = new TreeMap<>();
        for (var source : v.sources().entrySet()) {
          String earlier = written.putIfAbsent(source.getKey(), source.getValue());
          if (earlier == null) {
            sources.put(source.getKey(), source.getValue());
          } else if (!earlier.equals(source.getValue())) {
            throw new BadInputException(
                "--package",
                "two imported APIs would both write src/main/java/"
                    + source.getKey()
                    + ", differently. Import them into different packages with --package.");
          }
        }
        ApiRequest request =
            ApiRequest.ofImport(
                current,
                crd.groupName(),
                crd.groupDomain(),
                v.name(),
                crd.kind(),
                crd.plural(),
                crd.namespaced(),
                v.javaPackage(),
                v.storage(),
                command.external(),
                command.controller(),
                command.force());
        plan =
            renderer.plan(
                ApiScaffold.ofImport(
                    current,
                    request,
                    versions,
                    new ApiScaffold.Imported(sources, v.sampleSpec(), v.reportsReady())),
                projectRoot,
                plan);
        current = current.withResource(request.resource(), versions.opBoot());
        ProjectResource r = request.resource();
        imported.add(r.apiGroup() + "/" + r.version() + " " + r.kind());
        if (r.controller()) {
          next.add(
              "edit src/main/java/"
                  + TemplateData.packagePath(TemplateData.controllerPackage(project))
                  + "/"
                  + r.kind()
                  + "Reconciler.java to implement it");
        }
      }
    }
    if (command.external()) {
      plan = withExternalCrds(plan, crds);
    }

    String headline =
        "Imported "
            + String.join(", ", imported)
            + " from "
            + file
            + (command.external() ? " (external: no CRD is generated or installed for it)" : "")
            + ":";
    next.add("mvn verify          # build and test the operator");
    List<String> warnings = new ArrayList<>(plan.warnings());
    warnings.addAll(notes);
    return new Result(headline, new ScaffoldPlan(plan.changes(), warnings, plan.backups()), next);
  }

  /**
   * The external CRDs themselves under config/crd/external: not installed by the project's
   * manifests (their owners install them), but by its OperatorIT, whose reconcilers watch them.
   */
  private ScaffoldPlan withExternalCrds(ScaffoldPlan plan, List<ImportedCrd> crds)
      throws BadInputException {
    ChangeSet changes = new ChangeSet();
    plan.changes().changes().forEach(changes::add);
    for (ImportedCrd crd : crds) {
      String path = "config/crd/external/" + KubernetesNames.crdFileName(crd.group(), crd.plural());
      String text =
          "# "
              + crd.group()
              + "'s CRD, imported with --external. Its owner installs it; the operator's\n"
              + "# tests install it too, since its reconcilers watch it.\n---\n"
              + quoted(crd.definition());
      try {
        changes.put(ChangeSet.against(projectRoot, Map.of(path, text)).get(path).orElseThrow());
      } catch (IOException e) {
        throw new BadInputException("cannot read " + path + ": " + e.getMessage(), e);
      }
    }
    return new ScaffoldPlan(changes, plan.warnings(), plan.backups());
  }

  /**
   * etcd stores an object of at most 1.5 MiB, so the API server refuses a larger CRD; a CRD that
   * large is most often generated with every description of the Kubernetes types it embeds.
   */
  static final long LARGEST_STORABLE = 1536 * 1024;

  private static List<String> sizeWarnings(List<ImportedCrd> crds) {
    List<String> warnings = new ArrayList<>();
    for (ImportedCrd crd : crds) {
      long size =
          crd.definition().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (size > LARGEST_STORABLE) {
        warnings.add(
            "the CRD of "
                + crd.group()
                + " "
                + crd.kind()
                + " is "
                + (size / 1024)
                + " KiB as JSON, over the"
                + " 1536 KiB the API server can store: it would be refused as it is. Generate it with shorter"
                + " descriptions ('op-boot generate crd --max-desc-len N').");
      }
    }
    return warnings;
  }

  /** The external CRD as read, every string quoted (so that an enum value True stays a string). */
  private static String quoted(JsonNode node) {
    try {
      return Yamls.quoted().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<ImportedCrd> read() throws BadInputException {
    try {
      if (CrdImporter.isOpenApi(file)) {
        if (command.group() == null || command.version() == null || command.kind() == null) {
          throw new BadInputException(
              "--from-crd",
              file
                  + " is an OpenAPI document: pass --group, --version and"
                  + " --kind to say which component schema to import and as which API (the group is"
                  + " GROUP."
                  + project.domain()
                  + ").");
        }
        return List.of(
            CrdImporter.readOpenApi(
                file,
                command.group() + "." + project.domain(),
                command.version(),
                command.kind(),
                command.plural(),
                command.namespaced()));
      }
      return CrdImporter.read(file);
    } catch (GeneratorException e) {
      throw new BadInputException(e.getMessage(), e);
    }
  }

  /** The CRDs --kind and --group pick; a flag that contradicts every CRD is an error. */
  private List<ImportedCrd> select(List<ImportedCrd> crds) throws BadInputException {
    List<ImportedCrd> picked = new ArrayList<>();
    for (ImportedCrd crd : crds) {
      boolean kind = command.kind() == null || command.kind().equals(crd.kind());
      boolean group =
          command.group() == null
              || command.group().equals(crd.group())
              || command.group().equals(crd.groupName())
              || (command.group() + "." + project.domain()).equals(crd.group());
      if (kind && group) {
        picked.add(crd);
      }
    }
    for (int i = 0; i < picked.size(); i++) {
      for (int j = i + 1; j < picked.size(); j++) {
        if (picked.get(i).group().equals(picked.get(j).group())
            && picked.get(i).kind().equals(picked.get(j).kind())) {
          throw new BadInputException(
              "--from-crd",
              file
                  + " holds the CRD of "
                  + picked.get(i).group()
                  + " "
                  + picked.get(i).kind()
                  + " twice: keep one of the two documents, or pick another with --kind.");
        }
      }
    }
    if (picked.isEmpty()) {
      String has = String.join(", ", crds.stream().map(c -> c.group() + " " + c.kind()).toList());
      String flag = command.kind() != null ? "--kind" : "--group";
      throw new BadInputException(
          flag,
          file
              + " has no CRD for "
              + (command.group() != null ? "group " + command.group() + " " : "")
              + (command.kind() != null ? "kind " + command.kind() : "")
              + "; it has "
              + has
              + ". Pass the CRD's own --group and --kind, or leave them out.");
    }
    if (command.plural() != null
        && picked.stream().anyMatch(c -> !c.plural().equals(command.plural()))) {
      throw new BadInputException(
          "--plural",
          "--plural "
              + command.plural()
              + " contradicts the CRD's plural "
              + picked.get(0).plural()
              + "; leave --plural out, the CRD names it.");
    }
    if (command.version() != null
        && picked.stream()
            .anyMatch(
                c -> c.versions().stream().noneMatch(v -> v.name().equals(command.version())))) {
      ImportedCrd crd = picked.get(0);
      throw new BadInputException(
          "--version",
          file
              + ": the CRD "
              + crd.group()
              + " "
              + crd.kind()
              + " has no"
              + " version "
              + command.version()
              + "; it has "
              + String.join(", ", crd.versions().stream().map(ImportedCrd.Version::name).toList())
              + ".");
    }
    if (command.version() != null && !command.external()) {
      for (ImportedCrd crd : picked) {
        boolean stored =
            crd.versions().stream()
                .anyMatch(v -> v.name().equals(command.version()) && v.storage());
        boolean storedBefore =
            project.versionsOf(crd.groupName(), crd.groupDomain(), crd.kind()).stream()
                .anyMatch(ProjectResource::storage);
        if (!stored && !storedBefore) {
          throw new BadInputException(
              "--version",
              "version "
                  + command.version()
                  + " of "
                  + crd.kind()
                  + " is not"
                  + " the version the API server stores, and the project has no stored version of it yet; generate"
                  + " crd needs one. Import the stored version too (leave --version out), or pass --external if the"
                  + " CRD is another project's.");
        }
      }
    }
    if (picked.stream().anyMatch(c -> c.namespaced() != command.namespaced())
        && !command.namespaced()) {
      throw new BadInputException(
          "--namespaced",
          "--namespaced=false contradicts the CRD's scope Namespaced;"
              + " leave it out, the CRD says it.");
    }
    return picked;
  }

  private CrdImporter.ImportedApi toJava(ImportedCrd crd) throws BadInputException {
    boolean several = command.version() == null && crd.versions().size() > 1;
    String base = command.javaPackage();
    CrdImporter.Options options =
        new CrdImporter.Options(
                command.version(),
                v ->
                    base == null
                        ? project.packageName()
                            + ".api."
                            + JavaNames.toPackageSegment(crd.groupName())
                            + "."
                            + v
                        : several ? base + "." + v : base,
                command.external())
            .with(ProjectKubernetesVersion.of(projectRoot, Versions.current().get("fabric8")));
    try {
      return CrdImporter.toJava(crd, options);
    } catch (GeneratorException e) {
      throw new BadInputException(e.getMessage(), e);
    }
  }
}
