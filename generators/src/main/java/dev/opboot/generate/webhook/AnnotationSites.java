package dev.opboot.generate.webhook;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.opboot.generate.problem.SourceLocation;
import dev.opboot.generate.source.CompiledSources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Where each annotation of one type written on a class stands, and where each of its elements is
 * given ({@code verbs = ...} on its own line of a long annotation), so that a problem with one
 * value points at that value's line. A repeated annotation's container is not written in the
 * source; javac's {@link CompiledSources#location} cannot tell its members apart, the syntax tree
 * can.
 */
final class AnnotationSites {
  /**
   * One written annotation.
   *
   * @param start where it starts
   * @param elements where each element given in it starts, by name
   */
  record Site(SourceLocation start, Map<String, SourceLocation> elements) {
    /** Where {@code element} is given, or the annotation when it is not (a default). */
    SourceLocation of(String element) {
      return elements.getOrDefault(element, start);
    }

    /** Whether {@code element} is written rather than left to its default. */
    boolean gives(String element) {
      return elements.containsKey(element);
    }
  }

  private AnnotationSites() {}

  /**
   * Each annotation of type {@code annotationType} written on {@code type} (inside a container too,
   * not on nested classes), in source order; empty for a class without source.
   */
  static List<Site> on(CompiledSources sources, TypeElement type, String annotationType) {
    List<Site> found = new ArrayList<>();
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
          Map<String, SourceLocation> elements = new HashMap<>();
          for (ExpressionTree argument : node.getArguments()) {
            if (argument instanceof AssignmentTree assignment
                && assignment.getVariable() instanceof IdentifierTree name) {
              elements.put(name.getName().toString(), at(sources, getCurrentPath(), argument));
            } else {
              elements.put("value", at(sources, getCurrentPath(), argument));
            }
          }
          found.add(new Site(at(sources, getCurrentPath(), node), elements));
        }
        return super.visitAnnotation(node, unused);
      }
    }.scan(new TreePath(classPath, classTree.getModifiers()), null);
    return found;
  }

  private static SourceLocation at(CompiledSources sources, TreePath path, Tree tree) {
    CompilationUnitTree unit = path.getCompilationUnit();
    long start = sources.trees().getSourcePositions().getStartPosition(unit, tree);
    LineMap lines = unit.getLineMap();
    return new SourceLocation(
        unit.getSourceFile().getName(), lines.getLineNumber(start), lines.getColumnNumber(start));
  }
}
