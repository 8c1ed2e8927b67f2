package dev.opboot.scaffold.init;

import static dev.opboot.scaffold.RequestChecks.required;
import static dev.opboot.scaffold.RequestChecks.valid;

import dev.opboot.core.BadInputException;
import dev.opboot.core.names.JavaNames;
import dev.opboot.core.names.KubernetesNames;
import dev.opboot.scaffold.project.Project;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A validated request for a new project, with every default filled in. Built only through {@link
 * #of}, so an invalid request never reaches the templates.
 */
public record InitRequest(
    String domain,
    String projectName,
    String groupId,
    String artifactId,
    String packageName,
    boolean namespaced) {

  /**
   * Checks the user's values and derives the rest: the project name from the folder, the groupId
   * from the domain reversed, the artifactId from the project name, the package from both.
   *
   * @param folderName the target folder's name, the default project name
   * @throws BadInputException naming the flag at fault
   */
  public static InitRequest of(
      String domain,
      String projectName,
      String groupId,
      String artifactId,
      String packageName,
      String folderName)
      throws BadInputException {
    return of(domain, projectName, groupId, artifactId, packageName, folderName, false);
  }

  /**
   * As {@link #of(String, String, String, String, String, String)}, for an operator that watches
   * only its own namespace when {@code namespaced} ({@code --namespaced}).
   */
  public static InitRequest of(
      String domain,
      String projectName,
      String groupId,
      String artifactId,
      String packageName,
      String folderName,
      boolean namespaced)
      throws BadInputException {
    required(
        "--domain",
        domain,
        "the domain your API groups live under, for example --domain example.com"
            + " (group webapp becomes webapp.example.com)");
    valid(
        "--domain",
        domain,
        KubernetesNames.checkDns1123Subdomain(domain),
        "a DNS subdomain such as example.com or my.domain");

    String name = projectName;
    if (name == null) {
      name = folderName;
      Optional<String> problem = KubernetesNames.checkDns1123Label(name == null ? "" : name);
      if (problem.isPresent()) {
        throw new BadInputException(
            "--project-name",
            "the folder name '"
                + name
                + "' cannot be the"
                + " project name: "
                + problem.get()
                + ". Pass --project-name with a lower-case name such"
                + " as my-operator.");
      }
    }
    valid(
        "--project-name",
        name,
        KubernetesNames.checkDns1123Label(name),
        "a lower-case name such as my-operator (it prefixes the operator's Kubernetes objects)");
    if (name.length() > 40) {
      throw new BadInputException(
          "--project-name",
          "--project-name '"
              + name
              + "' is longer than 40"
              + " characters: it prefixes Kubernetes object names, which must stay within 63. Pass a shorter name.");
    }

    String group = groupId != null ? groupId : reverse(domain);
    if (JavaNames.checkMavenId(group).isPresent()) {
      throw new BadInputException(
          "--group-id",
          "--group-id '"
              + group
              + "' is not a Maven groupId:"
              + " use letters, digits, '.', '-' and '_', for example com.example.");
    }
    String artifact = artifactId != null ? artifactId : name;
    if (JavaNames.checkMavenId(artifact).isPresent()) {
      throw new BadInputException(
          "--artifact-id",
          "--artifact-id '"
              + artifact
              + "' is not a Maven"
              + " artifactId: use letters, digits, '.', '-' and '_', for example my-operator.");
    }
    String pkg = packageName;
    if (pkg == null) {
      List<String> segments = new ArrayList<>();
      for (String part : group.split("\\.")) {
        if (!part.isEmpty()) {
          segments.add(JavaNames.toPackageSegment(part));
        }
      }
      segments.add(JavaNames.toPackageSegment(name));
      pkg = String.join(".", segments);
    }
    valid(
        "--package",
        pkg,
        JavaNames.checkPackageName(pkg),
        "a Java package such as com.example.operator");
    return new InitRequest(domain, name, group, artifact, pkg, namespaced);
  }

  /** The PROJECT model of the new project, with no resources yet. */
  public Project toProject(String opBootVersion) {
    return new Project(
        Project.LAYOUT,
        domain,
        projectName,
        groupId,
        artifactId,
        packageName,
        namespaced,
        opBootVersion,
        List.of());
  }

  private static String reverse(String domain) {
    List<String> labels = new ArrayList<>(List.of(domain.split("\\.")));
    Collections.reverse(labels);
    return String.join(".", labels);
  }
}
