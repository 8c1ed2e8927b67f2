package dev.opboot.generate.schema;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.YieldTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an enum's {@code @JsonValue} method written as a {@code switch (this)} whose cases return
 * literals, the way Strimzi writes them:
 *
 * <pre>{@code
 * switch (this) { case PAUSED: return "paused"; ... default: return null; }
 * return switch (this) { case PAUSED -> "paused"; ... };
 * }</pre>
 *
 * Cases that fall through to a shared {@code return} get its literal; a case whose value is no
 * literal is left out, so the caller reports the constant it cannot value. Statements after the
 * switch run only for constants without a case, which the caller refuses, so they are not read.
 */
final class EnumSwitch {
  private EnumSwitch() {}

  /** Each constant's literal by constant name, or null when the body is no switch on this. */
  static Map<String, Object> literalsByConstant(BlockTree body) {
    if (body == null || body.getStatements().isEmpty()) {
      return null;
    }
    StatementTree first = body.getStatements().get(0);
    if (first instanceof SwitchTree statement && onThis(statement.getExpression())) {
      return fromCases(statement.getCases());
    }
    if (first instanceof ReturnTree ret
        && ret.getExpression() instanceof SwitchExpressionTree expression
        && onThis(expression.getExpression())) {
      return fromCases(expression.getCases());
    }
    return null;
  }

  private static boolean onThis(ExpressionTree selector) {
    ExpressionTree inner = selector;
    while (inner instanceof ParenthesizedTree parens) {
      inner = parens.getExpression();
    }
    return inner instanceof IdentifierTree id && id.getName().contentEquals("this");
  }

  private static Map<String, Object> fromCases(List<? extends CaseTree> cases) {
    Map<String, Object> literals = new LinkedHashMap<>();
    List<String> pending = new ArrayList<>();
    for (CaseTree c : cases) {
      for (ExpressionTree label : c.getExpressions()) {
        if (label instanceof IdentifierTree constant) {
          pending.add(constant.getName().toString());
        }
      }
      if (c.getCaseKind() == CaseTree.CaseKind.RULE) {
        Object value = literal(ruleValue(c.getBody()));
        putAll(literals, pending, value);
        pending.clear();
      } else if (!c.getStatements().isEmpty()) {
        StatementTree statement = c.getStatements().get(0);
        Object value = null;
        if (statement instanceof ReturnTree ret) {
          value = literal(ret.getExpression());
        } else if (statement instanceof YieldTree yield) {
          value = literal(yield.getValue());
        }
        putAll(literals, pending, value);
        pending.clear();
      }
    }
    return literals;
  }

  /** A rule's value: the expression itself, or a block's single {@code yield} or return. */
  private static Tree ruleValue(Tree body) {
    if (body instanceof BlockTree block && block.getStatements().size() == 1) {
      StatementTree only = block.getStatements().get(0);
      if (only instanceof YieldTree yield) {
        return yield.getValue();
      }
      if (only instanceof ReturnTree ret) {
        return ret.getExpression();
      }
    }
    return body;
  }

  private static Object literal(Tree tree) {
    return tree instanceof LiteralTree literal ? literal.getValue() : null;
  }

  private static void putAll(Map<String, Object> literals, List<String> constants, Object value) {
    if (value == null) {
      return;
    }
    for (String constant : constants) {
      literals.putIfAbsent(constant, value);
    }
  }
}
