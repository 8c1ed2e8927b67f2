package dev.opboot.project;

import dev.opboot.core.BadInputException;
import dev.opboot.scaffold.project.Project;
import dev.opboot.scaffold.project.ProjectFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code build}, {@code run} and {@code deploy} do to an op-boot project: find it, run its
 * Maven build, find the jar that build makes. Regenerating its manifests is {@link
 * ProjectGeneration}'s.
 */
public final class ProjectTools {
  private ProjectTools() {}

  public static Project load(Path projectRoot) throws BadInputException {
    return ProjectFile.load(projectRoot);
  }

  /** Maven for the project: its wrapper when it has one, else mvn from PATH. */
  public static ExternalCommand maven(Path projectRoot, String... args)
      throws CommandFailedException {
    List<String> line = new ArrayList<>();
    Path wrapper = projectRoot.resolve("mvnw");
    if (Files.isExecutable(wrapper)) {
      line.add(wrapper.toString());
    } else {
      line.add(
          ExternalCommand.onPath("mvn")
              .orElseThrow(
                  () ->
                      new CommandFailedException(
                          "Maven ('mvn') was not found on PATH; op-boot builds the operator with it. Install Maven 3.8+"
                              + " and put it on PATH."))
              .toString());
    }
    line.add("-B");
    line.addAll(List.of(args));
    return ExternalCommand.of(projectRoot, line);
  }

  /** The class-path-ready jar Maven builds (the scaffold's pom names it after the artifactId). */
  public static Path operatorJar(Path projectRoot, Project project) {
    return projectRoot.resolve("target").resolve(project.artifactId() + ".jar");
  }
}
