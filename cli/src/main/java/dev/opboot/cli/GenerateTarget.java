package dev.opboot.cli;

import dev.opboot.core.files.ChangeSet;
import dev.opboot.core.files.FileChange;
import dev.opboot.core.files.OutputException;
import dev.opboot.core.files.UnifiedDiff;
import dev.opboot.core.BadInputException;
import dev.opboot.scaffold.project.ProjectFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the {@code generate} commands share: where they read (sources, class path) and write, with
 * an op-boot project's defaults, and how they write their files or, with --check, show what is stale.
 *
 * @param project   the project folder (--dir)
 * @param sources   the source folders to read
 * @param classpath what the sources compile against
 * @param output    the folder the files go to
 */
record GenerateTarget(Path project, List<Path> sources, List<Path> classpath, Path output) {

  /**
   * Resolves the flags: in an op-boot project, {@code src/main/java} and {@code defaultOutput} when
   * not given; outside one, --source and --output are required. {@code what} names what the sources hold.
   */
  static GenerateTarget of(Path project, List<String> sources, String classpath, String output, String defaultOutput,
      String what) throws BadInputException {
    boolean inProject = ProjectFile.exists(project);
    List<Path> sourceDirs = new ArrayList<>();
    for (String s : sources) {
      sourceDirs.add(project.resolve(s));
    }
    if (sourceDirs.isEmpty()) {
      if (!inProject) {
        throw new BadInputException("--source", "outside an op-boot project, pass --source with the folder of"
            + " your " + what + " (and --classpath, --output).");
      }
      sourceDirs.add(project.resolve("src/main/java"));
    }
    if (output == null && !inProject) {
      throw new BadInputException("--output", "outside an op-boot project, pass --output with the folder for"
          + " the generated files.");
    }
    List<Path> cp = classpath != null ? ProjectClasspath.split(classpath)
        : Files.isRegularFile(project.resolve("pom.xml")) ? ProjectClasspath.of(project) : List.of();
    return new GenerateTarget(project, sourceDirs, cp, project.resolve(output != null ? output : defaultOutput));
  }

  /**
   * Writes {@code files} and lists them; with {@code check} writes nothing, prints a diff of each stale
   * file and returns {@link ExitCodes#FAILURE} if any is. {@code regenerate} is the command that fixes it.
   */
  int writeOrCheck(PrintWriter out, Map<String, String> files, boolean check, String regenerate)
      throws IOException, OutputException {
    ChangeSet changes = ChangeSet.against(output, files);
    Path shown = output.startsWith(project) ? project.relativize(output) : output;
    if (check) {
      List<FileChange> stale = changes.writes();
      for (FileChange change : stale) {
        out.print(UnifiedDiff.of(shown.resolve(change.path()).toString(), change.previous(), change.content()));
      }
      for (FileChange change : changes.changes()) {
        out.println((change.action().writes() ? "  stale      " : "  up to date ") + shown.resolve(change.path()));
      }
      if (!stale.isEmpty()) {
        out.println(stale.size() + " file(s) are stale: run '" + regenerate + "' and commit the result.");
      }
      out.flush();
      return stale.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
    changes.apply(output);
    for (FileChange change : changes.changes()) {
      out.printf("  %-9s  %s%n", change.action().pastTense(), shown.resolve(change.path()));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
