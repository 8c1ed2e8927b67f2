package dev.opboot.maven;

import dev.opboot.core.BadInputException;
import dev.opboot.generate.Generation;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code op-boot:generate-docs}: {@code op-boot generate docs} inside the build, off unless asked
 * for, so that a project scaffolded with it in its pom writes {@code docs/} only when {@code
 * -Dop-boot.docs.skip=false} (or the pom's property) says so. Its options are the generator's, as
 * properties: {@code op-boot.docs.format=both}, {@code op-boot.docs.title}, {@code
 * op-boot.docs.samples}, {@code op-boot.docs.output}.
 */
@Mojo(
    name = "generate-docs",
    defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateDocsMojo extends GeneratorMojo {
  /** Leave the API reference unwritten: the default; {@code false} writes it. */
  @Parameter(property = "op-boot.docs.skip", defaultValue = "true")
  boolean skip;

  /** Fail when a file of the API reference is stale instead of writing it (for CI). */
  @Parameter(property = "op-boot.docs.check", defaultValue = "false")
  boolean check;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().debug("op-boot: generate docs skipped (-Dop-boot.docs.skip=false writes docs/)");
      return;
    }
    Generation.Task task;
    try {
      task = task(registry.find("docs").orElseThrow());
    } catch (BadInputException e) {
      throw badInput(e);
    }
    generate(List.of(task), check, false);
  }
}
