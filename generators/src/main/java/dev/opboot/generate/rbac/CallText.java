package dev.opboot.generate.rbac;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import dev.opboot.generate.source.CompiledSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A call as the reader of a warning or of {@code --explain} recognizes it: the chain as written, on
 * one line, with long arguments shortened ({@code client.pods().inNamespace(ns).withName(name)
 * .exec(...)}), so that the line says which call of the file it is.
 */
final class CallText {
  /** Arguments (and other leaves) longer than this are shown as {@code ...}. */
  private static final int MAX_PART = 32;

  private CallText() {}

  /** The chain ending at the call or method reference at {@code path}. */
  static String of(CompiledSources sources, TreePath path) {
    return render(sources, path.getCompilationUnit(), path.getLeaf());
  }

  private static String render(CompiledSources sources, CompilationUnitTree unit, Tree tree) {
    if (tree instanceof MethodInvocationTree call) {
      List<String> arguments = new ArrayList<>();
      for (ExpressionTree argument : call.getArguments()) {
        String text = source(sources, unit, argument);
        arguments.add(text.length() > MAX_PART ? "..." : text);
      }
      return render(sources, unit, call.getMethodSelect())
          + "("
          + String.join(", ", arguments)
          + ")";
    }
    if (tree instanceof MemberSelectTree select) {
      return render(sources, unit, select.getExpression()) + "." + select.getIdentifier();
    }
    if (tree instanceof MemberReferenceTree reference) {
      return render(sources, unit, reference.getQualifierExpression()) + "::" + reference.getName();
    }
    String text = source(sources, unit, tree);
    return text.length() > MAX_PART ? "(...)" : text;
  }

  /** The tree's source text with its white space (line breaks, indentation) made single spaces. */
  private static String source(CompiledSources sources, CompilationUnitTree unit, Tree tree) {
    SourcePositions positions = sources.trees().getSourcePositions();
    long start = positions.getStartPosition(unit, tree);
    long end = positions.getEndPosition(unit, tree);
    if (start < 0 || end < start) {
      return tree.toString();
    }
    try {
      CharSequence content = unit.getSourceFile().getCharContent(true);
      return content.subSequence((int) start, (int) end).toString().replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
