package dev.opboot.cli;

import dev.opboot.core.BadInputException;
import dev.opboot.scaffold.project.Project;
import dev.opboot.scaffold.project.ProjectFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code build}, {@code run} and {@code deploy} do to an op-boot project: find it, run its
 * Maven build, regenerate its manifests with op-boot's own generate commands.
 */
final class ProjectTools {
  private ProjectTools() {}

  static Project load(Path projectRoot) throws BadInputException {
    return ProjectFile.load(projectRoot);
  }

  /** Maven for the project: its wrapper when it has one, else mvn from PATH. */
  static ExternalCommand maven(Path projectRoot, String... args) throws CommandFailedException {
    List<String> line = new ArrayList<>();
    Path wrapper = projectRoot.resolve("mvnw");
    if (Files.isExecutable(wrapper)) {
      line.add(wrapper.toString());
    } else {
      line.add(ExternalCommand.onPath("mvn").orElseThrow(() -> new CommandFailedException(
          "Maven ('mvn') was not found on PATH; op-boot builds the operator with it. Install Maven 3.8+"
              + " and put it on PATH.")).toString());
    }
    line.add("-B");
    line.addAll(List.of(args));
    return ExternalCommand.of(projectRoot, line);
  }

  /**
   * Runs {@code op-boot generate <what> [--check]} on the project in-process, so a build uses exactly
   * what the user would run by hand. Its report goes to {@code out} when given.
   */
  static void generate(Path projectRoot, String what, boolean check, PrintWriter out) throws CommandFailedException {
    StringWriter text = new StringWriter();
    PrintWriter capture = new PrintWriter(text, true);
    List<String> args = new ArrayList<>(List.of("generate", what, "--dir", projectRoot.toString()));
    if (check) {
      args.add("--check");
    }
    int code = OpBoot.commandLine(projectRoot, capture, capture).execute(args.toArray(String[]::new));
    capture.flush();
    if (out != null) {
      out.print(text);
      out.flush();
    }
    if (code != ExitCodes.OK) {
      throw new CommandFailedException("'op-boot generate " + what + (check ? " --check" : "") + "' failed:\n"
          + text.toString().stripTrailing());
    }
  }

  /** The first step of build and run: the CRDs and role regenerated (or, with {@code check}, checked). */
  static void addGenerateStep(Steps steps, Path project, boolean check, PrintWriter echo) {
    String flag = check ? " --check" : "";
    steps.add(check ? "Check that CRDs and RBAC are up to date" : "Generate CRDs and RBAC",
        List.of("op-boot generate crd" + flag, "op-boot generate rbac" + flag), () -> {
          generate(project, "crd", check, echo);
          generate(project, "rbac", check, echo);
        });
  }

  /** The class-path-ready jar Maven builds (the scaffold's pom names it after the artifactId). */
  static Path operatorJar(Path projectRoot, Project project) {
    return projectRoot.resolve("target").resolve(project.artifactId() + ".jar");
  }
}
