package dev.opboot.maven;

import dev.opboot.core.BadInputException;
import dev.opboot.generate.Generation;
import dev.opboot.generate.Generator;
import dev.opboot.generate.GeneratorSettings;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code op-boot:generate-crd}: {@code op-boot:generate} with only the CRD generator, kept for the
 * poms that name it (every project op-boot scaffolded does). {@code -Dop-boot.crd.check} fails the
 * build when a committed CRD is stale.
 */
@Mojo(
    name = "generate-crd",
    defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateCrdMojo extends GeneratorMojo {
  /** Where the CRD files go. */
  @Parameter(property = "op-boot.crd.output", defaultValue = "${project.basedir}/config/crd/bases")
  private File outputDirectory;

  /** Fail when a CRD file is stale instead of writing it (for CI). */
  @Parameter(property = "op-boot.crd.check", defaultValue = "false")
  private boolean check;

  /** Truncate descriptions to this many characters; 0 leaves them out. */
  @Parameter(property = "op-boot.crd.maxDescLen")
  private Integer maxDescriptionLength;

  /** Read only the resource classes matching these comma-separated class or package names. */
  @Parameter(property = "op-boot.crd.include")
  private String include;

  /** Leave out the resource classes matching these comma-separated class or package names. */
  @Parameter(property = "op-boot.crd.exclude")
  private String exclude;

  /**
   * Also dry-run create every generated CRD on a throw-away kube-apiserver (KUBEBUILDER_ASSETS, or
   * what 'op-boot envtest use' installed) and fail with its refusals at the Java source, as {@code
   * generate crd --verify} does.
   */
  @Parameter(property = VERIFY, defaultValue = "false")
  private boolean verify;

  /** Skip CRD generation. */
  @Parameter(property = "op-boot.crd.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("op-boot: CRD generation skipped");
      return;
    }
    Generator crd = registry.find("crd").orElseThrow();
    GeneratorSettings settings;
    try {
      Map<String, String> given = new TreeMap<>();
      if (maxDescriptionLength != null) {
        given.put("max-desc-len", maxDescriptionLength.toString());
      }
      if (include != null) {
        given.put("include", include);
      }
      if (exclude != null) {
        given.put("exclude", exclude);
      }
      settings = GeneratorSettings.checked(crd, given, o -> "op-boot.crd." + o.camelName());
    } catch (BadInputException e) {
      throw badInput(e);
    }
    generate(List.of(new Generation.Task(crd, settings, outputDirectory.toPath())), check, verify);
  }
}
