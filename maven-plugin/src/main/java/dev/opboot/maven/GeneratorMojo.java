package dev.opboot.maven;

import dev.opboot.core.files.ChangeSet;
import dev.opboot.core.files.FileChange;
import dev.opboot.core.files.OutputException;
import dev.opboot.core.files.UnifiedDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What op-boot's goals share: the project's sources and compile class path as the engines' input,
 * and writing their files, or (with check) failing the build with a diff when a committed one is stale.
 */
abstract class GeneratorMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The project's source folders that exist. */
  List<Path> sources() {
    List<Path> sources = new ArrayList<>();
    for (String root : project.getCompileSourceRoots()) {
      if (Files.isDirectory(Path.of(root))) {
        sources.add(Path.of(root));
      }
    }
    return sources;
  }

  /** The compile class path the sources are read against. */
  List<Path> classpath() throws MojoExecutionException {
    List<Path> classpath = new ArrayList<>();
    try {
      for (String element : project.getCompileClasspathElements()) {
        classpath.add(Path.of(element));
      }
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the compile class path is not resolved", e);
    }
    return classpath;
  }

  /**
   * Writes {@code files} under {@code output}, or with {@code check} compares them and fails with a diff
   * naming {@code regenerate}, the command that brings them up to date.
   */
  void writeOrCheck(Map<String, String> files, Path output, boolean check, String regenerate)
      throws MojoExecutionException, MojoFailureException {
    ChangeSet changes;
    try {
      changes = ChangeSet.against(output, files);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read " + output, e);
    }
    Path base = project.getBasedir().toPath();
    if (check) {
      List<FileChange> stale = changes.writes();
      for (FileChange change : stale) {
        getLog().error(UnifiedDiff.of(base.relativize(output.resolve(change.path())).toString(),
            change.previous(), change.content()));
      }
      if (!stale.isEmpty()) {
        throw new MojoFailureException(stale.size() + " file(s) under " + base.relativize(output)
            + " are stale: run 'mvn process-classes' (or '" + regenerate + "') and commit the result.");
      }
      getLog().info("op-boot: " + files.size() + " file(s) under " + base.relativize(output) + " up to date");
      return;
    }
    try {
      changes.apply(output);
    } catch (OutputException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    for (FileChange change : changes.changes()) {
      getLog().info("op-boot: " + change.action().pastTense() + " " + base.relativize(output.resolve(change.path())));
    }
  }
}
