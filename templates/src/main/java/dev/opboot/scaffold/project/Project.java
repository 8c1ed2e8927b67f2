package dev.opboot.scaffold.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an op-boot project is, as recorded in its {@code PROJECT} file: the single source of truth
 * every later command reads (kubebuilder keeps the same file for the same reason).
 *
 * @param layout the format of this file and of the scaffold it describes
 * @param domain the domain API groups live under: group {@code webapp} → {@code webapp.<domain>}
 * @param projectName the project's name, also the prefix of its Kubernetes objects
 * @param groupId the Maven groupId
 * @param artifactId the Maven artifactId
 * @param packageName the base Java package
 * @param namespaced whether the operator watches only its own namespace ({@code init --namespaced},
 *     as kubebuilder's namespaced manager): its reconcilers watch {@code WATCH_NAMESPACE} and its
 *     role is a Role there; written only when true
 * @param opBootVersion the op-boot version that last wrote this file
 * @param resources every API scaffolded, in the order it was created
 */
@JsonPropertyOrder({
  "layout",
  "domain",
  "projectName",
  "groupId",
  "artifactId",
  "package",
  "namespaced",
  "opBootVersion",
  "resources"
})
public record Project(
    String layout,
    String domain,
    String projectName,
    String groupId,
    String artifactId,
    @JsonProperty("package") String packageName,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean namespaced,
    String opBootVersion,
    List<ProjectResource> resources) {

  /** The only layout this version of op-boot writes and reads. */
  public static final String LAYOUT = "josdk.v5";

  public Project {
    namespaced = Boolean.TRUE.equals(namespaced);
    resources = resources == null ? List.of() : List.copyOf(resources);
  }

  /** A project that watches every namespace, as PROJECT files before {@code namespaced} say. */
  public Project(
      String layout,
      String domain,
      String projectName,
      String groupId,
      String artifactId,
      String packageName,
      String opBootVersion,
      List<ProjectResource> resources) {
    this(
        layout,
        domain,
        projectName,
        groupId,
        artifactId,
        packageName,
        false,
        opBootVersion,
        resources);
  }

  /** Whether the operator watches only its own namespace. */
  public boolean isNamespaced() {
    return Boolean.TRUE.equals(namespaced);
  }

  /** The resource with this group, version and kind, if scaffolded. */
  public Optional<ProjectResource> find(String group, String domain, String version, String kind) {
    return resources.stream()
        .filter(
            r ->
                r.group().equals(group)
                    && r.domain().equals(domain)
                    && r.version().equals(version)
                    && r.kind().equals(kind))
        .findFirst();
  }

  /** Every version of a group's kind. */
  public List<ProjectResource> versionsOf(String group, String domain, String kind) {
    return resources.stream()
        .filter(r -> r.group().equals(group) && r.domain().equals(domain) && r.kind().equals(kind))
        .toList();
  }

  /** This project with {@code resource} added, or replacing the entry of the same GVK in place. */
  public Project withResource(ProjectResource resource, String writtenBy) {
    List<ProjectResource> updated = new ArrayList<>(resources);
    int at = -1;
    for (int i = 0; i < updated.size(); i++) {
      ProjectResource r = updated.get(i);
      if (r.group().equals(resource.group())
          && r.domain().equals(resource.domain())
          && r.version().equals(resource.version())
          && r.kind().equals(resource.kind())) {
        at = i;
      }
    }
    if (at >= 0) {
      updated.set(at, resource);
    } else {
      updated.add(resource);
    }
    return new Project(
        layout,
        domain,
        projectName,
        groupId,
        artifactId,
        packageName,
        namespaced,
        writtenBy,
        updated);
  }
}
