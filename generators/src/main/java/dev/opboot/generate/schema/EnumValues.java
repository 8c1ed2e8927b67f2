package dev.opboot.generate.schema;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.source.CompiledSources;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * The JSON values of an enum with a {@code @JsonValue} method, read from the sources: the values
 * exist only at run time otherwise, and op-boot does not run user code. Two ways of writing that
 * method are read, the two real APIs use: returning a field set from each constant's constructor
 * argument ({@code READY("Ready")}), and a {@code switch (this)} whose every constant's case
 * returns a literal (Strimzi's enums), as a statement or as a switch expression.
 */
final class EnumValues {
  private EnumValues() {}

  /**
   * The JSON value of each constant, in declaration order, or null when the enum has no
   * {@code @JsonValue} method.
   */
  static List<Object> jsonValues(CompiledSources sources, TypeElement enumType)
      throws GeneratorException {
    for (ExecutableElement method : ElementFilter.methodsIn(enumType.getEnclosedElements())) {
      if (!hasJsonValue(method)) {
        continue;
      }
      MethodTree tree = sources.trees().getTree(method);
      String field = tree == null ? null : returnedField(tree.getBody());
      if (field != null) {
        return read(sources, enumType, field);
      }
      Map<String, Object> cases =
          tree == null ? null : EnumSwitch.literalsByConstant(tree.getBody());
      if (cases == null) {
        throw new GeneratorException(
            sources.location(method),
            "op-boot reads enum values from the sources, and"
                + " cannot tell what this @JsonValue method returns for each constant. Make it return a field set"
                + " from a string literal in each constant's constructor call, or switch on this with a case"
                + " returning a literal for every constant, or put @JsonProperty(\"...\") on every constant.");
      }
      return fromSwitch(sources, enumType, cases);
    }
    return null;
  }

  /** Each constant's literal from the switch; a constant without a case is an error at it. */
  private static List<Object> fromSwitch(
      CompiledSources sources, TypeElement enumType, Map<String, Object> cases)
      throws GeneratorException {
    Set<Object> values = new LinkedHashSet<>(); // constants may share a value
    for (VariableElement constant : ElementFilter.fieldsIn(enumType.getEnclosedElements())) {
      if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      Object value = cases.get(constant.getSimpleName().toString());
      if (value == null) {
        throw new GeneratorException(
            sources.location(constant),
            "the enum constant "
                + constant.getSimpleName()
                + " has no case returning a literal in the switch of its @JsonValue method, so op-boot"
                + " cannot tell its JSON value. Add a case returning a string literal for it, or use"
                + " @JsonProperty on the constants.");
      }
      values.add(value.toString());
    }
    return new ArrayList<>(values);
  }

  /** Each constant's string literal that ends up in {@code field}. */
  private static List<Object> read(CompiledSources sources, TypeElement enumType, String field)
      throws GeneratorException {
    int parameter = constructorParameterFor(sources, enumType, field);
    List<Object> values = new ArrayList<>();
    for (VariableElement constant : ElementFilter.fieldsIn(enumType.getEnclosedElements())) {
      if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      Tree tree = sources.trees().getTree(constant);
      ExpressionTree init = tree instanceof VariableTree v ? v.getInitializer() : null;
      if (parameter >= 0
          && init instanceof NewClassTree call
          && call.getArguments().size() > parameter
          && call.getArguments().get(parameter) instanceof LiteralTree literal
          && literal.getValue() != null) {
        values.add(literal.getValue().toString());
      } else {
        throw new GeneratorException(
            sources.location(constant),
            "the enum constant "
                + constant.getSimpleName()
                + " does not pass a literal for the field '"
                + field
                + "' that @JsonValue returns, so op-boot"
                + " cannot tell its JSON value. Pass a string literal, or use @JsonProperty on the constants.");
      }
    }
    return values;
  }

  private static boolean hasJsonValue(Element method) {
    for (AnnotationMirror a : method.getAnnotationMirrors()) {
      if (a.getAnnotationType()
          .asElement()
          .toString()
          .equals("com.fasterxml.jackson.annotation.JsonValue")) {
        return true;
      }
    }
    return false;
  }

  private static String returnedField(BlockTree body) {
    if (body == null
        || body.getStatements().size() != 1
        || !(body.getStatements().get(0) instanceof ReturnTree ret)) {
      return null;
    }
    return fieldName(ret.getExpression());
  }

  private static String fieldName(ExpressionTree expression) {
    if (expression instanceof IdentifierTree id) {
      return id.getName().toString();
    }
    if (expression instanceof MemberSelectTree select
        && select.getExpression() instanceof IdentifierTree owner
        && owner.getName().contentEquals("this")) {
      return select.getIdentifier().toString();
    }
    return null;
  }

  private static int constructorParameterFor(
      CompiledSources sources, TypeElement enumType, String field) {
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(enumType.getEnclosedElements())) {
      MethodTree tree = sources.trees().getTree(constructor);
      if (tree == null || tree.getBody() == null) {
        continue;
      }
      for (StatementTree statement : tree.getBody().getStatements()) {
        if (statement instanceof ExpressionStatementTree e
            && e.getExpression() instanceof AssignmentTree assign
            && field.equals(fieldName(assign.getVariable()))
            && assign.getExpression() instanceof IdentifierTree arg) {
          for (int i = 0; i < tree.getParameters().size(); i++) {
            if (tree.getParameters().get(i).getName().contentEquals(arg.getName())) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }
}
