package dev.opboot.maven;


import dev.opboot.generate.GeneratorException;
import dev.opboot.generate.rbac.RbacGenerator;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Regenerates the manager's role from the project's reconcilers as part of the build, the same
 * engine as {@code op-boot generate rbac}: {@code mvn package} leaves {@code config/rbac/role.yaml}
 * up to date, and {@code -Dop-boot.rbac.check} fails the build instead when the committed role is
 * stale, so a new dependent or informer cannot ship without its permission.
 */
@Mojo(name = "generate-rbac", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateRbacMojo extends GeneratorMojo {
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
    List<Path> sources = sources();
    if (sources.isEmpty()) {
      getLog().info("op-boot: no sources, no role");
      return;
    }
    List<Path> classpath = classpath();
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
    writeOrCheck(files, outputDirectory.toPath(), check, "op-boot generate rbac");
  }
}
