package dev.opboot.generate.rbac;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.opboot.generate.source.CompiledSources;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * The value of an expression the compiler can fold: literals, constants ({@code static final}
 * fields and locals initialized with one) and their concatenation. A kind written this way is known
 * before the operator runs; anything else is known only at run time.
 */
final class Constants {
  private Constants() {}

  /**
   * The string {@code path} evaluates to.
   *
   * @param what what the value is, for the reason: "its GroupVersionKind", "its apiVersion"
   */
  static String string(CompiledSources sources, TreePath path, String what) throws UnresolvedKind {
    if (value(sources, path) instanceof String s) {
      return s;
    }
    throw new UnresolvedKind(
        what + " is built from " + path.getLeaf() + ", which is not a constant");
  }

  /** The boolean {@code path} evaluates to. */
  static boolean bool(CompiledSources sources, TreePath path, String what) throws UnresolvedKind {
    if (value(sources, path) instanceof Boolean b) {
      return b;
    }
    throw new UnresolvedKind(
        what + " is built from " + path.getLeaf() + ", which is not a constant boolean");
  }

  private static Object value(CompiledSources sources, TreePath path) {
    Tree leaf = path.getLeaf();
    if (leaf instanceof LiteralTree literal) {
      return literal.getValue();
    }
    if (leaf instanceof ParenthesizedTree p) {
      return value(sources, new TreePath(path, p.getExpression()));
    }
    if (leaf instanceof BinaryTree binary && leaf.getKind() == Tree.Kind.PLUS) {
      Object left = value(sources, new TreePath(path, binary.getLeftOperand()));
      Object right = value(sources, new TreePath(path, binary.getRightOperand()));
      return left instanceof String || right instanceof String
          ? (left == null || right == null ? null : String.valueOf(left) + right)
          : null;
    }
    if (leaf instanceof IdentifierTree || leaf instanceof MemberSelectTree) {
      Element element = sources.trees().getElement(path);
      if (element instanceof VariableElement variable) {
        return variable.getConstantValue();
      }
    }
    return null;
  }
}
