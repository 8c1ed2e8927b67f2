package dev.opboot.generate.source;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.GeneratorException.Problem;
import dev.opboot.generate.problem.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;

/**
 * Java sources parsed and attributed by javac: the types they declare, with javac's own view of
 * every type they use (from sources or from jars), their doc comments and their positions.
 */
public final class CompiledSources {
  private final JavacTask task;
  private final DocTrees trees;
  private final DiagnosticCollector<JavaFileObject> diagnostics;
  private final List<TypeElement> declaredTypes;
  private int diagnosticsSeen;
  private boolean codeAttributed;

  CompiledSources(
      JavacTask task,
      DiagnosticCollector<JavaFileObject> diagnostics,
      List<TypeElement> declaredTypes) {
    this.task = task;
    this.diagnostics = diagnostics;
    this.trees = DocTrees.instance(task);
    this.declaredTypes = List.copyOf(declaredTypes);
  }

  /**
   * Attributes every method body of the sources (once; later calls do nothing), so that every
   * expression has its type and symbol, continuing the compilation that entered the classes.
   *
   * @throws GeneratorException with javac's messages and locations when a body does not compile
   */
  public void attributeCode() throws GeneratorException {
    if (codeAttributed) {
      return;
    }
    codeAttributed = true;
    try {
      task.analyze();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throwErrors();
  }

  /** Reports the errors javac found since the last call, all at once, each with its location. */
  void throwErrors() throws GeneratorException {
    List<Diagnostic<? extends JavaFileObject>> all = diagnostics.getDiagnostics();
    List<Problem> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : all.subList(diagnosticsSeen, all.size())) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        SourceLocation where =
            d.getSource() == null
                ? null
                : new SourceLocation(
                    d.getSource().getName(), d.getLineNumber(), d.getColumnNumber());
        errors.add(new Problem(where, d.getMessage(Locale.ROOT) + fixFor(d)));
      }
    }
    diagnosticsSeen = all.size();
    if (!errors.isEmpty()) {
      throw new GeneratorException(errors);
    }
  }

  /**
   * How to fix a class or package javac cannot find: an existing project's sources compile against
   * jars its build provides (Lombok, its framework), and op-boot sees only the class path it is
   * given.
   */
  private static String fixFor(Diagnostic<? extends JavaFileObject> d) {
    String code = d.getCode() == null ? "" : d.getCode();
    String message = d.getMessage(Locale.ROOT);
    boolean missingPackage = code.equals("compiler.err.doesnt.exist");
    boolean missingClass =
        code.startsWith("compiler.err.cant.resolve")
            && Pattern.compile("symbol:\\s+class ").matcher(message).find();
    if (!missingPackage && !missingClass) {
      return "";
    }
    return "\n  Fix: add the jar that holds it to the class path op-boot compiles the sources"
        + " against (--classpath; provided-scope dependencies such as Lombok too), or correct"
        + " the name.";
  }

  /**
   * Every class, record, enum and interface declared in the sources, nested ones included, in
   * source order.
   */
  public List<TypeElement> declaredTypes() {
    return declaredTypes;
  }

  /** javac's trees, for reading what elements do not tell (an enum constant's arguments). */
  public DocTrees trees() {
    return trees;
  }

  public Elements elements() {
    return task.getElements();
  }

  public Types types() {
    return task.getTypes();
  }

  /** The doc comment of an element declared in the sources, or {@code null}. */
  public String docComment(Element element) {
    return elements().getDocComment(element);
  }

  /** A class-file element's name: {@code com.example.Type} or {@code com.example.Type.member}. */
  private static String describe(Element element) {
    Element type = element;
    while (type != null && !(type instanceof TypeElement)) {
      type = type.getEnclosingElement();
    }
    if (type == null) {
      return element.toString();
    }
    String name = ((TypeElement) type).getQualifiedName().toString();
    return type == element ? name : name + "." + element.getSimpleName();
  }

  /** Where {@code element} is declared. */
  public SourceLocation location(Element element) {
    return location(element, null);
  }

  /** Where {@code annotation} on {@code element} is written (or the element, if unknown). */
  public SourceLocation location(Element element, AnnotationMirror annotation) {
    TreePath path =
        annotation == null ? trees.getPath(element) : trees.getPath(element, annotation);
    if (path == null) {
      path = trees.getPath(element);
    }
    if (path == null) {
      return SourceLocation.ofClass(describe(element));
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    SourcePositions positions = trees.getSourcePositions();
    long start = positions.getStartPosition(unit, path.getLeaf());
    LineMap lines = unit.getLineMap();
    return new SourceLocation(
        unit.getSourceFile().getName(), lines.getLineNumber(start), lines.getColumnNumber(start));
  }
}
