package dev.opboot.generate.source;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.opboot.generate.problem.GeneratorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Reads Java sources the way the compiler does: parsed and attributed against the project's class
 * path, so that every type, annotation and doc comment is javac's own and nothing is guessed from
 * text. Stops after attribution; nothing is written.
 */
public final class JavaSources {
  private JavaSources() {}

  /**
   * Parses and attributes every {@code .java} file under {@code sourceRoots}.
   *
   * @throws GeneratorException with javac's messages and locations when the sources do not compile
   */
  public static CompiledSources compile(List<Path> sourceRoots, List<Path> classpath)
      throws GeneratorException {
    return compile(sourceRoots, classpath, Depth.CODE);
  }

  /** How far javac goes. */
  public enum Depth {
    /**
     * Declarations only: parsed, entered and their members' types and annotations resolved, as
     * annotation processors see them; method bodies are not attributed (their errors are not
     * reported).
     */
    DECLARATIONS,
    /** Method bodies attributed too, so every expression has its type and symbol. */
    CODE
  }

  /**
   * Parses every {@code .java} file under {@code sourceRoots} and takes it as far as {@code depth}.
   *
   * @throws GeneratorException with javac's messages and locations when the sources do not compile
   */
  public static CompiledSources compile(List<Path> sourceRoots, List<Path> classpath, Depth depth)
      throws GeneratorException {
    List<Path> files = new ArrayList<>();
    for (Path root : sourceRoots) {
      if (!Files.isDirectory(root)) {
        throw new GeneratorException(
            null,
            "source folder "
                + root
                + " does not exist. Pass --source with"
                + " the folder that holds your API classes (for example src/main/java).");
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    files.sort(null);
    if (files.isEmpty()) {
      throw new GeneratorException(
          null,
          "no .java files under "
              + sourceRoots.stream().map(Path::toString).collect(Collectors.joining(", "))
              + ". Pass --source with the folder that holds your API classes.");
    }

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new GeneratorException(
          null,
          "this Java runtime has no compiler (javax.tools). Run op-boot on a JDK"
              + " 17 or newer, not a JRE.");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager fileManager =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
    List<String> options =
        new ArrayList<>(
            List.of(
                "-proc:none", "-implicit:none", "-Xlint:none", "-nowarn", "-encoding", "UTF-8"));
    options.add("-classpath");
    options.add(
        classpath.stream()
            .map(Path::toString)
            .collect(Collectors.joining(java.io.File.pathSeparator)));
    JavacTask task =
        (JavacTask)
            compiler.getTask(
                null,
                fileManager,
                diagnostics,
                options,
                null,
                fileManager.getJavaFileObjectsFromPaths(files));
    List<TypeElement> declared = new ArrayList<>();
    try {
      Iterable<? extends CompilationUnitTree> units = task.parse();
      // Elements.getTypeElement makes javac enter what it parsed first: every class entered, its
      // members' types and its annotations resolved (what annotation processors see), and no
      // method body attributed. Attribution is some 40% of javac's time on a large API, for
      // nothing the CRD engine reads; CompiledSources.attributeCode does it when asked.
      task.getElements().getTypeElement("java.lang.Object");
      Trees trees = Trees.instance(task);
      for (CompilationUnitTree unit : units) {
        for (Tree decl : unit.getTypeDecls()) {
          if (decl instanceof ClassTree) {
            Element element = trees.getElement(TreePath.getPath(unit, decl));
            if (element instanceof TypeElement type) {
              collect(type, declared);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CompiledSources compiled = new CompiledSources(task, diagnostics, declared);
    compiled.throwErrors();
    if (depth == Depth.CODE) {
      compiled.attributeCode();
    }
    return compiled;
  }

  private static void collect(TypeElement type, List<TypeElement> into) {
    into.add(type);
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof TypeElement nested) {
        collect(nested, into);
      }
    }
  }
}
