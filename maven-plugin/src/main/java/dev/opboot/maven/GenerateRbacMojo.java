package dev.opboot.maven;

import dev.opboot.core.BadInputException;
import dev.opboot.generate.Generation;
import dev.opboot.generate.Generator;
import dev.opboot.generate.GeneratorSettings;
import dev.opboot.generate.rbac.RbacGenerator;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code op-boot:generate-rbac}: {@code op-boot:generate} with only the RBAC generator, kept for
 * the poms that name it (every project op-boot scaffolded does). {@code -Dop-boot.rbac.check} fails
 * the build when the committed role is stale, so a new dependent or informer cannot ship without
 * its permission.
 */
@Mojo(
    name = "generate-rbac",
    defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateRbacMojo extends GeneratorMojo {
  /** Where role.yaml goes. */
  @Parameter(property = "op-boot.rbac.output", defaultValue = "${project.basedir}/config/rbac")
  private File outputDirectory;

  /** The role's name, which config/rbac/role_binding.yaml binds. */
  @Parameter(property = "op-boot.rbac.roleName", defaultValue = RbacGenerator.DEFAULT_ROLE_NAME)
  private String roleName;

  /** Log each rule of the role with the places in the code that need it. */
  @Parameter(property = "op-boot.rbac.explain", defaultValue = "false")
  private boolean explain;

  /** Write the explanation into role.yaml as comments above each rule. */
  @Parameter(property = "op-boot.rbac.explainComments", defaultValue = "false")
  private boolean explainComments;

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
    Generator rbac = registry.find("rbac").orElseThrow();
    GeneratorSettings settings;
    try {
      settings =
          GeneratorSettings.checked(
              rbac,
              Map.of(
                  "role-name",
                  roleName,
                  "explain",
                  Boolean.toString(explain),
                  "explain-comments",
                  Boolean.toString(explainComments)),
              o -> "op-boot.rbac." + o.camelName());
    } catch (BadInputException e) {
      throw badInput(e);
    }
    generate(List.of(new Generation.Task(rbac, settings, outputDirectory.toPath())), check, false);
  }
}
