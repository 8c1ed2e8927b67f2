package dev.opboot.generate.rbac;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.opboot.generate.problem.SourceLocation;
import dev.opboot.generate.source.CompiledSources;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Positions of trees, for errors that point at an expression or at one of several annotations of
 * the same type (a repeated {@code @RbacRule}, the third {@code @Dependent} of a
 * {@code @Workflow}), which {@link CompiledSources#location} cannot tell apart.
 */
final class TreeLocations {
  private TreeLocations() {}

  /** Where the leaf of {@code path} starts. */
  static SourceLocation of(CompiledSources sources, TreePath path) {
    CompilationUnitTree unit = path.getCompilationUnit();
    long start = sources.trees().getSourcePositions().getStartPosition(unit, path.getLeaf());
    LineMap lines = unit.getLineMap();
    return new SourceLocation(
        unit.getSourceFile().getName(), lines.getLineNumber(start), lines.getColumnNumber(start));
  }

  /**
   * Where each annotation of type {@code annotationType} written on {@code type} (nested ones
   * included, nested classes' excluded) starts, in source order; empty for a class from a jar.
   */
  static List<SourceLocation> annotationsOn(
      CompiledSources sources, TypeElement type, String annotationType) {
    List<SourceLocation> found = new ArrayList<>();
    TreePath classPath = sources.trees().getPath(type);
    if (classPath == null || !(classPath.getLeaf() instanceof ClassTree classTree)) {
      return found;
    }
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitAnnotation(AnnotationTree node, Void unused) {
        Element element =
            sources.trees().getElement(new TreePath(getCurrentPath(), node.getAnnotationType()));
        if (element instanceof TypeElement t
            && t.getQualifiedName().contentEquals(annotationType)) {
          found.add(of(sources, getCurrentPath()));
        }
        return super.visitAnnotation(node, unused);
      }
    }.scan(new TreePath(classPath, classTree.getModifiers()), null);
    return found;
  }
}
