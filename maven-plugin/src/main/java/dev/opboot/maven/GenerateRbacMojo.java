package dev.opboot.maven;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.opboot.core.files.ChangeSet;
import dev.opboot.core.files.FileChange;
import dev.opboot.core.files.OutputException;
import dev.opboot.core.files.UnifiedDiff;
import dev.opboot.generate.GeneratorException;
import dev.opboot.generate.rbac.RbacGenerator;
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
 * Regenerates the manager's role from the project's reconcilers as part of the build, the same
 * engine as {@code op-boot generate rbac}: {@code mvn package} leaves {@code config/rbac/role.yaml}
 * up to date, and {@code -Dop-boot.rbac.check} fails the build instead when the committed role is
 * stale, so a new dependent or informer cannot ship without its permission.
 */
@Mojo(name = "generate-rbac", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateRbacMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Where role.yaml goes. */
  @Parameter(property = "op-boot.rbac.output", defaultValue = "${project.basedir}/config/rbac")
  private File outputDirectory;

  /** The role's name, which config/rbac/role_binding.yaml binds. */
  @Parameter(property = "op-boot.rbac.roleName", defaultValue = RbacGenerator.DEFAULT_ROLE_NAME)
  private String roleName;

  /** Fail when role.yaml is stale instead of writing it (for CI). */
  @Parameter(property = "op-boot.rbac.check", defaultValue = "false")
  private boolean check;

  /** Skip role generation. */
  @Parameter(property = "op-boot.rbac.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("op-boot: role generation skipped");
      return;
    }
    List<Path> sources = new ArrayList<>();
    for (String root : project.getCompileSourceRoots()) {
      if (Files.isDirectory(Path.of(root))) {
        sources.add(Path.of(root));
      }
    }
    if (sources.isEmpty()) {
      getLog().info("op-boot: no sources, no role");
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
      files = RbacGenerator.generate(new RbacGenerator.Options(sources, classpath, roleName));
    } catch (GeneratorException e) {
      throw new MojoFailureException("op-boot could not generate the role:\n" + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      getLog().info("op-boot: no reconcilers and no @RbacRule, no role");
      return;
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
        throw new MojoFailureException(base.relativize(output.resolve(RbacGenerator.FILE_NAME)) + " is stale: run"
            + " 'mvn process-classes' (or 'op-boot generate rbac') and commit the result.");
      }
      getLog().info("op-boot: " + base.relativize(output.resolve(RbacGenerator.FILE_NAME)) + " up to date");
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
