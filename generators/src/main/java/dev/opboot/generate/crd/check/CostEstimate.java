package dev.opboot.generate.crd.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableExpr;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds the usual reason the API server refuses a rule for its cost: it iterates ({@code all},
 * {@code exists}, {@code map}, {@code filter}) a list or map with no {@code maxItems} / {@code
 * maxProperties}, whose size the server then estimates from the largest request. The exact estimate
 * needs the server's cost model; this names the bound to add instead.
 */
final class CostEstimate {
  private final JsonNode self;
  private final Where where;
  private final String rule;
  private final Findings findings;
  private final Set<String> warned = new HashSet<>();

  CostEstimate(JsonNode self, Where where, String rule, Findings findings) {
    this.self = self;
    this.where = where;
    this.rule = rule;
    this.findings = findings;
  }

  /** Walks {@code expr}; {@code variables} maps comprehension variables to their schemas. */
  void visit(CelExpr expr, Map<String, Resolved> variables) {
    if (expr.getKind() == CelExpr.ExprKind.Kind.COMPREHENSION) {
      CelExpr.CelComprehension c = expr.comprehension();
      visit(c.iterRange(), variables);
      Resolved range = resolve(c.iterRange(), variables);
      Map<String, Resolved> inner = new HashMap<>(variables);
      if (range != null) {
        boolean list = "array".equals(range.schema().path("type").asText());
        String bound = list ? "maxItems" : "maxProperties";
        if (!range.schema().has(bound) && warned.add(range.path())) {
          findings.add(
              Check.CEL_COST,
              where,
              "the rule "
                  + CelRules.quote(rule)
                  + " iterates "
                  + (range.path().isEmpty() ? "self" : range.path())
                  + ", which has no "
                  + bound
                  + ", so the API server will likely estimate it over"
                  + " the cost budget and refuse it; add "
                  + (list ? "@Size(max = ...)" : "@Size(max = ...) on the map")
                  + " ("
                  + bound
                  + ") there.");
        }
        JsonNode element = list ? range.schema().get("items") : null;
        if (element != null) {
          inner.put(c.iterVar(), new Resolved(element, range.path() + "[*]"));
        } else {
          inner.remove(c.iterVar());
        }
      }
      visit(c.loopCondition(), inner);
      visit(c.loopStep(), inner);
      visit(c.result(), inner);
      visit(c.accuInit(), variables);
      return;
    }
    CelNavigableExpr.fromExpr(expr).children().forEach(child -> visit(child.expr(), variables));
  }

  record Resolved(JsonNode schema, String path) {}

  private Resolved resolve(CelExpr expr, Map<String, Resolved> variables) {
    switch (expr.getKind()) {
      case IDENT:
        if (expr.ident().name().equals("self")) {
          return new Resolved(self, "self");
        }
        return variables.get(expr.ident().name());
      case SELECT:
        Resolved operand = resolve(expr.select().operand(), variables);
        if (operand == null) {
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
