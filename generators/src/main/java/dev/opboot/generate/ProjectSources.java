package dev.opboot.generate;

import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.source.CompiledSources;
import dev.opboot.generate.source.JavaSources;
import java.nio.file.Path;
import java.util.List;

/**
 * A project's Java sources, parsed once and shared by every generator of a run, as
 * controller-tools' genall loads the packages once for all its generators. javac goes only as far
 * as the generators ask: {@link #declarations()} (what the CRD generator reads) enters the classes;
 * {@link #code()} (what the RBAC generator reads) goes on to attribute method bodies in the same
 * compilation, so asking for both parses nothing twice.
 */
public final class ProjectSources {
  private final List<Path> roots;
  private final List<Path> classpath;
  private final Path base;
  private CompiledSources compiled;

  private ProjectSources(List<Path> roots, List<Path> classpath, Path base) {
    this.roots = List.copyOf(roots);
    this.classpath = List.copyOf(classpath);
    this.base = base;
  }

  /**
   * The {@code .java} files under {@code roots}, to be read against {@code classpath}; nothing is
   * read yet.
   */
  public static ProjectSources of(List<Path> roots, List<Path> classpath) {
    return new ProjectSources(roots, classpath, Path.of("").toAbsolutePath());
  }

  /**
   * These sources of the project in {@code folder}, against which a generator resolves the relative
   * paths of its options (such as {@code generate docs --samples config/samples}); by default the
   * working directory.
   */
  public ProjectSources in(Path folder) {
    return new ProjectSources(roots, classpath, folder.toAbsolutePath().normalize());
  }

  /** The project's folder, for the relative paths of generator options. */
  public Path base() {
    return base;
  }

  /** The source folders. */
  public List<Path> roots() {
    return roots;
  }

  /** The jars and folders the sources compile against. */
  public List<Path> classpath() {
    return classpath;
  }

  /** The classes, their members' types and annotations; method bodies are not attributed. */
  public CompiledSources declarations() throws GeneratorException {
    if (compiled == null) {
      compiled = JavaSources.compile(roots, classpath, JavaSources.Depth.DECLARATIONS);
    }
    return compiled;
  }

  /**
   * Everything {@link #declarations()} has, and every expression of every method body attributed.
   */
  public CompiledSources code() throws GeneratorException {
    declarations().attributeCode();
    return compiled;
  }
}
