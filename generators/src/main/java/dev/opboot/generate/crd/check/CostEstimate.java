package dev.opboot.generate.crd.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableExpr;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds the usual reasons the API server refuses a rule for its estimated cost, which it computes
 * from the largest request (3 MiB) wherever a list, map or string has no bound: work linear in the
 * length of an unbounded string ({@code matches}, {@code contains}, comparing two such strings,
 * parsing it as a quantity or URL...) done for every item of an unbounded list or map, either
 * because the rule iterates it ({@code all}, {@code exists}...) or because the rule sits under its
 * items; or a loop over an unbounded collection nested in another. The exact estimate needs the
 * server's cost model; this names the bounds to add instead, and says nothing of cheap rules (such
 * as {@code self.all(x, x > 0)}), which the server accepts even on unbounded lists.
 */
final class CostEstimate {
  /** Functions whose cost grows with the length of the string they read. */
  private static final Set<String> LINEAR_IN_STRING =
      Set.of(
          "matches",
          "find",
          "findAll",
          "contains",
          "split",
          "replace",
          "lowerAscii",
          "upperAscii",
          "indexOf",
          "lastIndexOf",
          "trim",
          "quantity",
          "isQuantity",
          "url",
          "isURL",
          "ip",
          "isIP",
          "cidr",
          "isCIDR");

  private static final Set<String> EQUALITY = Set.of("_==_", "_!=_");

  /**
   * An unbounded list or map on the way to the rule's schema, or null.
   *
   * @param path its JSON path
   * @param bound the keyword that bounds it
   */
  record Unbounded(String path, String bound) {}

  record Resolved(JsonNode schema, String path) {}

  private final JsonNode self;
  private final Where where;
  private final String rule;
  private final Findings findings;
  private final Unbounded ancestor;
  private boolean warned;

  CostEstimate(JsonNode self, Where where, String rule, Findings findings, Unbounded ancestor) {
    this.self = self;
    this.where = where;
    this.rule = rule;
    this.findings = findings;
    this.ancestor = ancestor;
  }

  void check(CelExpr expr) {
    visit(expr, Map.of(), ancestor);
  }

  /**
   * @param repeated the unbounded collection for whose items this part of the rule runs, or null
   */
  private void visit(CelExpr expr, Map<String, Resolved> variables, Unbounded repeated) {
    if (warned) {
      return;
    }
    if (expr.getKind() == CelExpr.ExprKind.Kind.COMPREHENSION) {
      CelExpr.CelComprehension c = expr.comprehension();
      visit(c.iterRange(), variables, repeated);
      Resolved range = resolve(c.iterRange(), variables);
      Map<String, Resolved> inner = new HashMap<>(variables);
      inner.remove(c.iterVar());
      Unbounded loop = repeated;
      if (range != null) {
        boolean list = "array".equals(range.schema().path("type").asText());
        String bound = list ? "maxItems" : "maxProperties";
        if (!range.schema().has(bound)) {
          if (repeated != null) {
            warn(repeated, "loops over " + range.path() + " (no " + bound + ") inside it");
            return;
          }
          loop = new Unbounded(range.path(), bound);
        }
        JsonNode element = list ? range.schema().get("items") : null;
        if (element != null) {
          inner.put(c.iterVar(), new Resolved(element, range.path() + "[*]"));
        }
      }
      visit(c.loopCondition(), inner, loop);
      visit(c.loopStep(), inner, loop);
      visit(c.result(), inner, repeated);
      visit(c.accuInit(), variables, repeated);
      return;
    }
    if (expr.getKind() == CelExpr.ExprKind.Kind.CALL && repeated != null) {
      String unboundedString = linearWork(expr.call(), variables);
      if (unboundedString != null) {
        warn(repeated, "reads " + unboundedString + " (no maxLength) for each item");
        return;
      }
    }
    CelNavigableExpr.fromExpr(expr)
        .children()
        .forEach(child -> visit(child.expr(), variables, repeated));
  }

  /** The unbounded string (or list) a call does work linear in, or null. */
  private String linearWork(CelExpr.CelCall call, Map<String, Resolved> variables) {
    if (LINEAR_IN_STRING.contains(call.function())) {
      CelExpr subject = call.target().orElse(call.args().isEmpty() ? null : call.args().get(0));
      Resolved read = subject == null ? null : resolve(subject, variables);
      return read != null && unbounded(read.schema()) ? read.path() : null;
    }
    if (EQUALITY.contains(call.function()) && call.args().size() == 2) {
      Resolved left = resolve(call.args().get(0), variables);
      Resolved right = resolve(call.args().get(1), variables);
      if (left != null && right != null && unbounded(left.schema()) && unbounded(right.schema())) {
        return left.path();
      }
    }
    return null;
  }

  private static boolean unbounded(JsonNode schema) {
    String type = schema.path("type").asText();
    return type.equals("string") && !schema.has("maxLength") && !schema.has("enum")
        || type.equals("array") && !schema.has("maxItems");
  }

  private void warn(Unbounded repeated, String what) {
    warned = true;
    findings.add(
        Check.CEL_COST,
        where,
        "the rule "
            + CelRules.quote(rule)
            + " runs for every item of "
            + repeated.path()
            + ", which has no "
            + repeated.bound()
            + ", and "
            + what
            + "; the API server will likely estimate it over the cost budget and refuse it. Add "
            + repeated.bound()
            + " there (@Size(max = ...)"
            + (repeated.bound().equals("maxProperties") ? " or @MaxProperties" : "")
            + ") and maxLength on the strings it reads.");
  }

  private Resolved resolve(CelExpr expr, Map<String, Resolved> variables) {
    switch (expr.getKind()) {
      case IDENT:
        String name = expr.ident().name();
        if (name.equals("self") || name.equals("oldSelf")) {
          return new Resolved(self, where.schemaPath().isEmpty() ? "self" : where.schemaPath());
        }
        return variables.get(name);
      case SELECT:
        Resolved operand = resolve(expr.select().operand(), variables);
        if (operand == null || expr.select().testOnly()) {
          return null;
        }
        JsonNode field = fieldNamed(operand.schema(), expr.select().field());
        return field == null
            ? null
            : new Resolved(field, operand.path() + "." + expr.select().field());
      default:
        return null;
    }
  }

  private static JsonNode fieldNamed(JsonNode schema, String celName) {
    for (Map.Entry<String, JsonNode> field : schema.path("properties").properties()) {
      if (celName.equals(CelTypes.escape(field.getKey()))) {
        return field.getValue();
      }
    }
    JsonNode additional = schema.get("additionalProperties");
    return additional != null && additional.isObject() ? additional : null;
  }
}
