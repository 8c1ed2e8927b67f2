package dev.opboot.generate.rbac;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.opboot.generate.source.CompiledSources;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * The one expression a local variable or a field is given, or a method of the sources returns, so
 * that a client kept in a variable ({@code var widgets =
 * client.genericKubernetesResources("example.com/v1", "Widget");}, a field set once in the
 * constructor) or handed out by a helper ({@code return client.genericKubernetesResources(...);})
 * is traced to where its kind is written. A variable given a value in more than one place, a
 * parameter, or a method with several returns has no single value: {@code null}.
 */
final class VariableValues {
  private final CompiledSources sources;

  VariableValues(CompiledSources sources) {
    this.sources = sources;
  }

  /** The expression {@code variable} holds where {@code use} reads it, or {@code null}. */
  TreePath valueOf(VariableElement variable, TreePath use) {
    ElementKind kind = variable.getKind();
    if (kind == ElementKind.LOCAL_VARIABLE) {
      return single(scope(use, MethodTree.class), variable);
    }
    if (kind == ElementKind.FIELD) {
      TreePath declaration = sources.trees().getPath(variable);
      return declaration == null ? null : single(scope(declaration, ClassTree.class), variable);
    }
    return null;
  }

  /** The expression of the only {@code return} of {@code method}, if the sources declare it. */
  TreePath returnedBy(ExecutableElement method) {
    TreePath declaration = sources.trees().getPath(method);
    if (declaration == null || !(declaration.getLeaf() instanceof MethodTree)) {
      return null;
    }
    List<TreePath> values = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitReturn(ReturnTree node, Void unused) {
        if (node.getExpression() != null) {
          values.add(new TreePath(getCurrentPath(), node.getExpression()));
        }
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        return null; // a lambda's returns are its own
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        return null; // so are those of a local or anonymous class
      }
    }.scan(declaration, null);
    return values.size() == 1 ? values.get(0) : null;
  }

  /** The nearest enclosing tree of {@code type} (a method for locals, the class for fields). */
  private static TreePath scope(TreePath path, Class<? extends Tree> type) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (type.isInstance(p.getLeaf())) {
        return p;
      }
    }
    return null;
  }

  /** The value of the only initializer or assignment of {@code variable} inside {@code scope}. */
  private TreePath single(TreePath scope, VariableElement variable) {
    if (scope == null) {
      return null;
    }
    List<TreePath> values = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree node, Void unused) {
        if (node.getInitializer() != null
            && variable.equals(sources.trees().getElement(getCurrentPath()))) {
          values.add(new TreePath(getCurrentPath(), node.getInitializer()));
        }
        return super.visitVariable(node, unused);
      }

      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        if (variable.equals(
            sources.trees().getElement(new TreePath(getCurrentPath(), node.getVariable())))) {
          values.add(new TreePath(getCurrentPath(), node.getExpression()));
        }
        return super.visitAssignment(node, unused);
      }
    }.scan(scope, null);
    return values.size() == 1 ? values.get(0) : null;
  }
}
