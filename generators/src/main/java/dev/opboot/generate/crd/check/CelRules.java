package dev.opboot.generate.crd.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.OptionalType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import java.util.stream.Collectors;

/**
 * The CEL of every {@code x-kubernetes-validations} rule: parsed and type-checked with dev.cel
 * against the schema it sits on ({@link CelTypes}, {@link KubernetesCelFunctions}), its {@code
 * messageExpression} checked to be a string, transition rules ({@code oldSelf}) allowed only where
 * old and new values correlate, {@code optionalOldSelf} only on transition rules, and a rule that
 * iterates a list or map with no bound warned about: the server estimates such a rule's cost from
 * the largest request and refuses it.
 */
final class CelRules {
  private final Findings findings;

  private CelRules(Findings findings) {
    this.findings = findings;
  }

  /** The compiler every rule's is derived from, built once, on the first CRD with rules. */
  private static final class Base {
    static final CelCompiler COMPILER = build();

    private static CelCompiler build() {
      CelOptions options =
          CelOptions.current()
              .enableOptionalSyntax(true)
              .enableHeterogeneousNumericComparisons(true)
              .build();
      return CelCompilerFactory.standardCelCompilerBuilder()
          .setOptions(options)
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
          .addLibraries(CelExtensions.strings(), CelExtensions.optional(), CelExtensions.bindings())
          .addFunctionDeclarations(KubernetesCelFunctions.all())
          .build();
    }
  }

  static void check(JsonNode root, Where where, Findings findings) {
    new CelRules(findings).node(root, where, false, null);
  }

  /**
   * @param uncorrelatable under an atomic list, a set or an atomic map, where the server cannot
   *     pair an old value with the new one
   * @param repeated the first list or map above without a bound, or null
   */
  private void node(
      JsonNode schema, Where where, boolean uncorrelatable, CostEstimate.Unbounded repeated) {
    JsonNode rules = schema.path("x-kubernetes-validations");
    for (int i = 0; i < rules.size(); i++) {
      rule(
          rules.get(i),
          schema,
          where,
          where.child("x-kubernetes-validations").index(i),
          uncorrelatable,
          repeated);
    }
    boolean atomicMap = "atomic".equals(schema.path("x-kubernetes-map-type").asText());
    for (var p : schema.path("properties").properties()) {
      node(p.getValue(), where.property(p.getKey()), uncorrelatable || atomicMap, repeated);
    }
    if (schema.path("items").isObject()) {
      boolean mapList = "map".equals(schema.path("x-kubernetes-list-type").asText());
      node(
          schema.get("items"),
          where.items(),
          uncorrelatable || !mapList,
          repeated != null || schema.has("maxItems")
              ? repeated
              : new CostEstimate.Unbounded(where.schemaPath(), "maxItems"));
    }
    if (schema.path("additionalProperties").isObject()) {
      node(
          schema.get("additionalProperties"),
          where.additionalProperties(),
          uncorrelatable || atomicMap,
          repeated != null || schema.has("maxProperties")
              ? repeated
              : new CostEstimate.Unbounded(where.schemaPath(), "maxProperties"));
    }
  }

  private void rule(
      JsonNode rule,
      JsonNode schema,
      Where node,
      Where at,
      boolean uncorrelatable,
      CostEstimate.Unbounded repeated) {
    String text = rule.path("rule").asText("");
    if (text.isBlank()) {
      return; // reported by the structure check
    }
    boolean optionalOldSelf = rule.path("optionalOldSelf").asBoolean(false);
    CelTypes types = new CelTypes();
    CelType self = types.typeOf(schema, node.schemaPath());
    CelCompiler compiler =
        Base.COMPILER
            .toCompilerBuilder()
            .setTypeProvider(types)
            .addVar("self", self)
            .addVar("oldSelf", optionalOldSelf ? OptionalType.create(self) : self)
            .setResultType(SimpleType.BOOL)
            .build();
    CelValidationResult result = compiler.compile(text);
    if (result.hasError()) {
      findings.add(
          Check.CEL_COMPILES,
          at.child("rule"),
          "the rule "
              + quote(text)
              + " does not compile: "
              + issues(result)
              + ". Fix the @ValidationRule.");
      return;
    }
    CelAbstractSyntaxTree ast;
    try {
      ast = result.getAst();
    } catch (CelValidationException e) {
      throw new IllegalStateException(e);
    }
    boolean usesOldSelf = mentions(ast.getExpr(), "oldSelf");
    if (usesOldSelf && uncorrelatable) {
      findings.add(
          Check.CEL_OLD_SELF_CORRELATABLE,
          at.child("rule"),
          "the transition rule "
              + quote(text)
              + " uses oldSelf under a list that is not a map"
              + " (or an atomic map), where old and new values cannot be paired; move the rule to"
              + " the list itself, or make the list @ListMapKeys.");
    }
    if (optionalOldSelf && !usesOldSelf) {
      findings.add(
          Check.CEL_OPTIONAL_OLD_SELF,
          at.child("optionalOldSelf"),
          "optionalOldSelf is set but the rule "
              + quote(text)
              + " does not use oldSelf; remove"
              + " optionalOldSelf.");
    }
    JsonNode messageExpression = rule.get("messageExpression");
    if (messageExpression != null && !messageExpression.asText().isBlank()) {
      CelValidationResult message =
          compiler
              .toCompilerBuilder()
              .setResultType(SimpleType.STRING)
              .build()
              .compile(messageExpression.asText());
      if (message.hasError()) {
        findings.add(
            Check.CEL_MESSAGE_EXPRESSION,
            at.child("messageExpression"),
            "the messageExpression "
                + quote(messageExpression.asText())
                + " does not compile to a string: "
                + issues(message)
                + ". Make it a string expression, such as 'x is ' + string(self.x).");
      }
    }
    new CostEstimate(schema, node, text, findings, repeated).check(ast.getExpr());
  }

  private static boolean mentions(CelExpr expr, String name) {
    return dev.cel.common.navigation.CelNavigableExpr.fromExpr(expr)
        .allNodes()
        .anyMatch(
            n ->
                n.expr().getKind() == CelExpr.ExprKind.Kind.IDENT
                    && n.expr().ident().name().equals(name));
  }

  private static String issues(CelValidationResult result) {
    return result.getErrors().stream()
        .map(CelIssue::getMessage)
        .map(m -> m.lines().findFirst().orElse(m))
        .distinct()
        .collect(Collectors.joining("; "));
  }

  static String quote(String rule) {
    String line = rule.replace('\n', ' ');
    return "'" + (line.length() > 80 ? line.substring(0, 77) + "..." : line) + "'";
  }
}
