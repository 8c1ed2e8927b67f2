package dev.opboot.scaffold.init;

import dev.opboot.core.Versions;
import dev.opboot.scaffold.IfExists;
import dev.opboot.scaffold.Scaffold;
import dev.opboot.scaffold.Template;
import dev.opboot.scaffold.TemplateData;
import dev.opboot.scaffold.project.Project;
import dev.opboot.scaffold.project.ProjectFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The files of a new operator project. Templates live under {@code init/} in the resources,
 * mirroring the tree they produce.
 */
public final class InitScaffold {
  /**
   * Files whose path does not depend on names: template {@code init/<path>.ftl} → {@code <path>}.
   */
  private static final List<String> FIXED_PATHS =
      List.of(
          "pom.xml",
          "README.md",
          "Dockerfile",
          ".gitignore",
          ".dockerignore",
          "src/main/resources/simplelogger.properties",
          "config/default/kustomization.yaml",
          "config/manager/kustomization.yaml",
          "config/manager/manager.yaml",
          "config/rbac/kustomization.yaml",
          "config/rbac/service_account.yaml",
          "config/rbac/role.yaml",
          "config/rbac/role_binding.yaml",
          "config/rbac/leader_election_role.yaml",
          "config/rbac/leader_election_role_binding.yaml");

  /** Classes of the base package: template {@code init/<dir>/<Name>.java.ftl}. */
  private static final List<String> MAIN_CLASSES =
      List.of(
          TemplateData.MAIN_CLASS,
          TemplateData.RECONCILERS_CLASS,
          "ManagementServer",
          "Conditions",
          "Events");

  private static final List<String> TEST_CLASSES = List.of("ManagementServerTest", "OperatorIT");

  private InitScaffold() {}

  /**
   * The scaffold for {@code request}; with {@code force}, existing files are replaced, each saved
   * first (see {@link IfExists#REPLACE}).
   */
  public static Scaffold of(InitRequest request, Versions versions, boolean force) {
    Project project = request.toProject(versions.opBoot());
    IfExists ifExists = force ? IfExists.REPLACE : IfExists.ERROR;
    String packagePath = TemplateData.packagePath(project.packageName());

    List<Template> files = new ArrayList<>();
    files.add(Template.literal(ProjectFile.NAME, ProjectFile.toYaml(project), ifExists));
    for (String path : FIXED_PATHS) {
      files.add(Template.file(path, "init/" + path + ".ftl", ifExists));
    }
    for (String name : MAIN_CLASSES) {
      files.add(
          Template.file(
              "src/main/java/" + packagePath + "/" + name + ".java",
              "init/src/main/java/" + name + ".java.ftl",
              ifExists));
    }
    for (String name : TEST_CLASSES) {
      files.add(
          Template.file(
              "src/test/java/" + packagePath + "/" + name + ".java",
              "init/src/test/java/" + name + ".java.ftl",
              ifExists));
    }
    return new Scaffold(
        Map.of("project", TemplateData.project(project, versions)), files, List.of());
  }
}
