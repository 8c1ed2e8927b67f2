package dev.opboot.generate.rbac;

import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.source.CompiledSources;
import dev.opboot.generate.source.TypeQueries;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * The rules a call of the fabric8 client needs: {@code client.pods().inNamespace(ns).list()} →
 * {@code pods list}, as javac resolves it (the method's symbol must be one of fabric8's client
 * interfaces, so a {@code list()} of anything else counts for nothing). The operation's name says
 * the verbs ({@link ClientOperations}); the chain before it says the resource ({@link
 * ClientKinds}), whether the client comes from {@code context.getClient()}, a field, a parameter or
 * a local, and whether it addresses one object or a collection. Method references to operations
 * ({@code resources().forEach(Resource::delete)}, {@code createOr(NonDeletingOperation::update)})
 * count as calls.
 */
final class ClientCalls {
  private final CompiledSources sources;
  private final ClientKinds kinds;

  ClientCalls(CompiledSources sources, KindResolver kinds) {
    this.sources = sources;
    this.kinds = new ClientKinds(sources, kinds);
  }

  /**
   * What one traced call needs: its resource, the rules, and whether it asks in every namespace
   * ({@code inAnyNamespace()}).
   */
  record Needs(KubeKind kind, List<PolicyRule> rules, boolean anyNamespace) {}

  /**
   * What the call at {@code path} needs, or {@code null} when it is no fabric8 client operation (or
   * one whose resource nothing names, as {@code client.getApiGroups()}).
   *
   * @throws UnresolvedKind when it is an operation on a resource chosen at run time
   */
  Needs read(TreePath path) throws UnresolvedKind, GeneratorException {
    Element element = sources.trees().getElement(path);
    if (!isOperation(element) || !(path.getLeaf() instanceof MethodInvocationTree call)) {
      return null;
    }
    ExecutableElement method = (ExecutableElement) element;
    String name = method.getSimpleName().toString();
    if (name.equals("resources") && !call.getArguments().isEmpty()) {
      return null; // resources(Foo.class): an accessor, not the stream of a list
    }
    ClientKinds.Target target = null;
    if (call.getMethodSelect() instanceof MemberSelectTree select) {
      target = kinds.target(new TreePath(new TreePath(path, select), select.getExpression()));
    }
    if (target == null) {
      // client.informers().sharedIndexInformerFor(Pod.class, 0): the result names the resource
      TypeMirror result = sources.trees().getTypeMirror(path);
      TypeMirror resource = result == null ? null : kinds.resourceTypeOf(result);
      if (resource == null) {
        return null;
      }
      target = new ClientKinds.Target(kinds.resolve(resource), false, false);
    }
    boolean countArgument =
        !method.getParameters().isEmpty()
            && method.getParameters().get(0).asType().getKind() == TypeKind.INT;
    return needs(name, call.getArguments().size(), countArgument, target);
  }

  /**
   * What the method reference at {@code path} needs when it names an operation ({@code
   * Resource::delete}), or {@code null}.
   */
  Needs readReference(TreePath path) throws UnresolvedKind, GeneratorException {
    ExecutableElement method = referencedMethod(sources, path);
    if (method == null || !(path.getLeaf() instanceof MemberReferenceTree reference)) {
      return null;
    }
    String name = method.getSimpleName().toString();
    ClientKinds.Target target = null;
    TreePath parent = path.getParentPath();
    if (parent.getLeaf() instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("createOr")) {
      // createOr(NonDeletingOperation::update): the same resource createOr is called on
      target = kinds.target(new TreePath(new TreePath(parent, select), select.getExpression()));
    } else if (sources.trees().getElement(new TreePath(path, reference.getQualifierExpression()))
        instanceof TypeElement) {
      // Resource::delete on a Stream<PodResource>: the resource is among the function's types
      TypeMirror function = sources.trees().getTypeMirror(path);
      if (function instanceof DeclaredType declared) {
        for (TypeMirror typeArgument : declared.getTypeArguments()) {
          TypeMirror argument = bound(typeArgument);
          TypeMirror resource = kinds.resourceTypeOf(argument);
          if (resource != null) {
            target = new ClientKinds.Target(kinds.resolve(resource), isNamed(argument), false);
            break;
          }
        }
      }
    } else {
      target = kinds.target(new TreePath(path, reference.getQualifierExpression()));
    }
    if (target == null) {
      return null;
    }
    boolean countArgument =
        !method.getParameters().isEmpty()
            && method.getParameters().get(0).asType().getKind() == TypeKind.INT;
    return needs(name, method.getParameters().size(), countArgument, target);
  }

  /**
   * The fabric8 operation a method reference names ({@code Resource::delete}), found among the
   * members of its qualifier's type (javac's trees do not give a reference's symbol), or {@code
   * null}.
   */
  static ExecutableElement referencedMethod(CompiledSources sources, TreePath path) {
    if (!(path.getLeaf() instanceof MemberReferenceTree reference)
        || !ClientOperations.isOperation(reference.getName().toString())) {
      return null;
    }
    TypeMirror qualifier =
        sources.trees().getTypeMirror(new TreePath(path, reference.getQualifierExpression()));
    if (!(qualifier instanceof DeclaredType declared)) {
      return null;
    }
    for (Element member : sources.elements().getAllMembers((TypeElement) declared.asElement())) {
      if (member instanceof ExecutableElement method
          && member.getSimpleName().contentEquals(reference.getName())
          && ClientKinds.isClientMethod(member)) {
        return method;
      }
    }
    return null;
  }

  /** {@code T} of {@code ? super T} or {@code ? extends T} (as in {@code Consumer<? super T>}). */
  private static TypeMirror bound(TypeMirror type) {
    if (type instanceof WildcardType wildcard) {
      if (wildcard.getSuperBound() != null) {
        return wildcard.getSuperBound();
      }
      if (wildcard.getExtendsBound() != null) {
        return wildcard.getExtendsBound();
      }
    }
    return type;
  }

  private boolean isNamed(TypeMirror type) {
    return new TypeQueries(sources).isA(type, ClientKinds.RESOURCE);
  }

  private static boolean isOperation(Element element) {
    return ClientKinds.isClientMethod(element)
        && ClientOperations.isOperation(element.getSimpleName().toString());
  }

  private static Needs needs(
      String name, int arguments, boolean countArgument, ClientKinds.Target target) {
    return new Needs(
        target.kind(),
        ClientOperations.rules(name, arguments, countArgument, target),
        target.anyNamespace());
  }
}
