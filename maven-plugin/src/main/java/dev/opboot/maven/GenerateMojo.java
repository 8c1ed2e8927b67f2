package dev.opboot.maven;

import dev.opboot.core.BadInputException;
import dev.opboot.generate.Generation;
import dev.opboot.generate.Generator;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code op-boot:generate}: op-boot's generators inside the build, the engine of {@code op-boot
 * generate}, over sources parsed once: {@code mvn package} leaves every generated file up to date,
 * and {@code -Dop-boot.check} fails the build instead when a committed one is stale.
 *
 * <p>Each generator's settings are properties named after it, derived from the same description as
 * its command-line flags: {@code op-boot.<name>.output} (default: its folder in the project),
 * {@code op-boot.<name>.check}, {@code op-boot.<name>.skip}, and one per option, as {@code
 * op-boot.crd.maxDescLen} for {@code generate crd --max-desc-len}; and {@code op-boot.crd.verify},
 * {@code generate crd --verify}'s check of every CRD on a throw-away kube-apiserver. They are read
 * from {@code -D} first, then from the pom's {@code <properties>}.
 */
@Mojo(
    name = "generate",
    defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateMojo extends GeneratorMojo {
  /** The generators to run, comma-separated (default: crd, rbac, webhook; docs only when named). */
  @Parameter(property = "op-boot.generators")
  String generators;

  /** Fail when a generated file is stale instead of writing it (for CI), for every generator. */
  @Parameter(property = "op-boot.check", defaultValue = "false")
  boolean check;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    List<Generation.Task> written = new ArrayList<>();
    List<Generation.Task> checked = new ArrayList<>();
    try {
      for (Generator generator : registry.select(generators, "op-boot.generators")) {
        String prefix = "op-boot." + generator.name() + ".";
        if (Boolean.parseBoolean(property(prefix + "skip"))) {
          getLog().info("op-boot: generate " + generator.name() + " skipped");
          continue;
        }
        Generation.Task task = task(generator);
        (check || Boolean.parseBoolean(property(prefix + "check")) ? checked : written).add(task);
      }
    } catch (BadInputException e) {
      throw badInput(e);
    }
    boolean verify = Boolean.parseBoolean(property(VERIFY));
    generate(written, false, verify);
    generate(checked, true, verify);
  }
}
