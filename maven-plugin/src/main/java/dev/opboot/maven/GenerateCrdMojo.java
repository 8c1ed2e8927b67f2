package dev.opboot.maven;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.opboot.core.files.ChangeSet;
import dev.opboot.core.files.FileChange;
import dev.opboot.core.files.OutputException;
import dev.opboot.core.files.UnifiedDiff;
import dev.opboot.generate.CrdGenerator;
import dev.opboot.generate.GeneratorException;
import dev.opboot.scaffold.ScaffoldVersions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Regenerates the project's CRDs from its API classes as part of the build, the same engine as
 * {@code op-boot generate crd}: {@code mvn package} leaves {@code config/crd/bases} up to date, and
 * {@code -Dop-boot.crd.check} fails the build instead when a committed CRD is stale.
 */
@Mojo(name = "generate-crd", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateCrdMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Where the CRD files go. */
  @Parameter(property = "op-boot.crd.output", defaultValue = "${project.basedir}/config/crd/bases")
  private File outputDirectory;

  /** Fail when a CRD file is stale instead of writing it (for CI). */
  @Parameter(property = "op-boot.crd.check", defaultValue = "false")
  private boolean check;

  /** Truncate descriptions to this many characters; 0 leaves them out. */
  @Parameter(property = "op-boot.crd.maxDescLen")
  private Integer maxDescriptionLength;

  /** Skip CRD generation. */
  @Parameter(property = "op-boot.crd.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("op-boot: CRD generation skipped");
      return;
    }
    List<Path> sources = new ArrayList<>();
    for (String root : project.getCompileSourceRoots()) {
      if (Files.isDirectory(Path.of(root))) {
        sources.add(Path.of(root));
      }
    }
    if (sources.isEmpty()) {
      getLog().info("op-boot: no sources, no CRDs");
      return;
    }
    List<Path> classpath = new ArrayList<>();
    try {
      for (String element : project.getCompileClasspathElements()) {
        classpath.add(Path.of(element));
      }
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the compile class path is not resolved", e);
    }
    SortedMap<String, String> files;
    try {
      files = CrdGenerator.generate(new CrdGenerator.Options(sources, classpath, maxDescriptionLength,
          ScaffoldVersions.current().opBoot()));
    } catch (GeneratorException e) {
      throw new MojoFailureException("op-boot could not generate CRDs:\n" + e.getMessage(), e);
    }
    Path output = outputDirectory.toPath();
    ChangeSet changes = new ChangeSet();
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path target = output.resolve(file.getKey());
        byte[] previous = Files.isRegularFile(target) ? Files.readAllBytes(target) : null;
        changes.add(FileChange.replacing(file.getKey(), file.getValue().getBytes(UTF_8), previous, ""));
      }
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
        throw new MojoFailureException(stale.size() + " CRD file(s) under " + base.relativize(output)
            + " are stale: run 'mvn process-classes' (or 'op-boot generate crd') and commit the result.");
      }
      getLog().info("op-boot: " + files.size() + " CRD file(s) up to date");
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
