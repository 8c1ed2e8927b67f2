package dev.opboot.scaffold.api;

import static dev.opboot.scaffold.RequestChecks.required;
import static dev.opboot.scaffold.RequestChecks.valid;

import dev.opboot.core.BadInputException;
import dev.opboot.core.names.JavaNames;
import dev.opboot.core.names.KubernetesNames;
import dev.opboot.core.names.Plurals;
import dev.opboot.scaffold.TemplateData;
import dev.opboot.scaffold.project.OwnedKind;
import dev.opboot.scaffold.project.Project;
import dev.opboot.scaffold.project.ProjectResource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A validated request for a new API (group, version, kind) in an existing project. Built only
 * through {@link #of}, which checks the names against Kubernetes' and Java's rules and against what
 * the PROJECT file already holds.
 *
 * @param resource the PROJECT entry this request creates
 * @param force whether files of this resource may be overwritten
 * @param existing whether the PROJECT file already has this GVK (only possible with force)
 */
public record ApiRequest(ProjectResource resource, boolean force, boolean existing) {

  /**
   * Names a kind may not take: they clash with the classes the scaffold generates or uses ({@code
   * List}, {@code Object}, {@code String}, ...) or with Kubernetes' {@code <Kind>List}.
   */
  private static final Set<String> RESERVED_KINDS =
      JavaNames.withClassesEveryGeneratedSourceUses(
          "Optional",
          "Instant",
          "Duration",
          "Reconciler",
          "Context",
          "UpdateControl",
          "Operator",
          "HasMetadata",
          "KubernetesClient",
          "Clock",
          "Events",
          "Workflow",
          "Dependent");

  /**
   * Checks the user's values against the project and returns the request to scaffold.
   *
   * @param plural the resource's plural, or {@code null} for the English plural of the kind
   * @param controller whether to scaffold a reconciler; {@code null} lets op-boot choose (yes,
   *     unless the kind already has one in another version)
   * @param fileExists whether a file exists, by its path relative to the project root
   * @param owns the values of {@code --owns} (built-in kinds, comma-separated), or {@code null}
   *     when not given: then a re-scaffolded ({@code --force}) API keeps the kinds PROJECT records
   * @throws BadInputException naming the flag at fault
   */
  public static ApiRequest of(
      Project project,
      String group,
      String version,
      String kind,
      String plural,
      boolean namespaced,
      boolean resource,
      Boolean controller,
      boolean force,
      Predicate<String> fileExists,
      List<String> owns)
      throws BadInputException {
    List<String> ownedKinds = owns == null ? null : OwnedKind.parse("--owns", owns);
    required(
        "--group",
        group,
        "for example --group webapp (the API group becomes webapp." + project.domain() + ")");
    required("--version", version, "for example --version v1");
    required("--kind", kind, "for example --kind Guestbook");
    valid(
        "--group",
        group,
        KubernetesNames.checkDns1123Subdomain(group),
        "a lower-case DNS name such as webapp or batch");
    String apiGroup = group + "." + project.domain();
    if (apiGroup.length() > 253) {
      throw new BadInputException(
          "--group",
          "the API group '"
              + apiGroup
              + "' is longer than 253"
              + " characters. Pass a shorter --group.");
    }
    valid("--version", version, KubernetesNames.checkVersion(version), "v1, v1alpha1 or v2beta1");
    checkKind(kind);
    return create(
        project,
        group,
        project.domain(),
        version,
        kind,
        plural,
        namespaced,
        resource,
        controller,
        force,
        fileExists,
        null,
        null,
        false,
        ownedKinds);
  }

  /**
   * The request for an API whose names come from a CRD being imported ({@code create api
   * --from-crd}): its group may be outside the project's domain ({@code cert-manager.io} is group
   * {@code cert-manager} in domain {@code io}), its package and storage version are the import's.
   *
   * @param apiPackage the package of the imported classes
   * @param storage whether this version is the CRD's storage version
   * @param external whether the CRD is another project's ({@code --external})
   */
  public static ApiRequest ofImport(
      Project project,
      String group,
      String domain,
      String version,
      String kind,
      String plural,
      boolean namespaced,
      String apiPackage,
      boolean storage,
      boolean external,
      Boolean controller,
      boolean force)
      throws BadInputException {
    valid("--version", version, KubernetesNames.checkVersion(version), "v1, v1alpha1 or v2beta1");
    if (RESERVED_KINDS.contains(kind) || JavaNames.isKeyword(kind)) {
      throw new BadInputException(
          "--from-crd",
          "the CRD's kind '"
              + kind
              + "' is the name of a Java or Kubernetes"
              + " class the generated code uses, so op-boot cannot name a class after it: rename the kind in the CRD"
              + " before importing it.");
    }
    checkKind(kind);
    return create(
        project,
        group,
        domain,
        version,
        kind,
        plural,
        namespaced,
        true,
        controller,
        force,
        path -> true,
        apiPackage,
        storage,
        external,
        null);
  }

  private static ApiRequest create(
      Project project,
      String group,
      String domain,
      String version,
      String kind,
      String plural,
      boolean namespaced,
      boolean resource,
      Boolean controller,
      boolean force,
      Predicate<String> fileExists,
      String importedPackage,
      Boolean importedStorage,
      boolean external,
      List<String> ownedKinds)
      throws BadInputException {
    String apiGroup = group + "." + domain;
    String pluralName = plural != null ? plural : Plurals.pluralOf(kind);
    valid(
        "--plural",
        pluralName,
        KubernetesNames.checkDns1035Label(pluralName),
        "a lower-case plural such as guestbooks");
    String singular = kind.toLowerCase(Locale.ROOT);
    if (pluralName.equals(singular) && plural != null) {
      throw new BadInputException(
          "--plural",
          "--plural '"
              + pluralName
              + "' is the kind's singular"
              + " name too; Kubernetes needs them to differ. Pass another --plural.");
    }

    for (ProjectResource r : project.resources()) {
      if (r.group().equals(group) && !r.domain().equals(domain) && r.kind().equals(kind)) {
        throw new BadInputException(
            "--kind",
            "the project already has the kind "
                + kind
                + " in "
                + r.apiGroup()
                + "; op-boot names an API's files by its group's first label and kind (the reconciler, sample and"
                + " roles), so "
                + kind
                + " of "
                + apiGroup
                + " cannot sit beside it. Nothing was changed.");
      }
    }
    Optional<ProjectResource> same = project.find(group, domain, version, kind);
    if (same.isPresent() && !force) {
      throw new BadInputException(
          "--kind",
          "the API "
              + apiGroup
              + "/"
              + version
              + " "
              + kind
              + " already exists in PROJECT; nothing was changed. To scaffold its files again, pass --force.");
    }

    List<ProjectResource> otherVersions =
        project.versionsOf(group, domain, kind).stream()
            .filter(r -> !r.version().equals(version))
            .toList();
    for (ProjectResource r : project.resources()) {
      boolean sameGroup = r.group().equals(group) && r.domain().equals(domain);
      if (sameGroup && !r.kind().equals(kind) && r.plural().equals(pluralName)) {
        throw new BadInputException(
            "--plural",
            "the plural '"
                + pluralName
                + "' is already used by"
                + " kind "
                + r.kind()
                + " in "
                + apiGroup
                + ". Pass another --plural.");
      }
      if (sameGroup && r.kind().equals(kind) && !r.version().equals(version)) {
        if (!r.plural().equals(pluralName)) {
          throw new BadInputException(
              "--plural",
              kind
                  + " is already served as '"
                  + r.plural()
                  + "' by "
                  + r.version()
                  + "; every version of a kind has one plural. Pass --plural "
                  + r.plural()
                  + " or leave it out.");
        }
        if (r.namespaced() != namespaced) {
          throw new BadInputException(
              "--namespaced",
              kind
                  + " "
                  + r.version()
                  + " is "
                  + (r.namespaced() ? "namespaced" : "cluster-scoped")
                  + "; every version of a kind has"
                  + " the same scope. Pass --namespaced="
                  + r.namespaced()
                  + ".");
        }
      }
    }

    Optional<ProjectResource> reconciled =
        project.resources().stream()
            .filter(r -> r.kind().equals(kind) && r.controller())
            .filter(r -> !(r.group().equals(group) && r.version().equals(version)))
            .findFirst();
    boolean withController;
    if (controller == null) {
      withController = reconciled.isEmpty() || !reconciled.get().group().equals(group);
    } else {
      withController = controller;
    }
    if (withController && reconciled.isPresent()) {
      ProjectResource r = reconciled.get();
      throw new BadInputException(
          "--controller",
          "kind "
              + kind
              + " already has a reconciler ("
              + TemplateData.controllerPackage(project)
              + "."
              + kind
              + "Reconciler, for "
              + r.apiGroup()
              + "/"
              + r.version()
              + "); JOSDK runs one reconciler per class name. Pass --controller=false.");
    }
    List<String> owns =
        ownedKinds != null ? ownedKinds : same.map(ProjectResource::owns).orElse(List.of());
    if (!owns.isEmpty() && !withController) {
      throw new BadInputException(
          "--owns",
          "--owns wires the owned kinds into "
              + kind
              + "'s reconciler, and "
              + (controller == null
                  ? "this version gets none (the kind's reconciler serves another version)"
                  : "--controller=false scaffolds none")
              + ". Drop --owns, or pass it where the reconciler is scaffolded.");
    }
    if (owns.contains(kind)) {
      throw new BadInputException(
          "--owns",
          "--owns "
              + kind
              + ": the kind is itself "
              + kind
              + ", and its classes would clash with Kubernetes' "
              + kind
              + " in the reconciler. Name the kind differently (for example My"
              + kind
              + "), or drop "
              + kind
              + " from --owns.");
    }
    if (withController && !namespaced && project.isNamespaced()) {
      throw new BadInputException(
          "--namespaced",
          "the project's operator watches only its own namespace (PROJECT says namespaced: true, from"
              + " 'op-boot init --namespaced'), but a reconciler of the cluster-scoped kind "
              + kind
              + " needs a ClusterRole, which its config/rbac does not bind. Leave --namespaced=false out"
              + " for a namespaced kind, or pass --controller=false to scaffold the API without a"
              + " reconciler. Nothing was changed.");
    }
    if (!resource && !withController) {
      throw new BadInputException(
          "--resource",
          "--resource=false and --controller=false leave"
              + " nothing to scaffold. Drop one of them.");
    }
    String apiPackage =
        importedPackage != null
            ? importedPackage
            : project.packageName() + ".api." + packageSegments(group) + "." + version;
    if (!resource
        && !fileExists.test(
            "src/main/java/" + TemplateData.packagePath(apiPackage) + "/" + kind + ".java")) {
      throw new BadInputException(
          "--resource",
          "--resource=false needs the class "
              + apiPackage
              + "."
              + kind
              + " to exist already, and it does not. Drop --resource=false.");
    }

    boolean storage =
        importedStorage != null
            ? importedStorage
            : same.map(ProjectResource::storage)
                .orElse(otherVersions.stream().noneMatch(ProjectResource::storage));
    ProjectResource entry =
        new ProjectResource(
            group,
            domain,
            version,
            kind,
            pluralName,
            namespaced,
            apiPackage,
            resource || same.map(ProjectResource::api).orElse(false),
            withController,
            storage,
            external,
            owns,
            same.map(ProjectResource::webhooks).orElse(null));
    return new ApiRequest(entry, force, same.isPresent());
  }

  private static void checkKind(String kind) throws BadInputException {
    if (JavaNames.isKeyword(kind)) {
      throw new BadInputException(
          "--kind",
          "--kind '"
              + kind
              + "' is a Java keyword; a kind is"
              + " UpperCamelCase, for example Guestbook.");
    }
    valid(
        "--kind",
        kind,
        KubernetesNames.checkKindSyntax(kind),
        "an UpperCamelCase name such as Guestbook");
    if (RESERVED_KINDS.contains(kind)) {
      throw new BadInputException(
          "--kind",
          "--kind '"
              + kind
              + "' is reserved: it clashes with a"
              + " Java or Kubernetes class the generated code uses. Choose another name, for example My"
              + kind
              + ".");
    }
    if (kind.endsWith("List")) {
      throw new BadInputException(
          "--kind",
          "--kind '"
              + kind
              + "' ends in 'List', which Kubernetes"
              + " reserves for the list type of every kind. Choose another name.");
    }
  }

  private static String packageSegments(String group) {
    StringBuilder out = new StringBuilder();
    for (String label : group.split("\\.")) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(JavaNames.toPackageSegment(label));
    }
    return out.toString();
  }
}
