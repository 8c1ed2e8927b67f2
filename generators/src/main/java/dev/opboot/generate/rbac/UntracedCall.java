package dev.opboot.generate.rbac;

import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import dev.opboot.generate.source.CompiledSources;
import dev.opboot.generate.source.TypeQueries;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The warning for a client call whose resource is chosen at run time: the role gets nothing for it,
 * and the operator will meet a 403 there unless the user declares the rule. The warning names the
 * call and says which {@code @RbacRule} to write, with the verbs the operation needs (only the
 * resource is unknown).
 */
final class UntracedCall {
  /** Stands for the group and resource the user fills in. */
  private static final KubeKind PLACEHOLDER =
      new KubeKind("<group>", "<Kind>", "<resources>", null);

  private UntracedCall() {}

  /**
   * The warning's text.
   *
   * @param path the call or method reference
   * @param reason why its resource is unknown
   * @param enclosingClass where the {@code @RbacRule} goes
   */
  static String message(
      CompiledSources sources, TreePath path, String reason, String enclosingClass) {
    ExecutableElement method =
        path.getLeaf() instanceof MethodInvocationTree
            ? (ExecutableElement) sources.trees().getElement(path)
            : ClientCalls.referencedMethod(sources, path);
    int arguments =
        path.getLeaf() instanceof MethodInvocationTree call
            ? call.getArguments().size()
            : method.getParameters().size();
    boolean count =
        !method.getParameters().isEmpty()
            && method.getParameters().get(0).asType().getKind() == TypeKind.INT;
    List<String> suggested = new ArrayList<>();
    for (PolicyRule rule :
        ClientOperations.rules(
            method.getSimpleName().toString(),
            arguments,
            count,
            new ClientKinds.Target(PLACEHOLDER, addressesOne(sources, path), false))) {
      suggested.add(annotation(rule));
    }
    return "cannot tell which resource "
        + CallText.of(sources, path)
        + " in "
        + enclosingClass
        + " acts on: "
        + reason
        + ". The role gets no rule for it, so the call will be refused (403) unless you declare"
        + " what it needs on "
        + enclosingClass
        + ": "
        + String.join(" ", suggested)
        + ", with the resource's API group and plural.";
  }

  /** Whether the call's receiver is one object ({@code withName(n)}) rather than a collection. */
  private static boolean addressesOne(CompiledSources sources, TreePath path) {
    if (path.getLeaf() instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree select) {
      TypeMirror receiver =
          sources
              .trees()
              .getTypeMirror(new TreePath(new TreePath(path, select), select.getExpression()));
      return receiver != null && new TypeQueries(sources).isA(receiver, ClientKinds.RESOURCE);
    }
    return false;
  }

  private static String annotation(PolicyRule rule) {
    return "@RbacRule(groups = \""
        + rule.groups().get(0)
        + "\", resources = \""
        + rule.resources().get(0)
        + "\", verbs = "
        + (rule.verbs().size() == 1
            ? "\"" + rule.verbs().get(0) + "\""
            : "{\"" + String.join("\", \"", rule.verbs()) + "\"}")
        + ")";
  }
}
