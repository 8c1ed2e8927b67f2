package dev.opboot.generate.rbac;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.source.CompiledSources;
import dev.opboot.generate.source.TypeQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * What a JOSDK dependent resource needs: the Kubernetes kind it manages (the {@code R} of {@code
 * KubernetesDependentResource<R, P>} among its supertypes) and the verbs its kind of dependent
 * uses.
 *
 * <ul>
 *   <li>Every Kubernetes dependent is backed by an informer: {@code get list watch}.
 *   <li>{@code Creator} (as {@code CRUDKubernetesDependentResource} and {@code
 *       CRUDNoGCKubernetesDependentResource} are): {@code create}, and {@code patch} because JOSDK
 *       creates with server-side apply by default.
 *   <li>{@code Updater}: {@code update} and {@code patch} (server-side apply, or a plain update).
 *   <li>{@code Deleter} (also through {@code GarbageCollected}): {@code delete}.
 * </ul>
 *
 * <p>A dependent that is no {@code KubernetesDependentResource} (an external resource) needs no
 * Kubernetes permission. For {@code GenericKubernetesResource} the kind comes from the {@code
 * GroupVersionKind} passed to the constructor ({@link GvkExpressions}).
 */
final class DependentReader {
  static final List<String> READ = List.of("get", "list", "watch");

  private final CompiledSources sources;
  private final TypeQueries types;
  private final KindResolver kinds;
  private final GvkExpressions gvks;

  DependentReader(CompiledSources sources, KindResolver kinds, GvkExpressions gvks) {
    this.sources = sources;
    this.types = new TypeQueries(sources);
    this.kinds = kinds;
    this.gvks = gvks;
  }

  /** A dependent's kind and verbs. */
  record Needs(KubeKind kind, List<String> verbs, boolean managed) {
    PolicyRule rule() {
      return PolicyRule.of(kind.group(), kind.plural(), verbs.toArray(String[]::new));
    }
  }

  /** Whether {@code type} is a Kubernetes dependent resource. */
  boolean isKubernetesDependent(TypeMirror type) {
    return types.isA(type, Josdk.KUBERNETES_DEPENDENT_RESOURCE);
  }

  /**
   * What the dependent {@code type} needs, or {@code null} for a dependent that manages no
   * Kubernetes resource.
   *
   * @param constructorArguments the arguments of the {@code new} expression that creates it, if the
   *     code shows one: where a {@code GroupVersionKind} may be given
   */
  Needs read(TypeMirror type, List<TreePath> constructorArguments)
      throws UnresolvedKind, GeneratorException {
    if (!isKubernetesDependent(type)) {
      return null;
    }
    TypeMirror resource = types.firstTypeArgument(type, Josdk.KUBERNETES_DEPENDENT_RESOURCE);
    KubeKind kind =
        TypeQueries.is(resource, Josdk.GENERIC_KUBERNETES_RESOURCE)
            ? genericKind(type, constructorArguments)
            : kinds.resolve(resource);
    Set<String> verbs = new TreeSet<>(READ);
    if (types.isA(type, Josdk.CREATOR)) {
      verbs.addAll(List.of("create", "patch"));
    }
    if (types.isA(type, Josdk.UPDATER)) {
      verbs.addAll(List.of("update", "patch"));
    }
    if (types.isA(type, Josdk.DELETER)) {
      verbs.add("delete");
    }
    return new Needs(kind, List.copyOf(verbs), verbs.size() > READ.size());
  }

  /**
   * The GroupVersionKind given to a generic dependent: in the {@code new} expression or a {@code
   * super(...)} call.
   */
  private KubeKind genericKind(TypeMirror type, List<TreePath> constructorArguments)
      throws UnresolvedKind, GeneratorException {
    List<TreePath> candidates = new ArrayList<>(constructorArguments);
    if (type instanceof DeclaredType declared) {
      candidates.addAll(superArguments((TypeElement) declared.asElement()));
    }
    for (TreePath argument : candidates) {
      if (gvks.isGvk(argument)) {
        return gvks.read(argument);
      }
    }
    throw new UnresolvedKind(
        "it manages GenericKubernetesResource and no constant GroupVersionKind is passed"
            + " to its constructor");
  }

  /**
   * The arguments of the {@code super(...)} calls in the constructors of {@code type}, if in the
   * sources.
   */
  private List<TreePath> superArguments(TypeElement type) {
    List<TreePath> found = new ArrayList<>();
    TreePath classPath = sources.trees().getPath(type);
    if (classPath == null || !(classPath.getLeaf() instanceof ClassTree)) {
      return found;
    }
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree node, Void unused) {
        return node == classPath.getLeaf()
            ? super.visitClass(node, unused)
            : null; // not nested classes
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        if (node.getMethodSelect() instanceof IdentifierTree id
            && id.getName().contentEquals("super")) {
          for (ExpressionTree argument : node.getArguments()) {
            found.add(new TreePath(getCurrentPath(), argument));
          }
        }
        return super.visitMethodInvocation(node, unused);
      }
    }.scan(classPath, null);
    return found;
  }
}
