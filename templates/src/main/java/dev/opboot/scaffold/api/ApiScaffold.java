package dev.opboot.scaffold.api;

import dev.opboot.core.Versions;
import dev.opboot.scaffold.IfExists;
import dev.opboot.scaffold.Insertion;
import dev.opboot.scaffold.ReconcilerRegistration;
import dev.opboot.scaffold.Scaffold;
import dev.opboot.scaffold.Template;
import dev.opboot.scaffold.TemplateData;
import dev.opboot.scaffold.project.OwnedKind;
import dev.opboot.scaffold.project.Project;
import dev.opboot.scaffold.project.ProjectFile;
import dev.opboot.scaffold.project.ProjectResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of one API version: its own files (replaced only with --force, each saved first), the
 * files it shares with other APIs (created once, then added to at their markers: the reconciler's
 * registration goes into the user's {@code Reconcilers} class, or into the main class of a project
 * scaffolded before that class existed, unless either already registers it), and the PROJECT entry.
 */
public final class ApiScaffold {
  private static final String MAIN = "src/main/java/";
  private static final String TEST = "src/test/java/";

  private ApiScaffold() {}

  public static Scaffold of(Project project, ApiRequest request, Versions versions) {
    return build(project, request, versions, null);
  }

  /**
   * Classes imported from a CRD ({@code create api --from-crd}) instead of the scaffolded resource,
   * spec and status.
   *
   * @param sources the imported classes' sources by path under {@code src/main/java}
   * @param sampleSpec the sample's {@code spec:} block (YAML, ending in a newline), or null for
   *     none
   * @param reportsReady whether the status has Kubernetes' conditions and an observedGeneration, so
   *     that the reconciler can report Ready as a scaffolded one does
   */
  public record Imported(Map<String, String> sources, String sampleSpec, boolean reportsReady) {}

  /**
   * The files of an API imported from a CRD: the imported classes, and a reconciler that reads the
   * resource without assuming what its status holds. An external API ({@link
   * ProjectResource#external()}) gets no sample and no CRD entries in the kustomizations: its CRD
   * is installed by its owner.
   */
  public static Scaffold ofImport(
      Project project, ApiRequest request, Versions versions, Imported imported) {
    return build(project, request, versions, imported);
  }

  private static Scaffold build(
      Project project, ApiRequest request, Versions versions, Imported imported) {
    ProjectResource resource = request.resource();
    Project updated = project.withResource(resource, versions.opBoot());
    Map<String, Object> names = new HashMap<>(TemplateData.resource(updated, resource));
    if (imported != null && imported.sampleSpec() != null) {
      names.put("sampleSpec", imported.sampleSpec());
    }
    names.put("imported", imported != null);
    // a reconciler that only reads an imported resource has no use for time
    names.put("takesClock", imported == null || imported.reportsReady());
    Map<String, Object> data =
        Map.of("project", TemplateData.project(updated, versions), "resource", names);
    IfExists own = request.force() ? IfExists.REPLACE : IfExists.ERROR;
    boolean kindExisted =
        project.versionsOf(resource.group(), resource.domain(), resource.kind()).stream()
            .anyMatch(r -> !r.version().equals(resource.version()));
    IfExists perKind = kindExisted ? IfExists.SKIP : own;

    String apiPath = MAIN + TemplateData.packagePath(resource.apiPackage()) + "/" + resource.kind();
    String controllerPath =
        TemplateData.packagePath(TemplateData.controllerPackage(project))
            + "/"
            + resource.kind()
            + "Reconciler";
    String rolePrefix = "config/rbac/" + names.get("roleFilePrefix");
    String basePackage = MAIN + TemplateData.packagePath(project.packageName()) + "/";
    String reconcilers = basePackage + TemplateData.RECONCILERS_CLASS + ".java";
    // projects scaffolded before Reconcilers existed register in their main class
    String mainClass = basePackage + TemplateData.MAIN_CLASS + ".java";

    List<Template> files = new ArrayList<>();
    List<Insertion> insertions = new ArrayList<>();
    files.add(Template.literal(ProjectFile.NAME, ProjectFile.toYaml(updated), IfExists.OVERWRITE));
    if (resource.api()) {
      if (imported == null) {
        files.add(Template.file(apiPath + ".java", "api/Resource.java.ftl", own));
        files.add(Template.file(apiPath + "Spec.java", "api/Spec.java.ftl", own));
        files.add(Template.file(apiPath + "Status.java", "api/Status.java.ftl", own));
      } else {
        new TreeMap<>(imported.sources())
            .forEach((path, source) -> files.add(Template.literal(MAIN + path, source, own)));
      }
      if (!resource.external()) {
        files.add(
            Template.file("config/samples/" + names.get("sampleFile"), "api/sample.yaml.ftl", own));
      }
      files.add(
          Template.file(rolePrefix + "_editor_role.yaml", "api/editor_role.yaml.ftl", perKind));
      files.add(
          Template.file(rolePrefix + "_viewer_role.yaml", "api/viewer_role.yaml.ftl", perKind));
      if (!resource.external()) {
        files.add(
            Template.file(
                "config/crd/kustomization.yaml", "api/crd-kustomization.yaml.ftl", IfExists.SKIP));
        files.add(
            Template.file(
                "config/samples/kustomization.yaml",
                "api/samples-kustomization.yaml.ftl",
                IfExists.SKIP));
        insertions.add(
            new Insertion(
                "config/crd/kustomization.yaml",
                "crdkustomizeresource",
                "api/fragments/crd-resource.ftl"));
        insertions.add(
            new Insertion(
                "config/default/kustomization.yaml", "crd", "api/fragments/default-crd.ftl"));
        insertions.add(
            new Insertion(
                "config/samples/kustomization.yaml", "samples", "api/fragments/sample.ftl"));
      }
      insertions.add(
          new Insertion("config/rbac/kustomization.yaml", "rbac", "api/fragments/rbac-roles.ftl"));
    }
    if (resource.controller()) {
      String prefix = imported == null || imported.reportsReady() ? "api/" : "api/Imported";
      files.add(
          Template.file(MAIN + controllerPath + ".java", prefix + "Reconciler.java.ftl", own));
      files.add(
          Template.file(
              TEST + controllerPath + "Test.java", prefix + "ReconcilerTest.java.ftl", own));
      // projects scaffolded before Events existed get it with their next reconciler
      files.add(
          Template.file(
              basePackage + "Events.java", "init/src/main/java/Events.java.ftl", IfExists.ENSURE));
      String controllerFolder = TemplateData.packagePath(TemplateData.controllerPackage(project));
      for (String kind : resource.owns()) {
        Map<String, Object> owned =
            Map.of("owned", TemplateData.owned(resource, OwnedKind.named(kind)));
        String dependent = controllerFolder + "/" + TemplateData.dependentClass(resource, kind);
        files.add(
            Template.file(MAIN + dependent + ".java", "api/OwnedDependent.java.ftl", own, owned));
        files.add(
            Template.file(
                TEST + dependent + "Test.java", "api/OwnedDependentTest.java.ftl", own, owned));
      }
      if (!resource.owns().isEmpty()) {
        files.add(
            Template.file(
                TEST
                    + TemplateData.packagePath(project.packageName())
                    + "/"
                    + resource.kind()
                    + "OwnedResourcesIT.java",
                "api/OwnedResourcesIT.java.ftl",
                own));
      }
      ReconcilerRegistration registered =
          new ReconcilerRegistration(resource.kind() + "Reconciler", resource.kind());
      insertions.add(
          new Insertion(reconcilers, "imports", "api/fragments/main-import.ftl")
              .orInto(mainClass)
              .unless(registered));
      insertions.add(
          new Insertion(reconcilers, "reconcilers", "api/fragments/main-register.ftl")
              .orInto(mainClass)
              .unless(registered));
    }
    return new Scaffold(data, files, insertions);
  }
}
