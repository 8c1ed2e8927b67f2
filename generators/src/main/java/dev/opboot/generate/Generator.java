package dev.opboot.generate;

import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.registry.GeneratorRegistry;
import java.util.List;

/**
 * One thing op-boot derives from a project's Java sources (CRDs, the manager's role, ...), as a
 * controller-tools generator is one of {@code controller-gen}'s {@code crd}, {@code rbac}, {@code
 * webhook}. Every front end iterates {@link GeneratorRegistry}: the CLI's {@code op-boot generate
 * <name>} (and {@code op-boot generate} for all), the Maven goal {@code op-boot:generate
 * -Dop-boot.generators=<names>} and the first step of {@code op-boot build}. So adding a generator
 * is one implementation plus one line in {@link GeneratorRegistry#builtIn()}; its flags, Maven
 * properties, {@code --check} and its build step come with it.
 *
 * <p>A generator computes files in memory and never writes: {@link Generation} writes them or, for
 * {@code --check}, compares them, the same way for every generator.
 */
public interface Generator {
  /** The name users type: {@code op-boot generate <name>}, {@code -Dop-boot.generators=<name>}. */
  String name();

  /** One line saying what it generates, for help and for the build plan. */
  String header();

  /** What it reads and writes, for {@code --help}. */
  String description();

  /** Example command lines for {@code --help}. */
  List<String> examples();

  /** Where its files go in an op-boot project, relative to the project folder. */
  String defaultOutput();

  /** What the sources are read for, in messages: "API classes", "reconcilers". */
  String reads();

  /**
   * Whether {@code op-boot generate} without a name, the Maven goal without {@code
   * op-boot.generators} and {@code op-boot build} run it; a generator whose output not every
   * project wants (the API reference) says no and runs only when named.
   */
  default boolean runsByDefault() {
    return true;
  }

  /**
   * Whether a run with {@code settings} reads the Java sources; one that does not (the API
   * reference of CRD files, {@code generate docs --from-crd}) runs outside a project without {@code
   * --source}.
   */
  default boolean readsSources(GeneratorSettings settings) {
    return true;
  }

  /** Its own options beyond the ones every generator takes (sources, class path, output, check). */
  List<GeneratorOption> options();

  /**
   * The files this generator makes from {@code sources}, by path relative to its output folder.
   *
   * @throws GeneratorException with every problem found, each at its file:line
   */
  GeneratedFiles generate(ProjectSources sources, GeneratorSettings settings)
      throws GeneratorException;
}
