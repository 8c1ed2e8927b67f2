package dev.opboot.generate.source;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Java sources parsed and attributed by javac: the types they declare, with javac's own view of
 * every type they use (from sources or from jars), their doc comments and their positions.
 */
public final class CompiledSources {
  private final JavacTask task;
  private final DocTrees trees;
  private final List<TypeElement> declaredTypes;

  CompiledSources(JavacTask task, List<TypeElement> declaredTypes) {
    this.task = task;
    this.trees = DocTrees.instance(task);
    this.declaredTypes = List.copyOf(declaredTypes);
  }

  /** Every class, record, enum and interface declared in the sources, nested ones included, in source order. */
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
    TreePath path = annotation == null ? trees.getPath(element) : trees.getPath(element, annotation);
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
    return new SourceLocation(unit.getSourceFile().getName(), lines.getLineNumber(start),
        lines.getColumnNumber(start));
  }
}
