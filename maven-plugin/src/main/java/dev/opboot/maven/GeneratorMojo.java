package dev.opboot.maven;

import dev.opboot.core.BadInputException;
import dev.opboot.core.files.OutputException;
import dev.opboot.core.files.ProjectLock;
import dev.opboot.envtest.AssetsLocator;
import dev.opboot.envtest.MissingAssetsException;
import dev.opboot.envtest.ThrowAwayApiServer;
import dev.opboot.generate.Generation;
import dev.opboot.generate.Generator;
import dev.opboot.generate.GeneratorOption;
import dev.opboot.generate.GeneratorSettings;
import dev.opboot.generate.ProjectSources;
import dev.opboot.generate.crd.CrdGenerator;
import dev.opboot.generate.crd.CrdServer;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.registry.GeneratorRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What op-boot's goals share: the project's sources and compile class path, parsed once for every
 * generator of the goal, and {@link Generation}'s write-or-check, the same as {@code op-boot
 * generate}'s, its report going to Maven's log and a stale file failing the build.
 */
abstract class GeneratorMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  /** Where {@code op-boot.crd.verify} finds etcd and kube-apiserver; tests point it elsewhere. */
  AssetsLocator assets = AssetsLocator.ofThisJvm();

  /** The generators this build knows; tests add their own. */
  GeneratorRegistry registry = GeneratorRegistry.builtIn();

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
   * A property as {@code -D} gives it, else as the pom's {@code <properties>} do; {@code null} if
   * neither.
   */
  String property(String name) {
    String value = session == null ? null : session.getUserProperties().getProperty(name);
    return value != null ? value : project.getProperties().getProperty(name);
  }

  /**
   * Runs {@code tasks} over the project's sources, writing their files or, with {@code check},
   * failing the build with a diff of every stale one.
   */
  @SuppressWarnings(
      "try") // the project lock is held for the try block's extent, never referenced in it
  void generate(List<Generation.Task> tasks, boolean check, boolean verify)
      throws MojoExecutionException, MojoFailureException {
    List<Path> sources = sources();
    if (tasks.isEmpty()) {
      return;
    }
    if (sources.isEmpty()) {
      getLog().info("op-boot: no sources, nothing to generate");
      return;
    }
    Path base = project.getBasedir().toPath();
    Generation.Outcome outcome;
    // Writing holds the project lock, as op-boot's own commands do, so that a build and an
    // 'op-boot create api' beside it cannot lose each other's changes.
    try (ProjectLock lock =
            check
                ? null
                : ProjectLock.acquire(
                    base,
                    ProjectLock.DEFAULT_WAIT,
                    waiting -> getLog().info("op-boot: " + waiting));
        ThrowAwayApiServer server =
            verify && CrdGenerator.generatesCrds(tasks) ? startVerifyServer() : null) {
      outcome =
          Generation.run(
              base,
              ProjectSources.of(sources, classpath()).in(base),
              server == null ? tasks : CrdGenerator.judgedBy(judge(server), tasks),
              check,
              new Generation.Report() {
                @Override
                public void file(String line) {
                  getLog().info("op-boot: " + line);
                }

                @Override
                public void diff(String unifiedDiff) {
                  getLog().error(unifiedDiff);
                }

                @Override
                public void note(String line) {
                  getLog().info("op-boot: " + line);
                }

                @Override
                public void warning(String line) {
                  getLog().warn("op-boot: " + line);
                }

                @Override
                public void detail(String line) {
                  getLog().debug("op-boot: " + line);
                }
              });
    } catch (GeneratorException e) {
      throw new MojoFailureException(
          "op-boot could not generate " + names(tasks) + ":\n" + e.getMessage(), e);
    } catch (ProjectLock.BusyException | MissingAssetsException e) {
      throw new MojoFailureException("op-boot: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(
          "op-boot: "
              + VERIFY
              + ": the API server could not be asked: "
              + e.getCause().getMessage(),
          e);
    } catch (IOException | OutputException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    if (!outcome.upToDate()) {
      throw new MojoFailureException(
          outcome.stale().size()
              + " file(s) are stale: run 'mvn process-classes' (or"
              + " 'op-boot generate') and commit the result.");
    }
  }

  /**
   * The property that, as {@code generate crd --verify} does, also dry-run creates every generated
   * CRD on a throw-away kube-apiserver (found as the tests' harness finds it) and fails the build
   * with its refusals at the Java source.
   */
  static final String VERIFY = "op-boot.crd.verify";

  private ThrowAwayApiServer startVerifyServer() throws MissingAssetsException, IOException {
    getLog().info("op-boot: " + VERIFY + ": starting etcd and kube-apiserver");
    return ThrowAwayApiServer.start(assets.require(VERIFY));
  }

  /** The server as the CRD generator asks it. */
  private static CrdServer judge(ThrowAwayApiServer server) {
    return crdYaml ->
        server.refusals(crdYaml).stream()
            .map(r -> new CrdServer.Refusal(r.field(), r.message()))
            .toList();
  }

  static String names(List<Generation.Task> tasks) {
    return String.join(", ", tasks.stream().map(t -> t.generator().name()).toList());
  }

  /** Bad input in the plugin's configuration fails the build with op-boot's message. */
  static MojoFailureException badInput(BadInputException e) {
    return new MojoFailureException("op-boot: " + e.getMessage(), e);
  }

  /**
   * {@code generator}'s task with its settings from the properties named after it: {@code
   * op-boot.<name>.<option>} for each option and {@code op-boot.<name>.output}.
   */
  Generation.Task task(Generator generator) throws BadInputException {
    String prefix = "op-boot." + generator.name() + ".";
    Map<String, String> given = new TreeMap<>();
    for (GeneratorOption option : generator.options()) {
      String value = property(prefix + option.camelName());
      if (value != null) {
        given.put(option.name(), value);
      }
    }
    GeneratorSettings settings =
        GeneratorSettings.checked(generator, given, o -> prefix + o.camelName());
    String output = property(prefix + "output");
    return new Generation.Task(
        generator,
        settings,
        output != null ? project.getBasedir().toPath().resolve(output) : defaultOutput(generator));
  }

  /** The default output folder of {@code generator} in this project. */
  Path defaultOutput(Generator generator) {
    return project.getBasedir().toPath().resolve(generator.defaultOutput());
  }
}
