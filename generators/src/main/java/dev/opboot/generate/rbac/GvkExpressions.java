package dev.opboot.generate.rbac;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.source.CompiledSources;
import dev.opboot.generate.source.TypeQueries;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The kind a JOSDK {@code GroupVersionKind} expression names, when the code spells it out with
 * constants: {@code new GroupVersionKind("apps/v1", "Deployment")}, {@code new
 * GroupVersionKind("apps", "v1", "Deployment")}, {@code GroupVersionKind.gvkFor(Deployment.class)},
 * {@code GroupVersionKindPlural.gvkWithPlural(gvk, "deployments")}, or a {@code static final} field
 * of the sources initialized with one of these. Anything computed at run time is unresolved: the
 * code cannot show it, an {@code @RbacRule} must.
 *
 * <p>Without an explicit plural, JOSDK (like fabric8) pluralizes the kind: {@link BuiltInPlurals}.
 */
final class GvkExpressions {
  private static final int MAX_DEPTH = 8;

  private final CompiledSources sources;
  private final KindResolver kinds;

  GvkExpressions(CompiledSources sources, KindResolver kinds) {
    this.sources = sources;
    this.kinds = kinds;
  }

  /** Whether the expression at {@code path} is a {@code GroupVersionKind}. */
  boolean isGvk(TreePath path) {
    TypeMirror type = sources.trees().getTypeMirror(path);
    return type != null && new TypeQueries(sources).isA(type, Josdk.GROUP_VERSION_KIND);
  }

  /** The kind named by the {@code GroupVersionKind} expression at {@code path}. */
  KubeKind read(TreePath path) throws UnresolvedKind, GeneratorException {
    return read(path, 0);
  }

  private KubeKind read(TreePath path, int depth) throws UnresolvedKind, GeneratorException {
    Tree leaf = path.getLeaf();
    if (depth > MAX_DEPTH) {
      throw new UnresolvedKind("its GroupVersionKind is built too indirectly to be read");
    }
    if (leaf instanceof ParenthesizedTree p) {
      return read(new TreePath(path, p.getExpression()), depth + 1);
    }
    if (leaf instanceof NewClassTree created && owner(path) != null) {
      List<String> args = new ArrayList<>();
      for (ExpressionTree arg : created.getArguments()) {
        args.add(constant(new TreePath(path, arg)));
      }
      return switch (args.size()) {
        case 2 -> fromApiVersion(args.get(0), args.get(1), null);
        case 3 -> kind(args.get(0), args.get(2), null);
        case 4 -> kind(args.get(0), args.get(2), args.get(3));
        default ->
            throw new UnresolvedKind("its GroupVersionKind constructor is not one op-boot reads");
      };
    }
    if (leaf instanceof MethodInvocationTree call && owner(path) != null) {
      String method = sources.trees().getElement(path).getSimpleName().toString();
      List<? extends ExpressionTree> args = call.getArguments();
      if (method.equals("gvkFor") && args.size() == 1) {
        return kinds.resolve(classLiteralType(new TreePath(path, args.get(0))));
      }
      if (method.equals("from") && args.size() == 1) {
        return read(new TreePath(path, args.get(0)), depth + 1);
      }
      if (method.equals("gvkWithPlural") && args.size() == 2) {
        KubeKind kind = read(new TreePath(path, args.get(0)), depth + 1);
        return new KubeKind(
            kind.group(),
            kind.kind(),
            constant(new TreePath(path, args.get(1))),
            kind.namespaced());
      }
    }
    if (leaf instanceof IdentifierTree || leaf instanceof MemberSelectTree) {
      Element element = sources.trees().getElement(path);
      if (element instanceof VariableElement field
          && field.getModifiers().contains(Modifier.FINAL)) {
        TreePath declaration = sources.trees().getPath(field);
        if (declaration != null
            && declaration.getLeaf() instanceof VariableTree variable
            && variable.getInitializer() != null) {
          return read(new TreePath(declaration, variable.getInitializer()), depth + 1);
        }
      }
    }
    throw new UnresolvedKind("its GroupVersionKind (" + leaf + ") is computed at run time");
  }

  /** The GroupVersionKind class a constructor or static method belongs to, or null. */
  private TypeElement owner(TreePath path) {
    Element element = sources.trees().getElement(path);
    if (element instanceof ExecutableElement executable
        && executable.getEnclosingElement() instanceof TypeElement type) {
      String name = type.getQualifiedName().toString();
      if (name.equals(Josdk.GROUP_VERSION_KIND) || name.equals(Josdk.GROUP_VERSION_KIND_PLURAL)) {
        return type;
      }
    }
    return null;
  }

  /** {@code X} of an expression of type {@code Class<X>}, such as {@code X.class}. */
  TypeMirror classLiteralType(TreePath path) throws UnresolvedKind {
    TypeMirror type = sources.trees().getTypeMirror(path);
    if (type instanceof DeclaredType declared
        && TypeQueries.is(declared, "java.lang.Class")
        && declared.getTypeArguments().size() == 1) {
      return declared.getTypeArguments().get(0);
    }
    throw new UnresolvedKind("its resource class (" + path.getLeaf() + ") is not a class literal");
  }

  static KubeKind fromApiVersion(String apiVersion, String kind, String plural)
      throws UnresolvedKind {
    int slash = apiVersion.indexOf('/');
    return kind(slash < 0 ? "" : apiVersion.substring(0, slash), kind, plural);
  }

  private static KubeKind kind(String group, String kind, String plural) throws UnresolvedKind {
    if (kind.isEmpty()) {
      throw new UnresolvedKind("its GroupVersionKind has an empty kind");
    }
    return new KubeKind(
        group == null ? "" : group, kind, plural != null ? plural : BuiltInPlurals.of(kind), null);
  }

  /** The value of a constant string expression: literals, constants and their concatenation. */
  private String constant(TreePath path) throws UnresolvedKind {
    return Constants.string(sources, path, "its GroupVersionKind");
  }
}
