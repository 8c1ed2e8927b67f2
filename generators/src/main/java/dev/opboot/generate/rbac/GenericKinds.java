package dev.opboot.generate.rbac;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.TreePath;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.source.CompiledSources;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The kind of a {@code genericKubernetesResources(...)} call, when the code writes it with
 * constants: {@code ("networking.k8s.io/v1", "NetworkPolicy")}, a {@code ResourceDefinitionContext}
 * built with its {@code Builder} from constants, or {@code
 * ResourceDefinitionContext.fromResourceType(Foo.class)}, kept in a variable or not. Without a
 * plural, fabric8 asks the server's discovery; op-boot pluralizes the kind as fabric8 and JOSDK do
 * ({@link BuiltInPlurals}).
 */
final class GenericKinds {
  private static final String CONTEXT =
      "io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext";
  private static final String CONTEXT_BUILDER = CONTEXT + ".Builder";

  private final CompiledSources sources;
  private final KindResolver kinds;
  private final VariableValues variables;

  GenericKinds(CompiledSources sources, KindResolver kinds, VariableValues variables) {
    this.sources = sources;
    this.kinds = kinds;
    this.variables = variables;
  }

  /** The kind of {@code genericKubernetesResources(apiVersion, kind)} or {@code (context)}. */
  KubeKind read(TreePath call, List<? extends ExpressionTree> arguments)
      throws UnresolvedKind, GeneratorException {
    if (arguments.size() == 2) {
      String apiVersion =
          Constants.string(sources, new TreePath(call, arguments.get(0)), "its apiVersion");
      String kind = Constants.string(sources, new TreePath(call, arguments.get(1)), "its kind");
      return GvkExpressions.fromApiVersion(apiVersion, kind, null);
    }
    return context(new TreePath(call, arguments.get(0)));
  }

  /**
   * The kind of a {@code ResourceDefinitionContext}: built with its {@code Builder} from constants,
   * or {@code ResourceDefinitionContext.fromResourceType(Foo.class)}, possibly kept in a variable.
   */
  private KubeKind context(TreePath path) throws UnresolvedKind, GeneratorException {
    TreePath p = ClientKinds.unwrap(path);
    for (int step = 0; step < ClientKinds.MAX_STEPS; step++) {
      Element element = sources.trees().getElement(p);
      if (element instanceof VariableElement variable) {
        TreePath value = variables.valueOf(variable, p);
        if (value == null) {
          break;
        }
        p = ClientKinds.unwrap(value);
        continue;
      }
      if (p.getLeaf() instanceof MethodInvocationTree call
          && element instanceof ExecutableElement method
          && method.getEnclosingElement() instanceof TypeElement owner) {
        String name = method.getSimpleName().toString();
        if (owner.getQualifiedName().contentEquals(CONTEXT)
            && name.equals("fromResourceType")
            && call.getArguments().size() == 1) {
          return kinds.resolve(
              new GvkExpressions(sources, kinds)
                  .classLiteralType(new TreePath(p, call.getArguments().get(0))));
        }
        if (owner.getQualifiedName().contentEquals(CONTEXT_BUILDER) && name.equals("build")) {
          return builtContext(p);
        }
      }
      break;
    }
    throw new UnresolvedKind(
        "its ResourceDefinitionContext ("
            + path.getLeaf()
            + ") is not built from constants with ResourceDefinitionContext.Builder");
  }

  /** Reads {@code new ResourceDefinitionContext.Builder().withGroup("g")...build()}. */
  private KubeKind builtContext(TreePath build) throws UnresolvedKind {
    String group = "";
    String kind = null;
    String plural = null;
    Boolean namespaced = null;
    TreePath p = build;
    while (p.getLeaf() instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree select) {
      String name = select.getIdentifier().toString();
      TreePath argument =
          call.getArguments().size() == 1 ? new TreePath(p, call.getArguments().get(0)) : null;
      if (argument != null) {
        switch (name) {
          case "withGroup" -> group = Constants.string(sources, argument, "its group");
          case "withKind" -> kind = Constants.string(sources, argument, "its kind");
          case "withPlural" -> plural = Constants.string(sources, argument, "its plural");
          case "withNamespaced" ->
              namespaced = Constants.bool(sources, argument, "its namespaced flag");
          default -> {} // version: RBAC does not name it
        }
      }
      p = ClientKinds.unwrap(new TreePath(new TreePath(p, select), select.getExpression()));
    }
    if (!(p.getLeaf() instanceof NewClassTree)) {
      throw new UnresolvedKind(
          "its ResourceDefinitionContext.Builder (" + p.getLeaf() + ") is not created in place");
    }
    if (kind == null && plural == null) {
      throw new UnresolvedKind("its ResourceDefinitionContext names neither a kind nor a plural");
    }
    return new KubeKind(
        group == null ? "" : group,
        kind == null ? plural : kind,
        plural != null ? plural : BuiltInPlurals.of(kind),
        namespaced);
  }
}
