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
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * The JSON values of an enum whose {@code @JsonValue} method returns a field set from each
 * constant's constructor argument ({@code READY("Ready")}), read from the sources: the values exist
 * only at run time otherwise, and op-boot does not run user code.
 */
final class EnumValues {
  private EnumValues() {}

  /** The name of the field the enum's {@code @JsonValue} method returns, or null without one. */
  static String jsonValueOf(CompiledSources sources, TypeElement enumType)
      throws GeneratorException {
    for (ExecutableElement method : ElementFilter.methodsIn(enumType.getEnclosedElements())) {
      if (!hasJsonValue(method)) {
        continue;
      }
      MethodTree tree = sources.trees().getTree(method);
      String field = tree == null ? null : returnedField(tree.getBody());
      if (field == null) {
        throw new GeneratorException(
            sources.location(method),
            "op-boot reads enum values from the sources, and"
                + " cannot tell what this @JsonValue method returns for each constant. Make it return a field set"
                + " from a string literal in each constant's constructor call, or put @JsonProperty(\"...\") on"
                + " every constant.");
      }
      return field;
    }
    return null;
  }

  /** Each constant's string literal that ends up in {@code field}. */
  static List<Object> read(CompiledSources sources, TypeElement enumType, String field)
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
