package dev.opboot.maven;


import dev.opboot.generate.CrdGenerator;
import dev.opboot.generate.GeneratorException;
import dev.opboot.core.Versions;
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
 * Regenerates the project's CRDs from its API classes as part of the build, the same engine as
 * {@code op-boot generate crd}: {@code mvn package} leaves {@code config/crd/bases} up to date, and
 * {@code -Dop-boot.crd.check} fails the build instead when a committed CRD is stale.
 */
@Mojo(name = "generate-crd", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
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

  /** Skip CRD generation. */
  @Parameter(property = "op-boot.crd.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("op-boot: CRD generation skipped");
      return;
    }
    List<Path> sources = sources();
    if (sources.isEmpty()) {
      getLog().info("op-boot: no sources, no CRDs");
      return;
    }
    List<Path> classpath = classpath();
    SortedMap<String, String> files;
    try {
      files = CrdGenerator.generate(new CrdGenerator.Options(sources, classpath, maxDescriptionLength,
          Versions.current().opBoot()));
    } catch (GeneratorException e) {
      throw new MojoFailureException("op-boot could not generate CRDs:\n" + e.getMessage(), e);
    }
    writeOrCheck(files, outputDirectory.toPath(), check, "op-boot generate crd");
  }
}
