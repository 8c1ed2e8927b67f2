package dev.opboot.generate.rbac;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.source.CompiledSources;
import dev.opboot.generate.source.TypeQueries;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * Which resource a fabric8 client expression addresses, read from the types javac gives the DSL
 * rather than from method names: every step of {@code client.apps().deployments().inNamespace(ns)}
 * is typed with the resource class among its type arguments ({@code MixedOperation<Deployment,
 * DeploymentList, RollableScalableResource<Deployment>>}), and so are {@code resources(Foo.class)}
 * ({@code MixedOperation<Foo, ...>}), {@code resource(pod)} ({@code NamespaceableResource<Pod>})
 * and a {@code PodResource} kept in a variable. Steps whose type names no resource (an exec or log
 * builder after {@code inContainer("c")}) are walked back along the chain, through variables with a
 * single value, to the step that does.
 *
 * <p>{@code GenericKubernetesResource} is walked back to {@code
 * genericKubernetesResources(apiVersion, kind)} or {@code genericKubernetesResources(context)} with
 * constant arguments. What is decided at run time (a non-constant kind, a {@code HasMetadata} or
 * type-variable resource, reflection) is an {@link UnresolvedKind} saying why.
 */
final class ClientKinds {
  static final String CLIENT_PACKAGE = "io.fabric8.kubernetes.client";
  static final String RESOURCE = "io.fabric8.kubernetes.client.dsl.Resource";
  private static final String RESOURCE_LIST =
      "io.fabric8.kubernetes.api.model.KubernetesResourceList";
  private static final String CONTEXT =
      "io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext";
  static final int MAX_STEPS = 32;

  private final CompiledSources sources;
  private final TypeQueries types;
  private final KindResolver kinds;
  private final VariableValues variables;
  private final GenericKinds generics;

  ClientKinds(CompiledSources sources, KindResolver kinds) {
    this.sources = sources;
    this.types = new TypeQueries(sources);
    this.kinds = kinds;
    this.variables = new VariableValues(sources);
    this.generics = new GenericKinds(sources, kinds, variables);
  }

  /**
   * What an operation acts on.
   *
   * @param kind the resource
   * @param named whether the operation addresses one object ({@code withName(n)}, {@code
   *     resource(obj)}) rather than a collection
   * @param anyNamespace whether the chain asks for every namespace ({@code inAnyNamespace()})
   * @param subresource the subresource the chain turns to ({@code ephemeralContainers()}, {@code
   *     subresource("resize")}), or {@code null}
   */
  record Target(KubeKind kind, boolean named, boolean anyNamespace, String subresource) {
    Target(KubeKind kind, boolean named, boolean anyNamespace) {
      this(kind, named, anyNamespace, null);
    }
  }

  /** Whether {@code method} belongs to fabric8's client API (the DSL, the client, informers). */
  static boolean isClientMethod(Element method) {
    if (!(method instanceof ExecutableElement)
        || !(method.getEnclosingElement() instanceof TypeElement owner)) {
      return false;
    }
    String name = owner.getQualifiedName().toString();
    String pkg = name.substring(0, Math.max(0, name.lastIndexOf('.')));
    return pkg.equals(CLIENT_PACKAGE)
        || pkg.equals(CLIENT_PACKAGE + ".dsl")
        || name.equals(CLIENT_PACKAGE + ".informers.SharedInformerFactory");
  }

  /** Whether {@code method} is the client's own ({@code client.resource(obj)}), not the DSL's. */
  private static boolean isClientItself(Element method) {
    String owner = ((TypeElement) method.getEnclosingElement()).getQualifiedName().toString();
    return owner.equals(CLIENT_PACKAGE + ".KubernetesClient")
        || owner.equals(CLIENT_PACKAGE + ".Client");
  }

  /**
   * The resource the client expression at {@code path} addresses, or {@code null} when nothing on
   * its way names a resource (it is the client itself, or no client at all).
   */
  Target target(TreePath path) throws UnresolvedKind, GeneratorException {
    String subresource = subresourceOf(path);
    boolean anyNamespace = false;
    Boolean named = null;
    String generic = null; // why a GenericKubernetesResource seen on the way could not be traced
    TreePath p = path;
    for (int step = 0; step < MAX_STEPS && p != null; step++) {
      p = unwrap(p);
      TypeMirror type = sources.trees().getTypeMirror(p);
      TypeMirror resource = type == null ? null : resourceTypeOf(type);
      if (resource != null) {
        if (named == null) {
          named = types.isA(type, RESOURCE);
        }
        if (!TypeQueries.is(resource, Josdk.GENERIC_KUBERNETES_RESOURCE)) {
          return new Target(
              resolve(resource),
              named,
              anyNamespace || callsBefore(p, "inAnyNamespace"),
              subresource);
        }
        generic =
            "its resource is a GenericKubernetesResource whose apiVersion and kind are not"
                + " written as constants in a genericKubernetesResources(...) call";
      }
      Tree leaf = p.getLeaf();
      Element element = sources.trees().getElement(p);
      if (leaf instanceof MethodInvocationTree call && isClientMethod(element)) {
        String method = element.getSimpleName().toString();
        if (method.equals("genericKubernetesResources")) {
          return new Target(
              generics.read(p, call.getArguments()),
              Boolean.TRUE.equals(named),
              anyNamespace,
              subresource);
        }
        if (method.equals("resource")
            && generic != null
            && call.getArguments().size() == 1
            && isClientItself(element)) {
          throw new UnresolvedKind(
              "it acts on resource("
                  + call.getArguments().get(0)
                  + "), a GenericKubernetesResource"
                  + " whose apiVersion and kind are only known at run time");
        }
        anyNamespace |= method.equals("inAnyNamespace");
        p =
            call.getMethodSelect() instanceof MemberSelectTree select
                ? new TreePath(new TreePath(p, select), select.getExpression())
                : null;
      } else if ((leaf instanceof IdentifierTree || leaf instanceof MemberSelectTree)
          && element instanceof VariableElement variable) {
        p = variables.valueOf(variable, p);
      } else if (leaf instanceof MethodInvocationTree && element instanceof ExecutableElement own) {
        p = variables.returnedBy(own); // a helper of the sources that hands out a client
      } else {
        p = null;
      }
    }
    if (generic != null) {
      throw new UnresolvedKind(generic);
    }
    return null;
  }

  /**
   * The subresource a chain turns to: {@code ephemeralContainers()}, or {@code subresource(name)}
   * with a constant name; {@code null} for none.
   */
  private String subresourceOf(TreePath path) throws UnresolvedKind {
    TreePath p = path;
    for (int step = 0; step < MAX_STEPS && p != null; step++) {
      p = unwrap(p);
      if (!(p.getLeaf() instanceof MethodInvocationTree call)
          || !(call.getMethodSelect() instanceof MemberSelectTree select)) {
        return null;
      }
      if (isClientMethod(sources.trees().getElement(p))) {
        String method = select.getIdentifier().toString();
        if (method.equals("ephemeralContainers")) {
          return "ephemeralcontainers";
        }
        if (method.equals("subresource") && call.getArguments().size() == 1) {
          return Constants.string(
              sources, new TreePath(p, call.getArguments().get(0)), "its subresource");
        }
      }
      p = new TreePath(new TreePath(p, select), select.getExpression());
    }
    return null;
  }

  /** Whether a call of the chain ending at {@code path} is named {@code method}. */
  private boolean callsBefore(TreePath path, String method) {
    TreePath p = path;
    for (int step = 0; step < MAX_STEPS && p != null; step++) {
      p = unwrap(p);
      if (!(p.getLeaf() instanceof MethodInvocationTree call)
          || !(call.getMethodSelect() instanceof MemberSelectTree select)) {
        return false;
      }
      if (select.getIdentifier().contentEquals(method)) {
        return true;
      }
      p = new TreePath(new TreePath(p, select), select.getExpression());
    }
    return false;
  }

  /**
   * The resource class among the type arguments of a fabric8 client type or one of its supertypes
   * ({@code Pod} of {@code MixedOperation<Pod, PodList, PodResource>} and of {@code PodResource}),
   * or {@code null} when it names none.
   */
  TypeMirror resourceTypeOf(TypeMirror type) {
    Deque<TypeMirror> queue = new ArrayDeque<>(List.of(type));
    Set<String> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      TypeMirror t = queue.poll();
      if (!(t instanceof DeclaredType declared) || !seen.add(t.toString())) {
        continue;
      }
      String owner = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      if (owner.startsWith(CLIENT_PACKAGE + ".")) {
        for (TypeMirror argument : declared.getTypeArguments()) {
          if (isResourceType(argument)) {
            return argument;
          }
        }
      }
      queue.addAll(sources.types().directSupertypes(t));
    }
    return null;
  }

  private boolean isResourceType(TypeMirror t) {
    if (t instanceof TypeVariable variable) {
      return isResourceType(variable.getUpperBound());
    }
    if (t instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() != null && isResourceType(wildcard.getExtendsBound());
    }
    if (t.getKind() == TypeKind.INTERSECTION) {
      return types.isA(t, Josdk.HAS_METADATA);
    }
    return t instanceof DeclaredType
        && types.isA(t, Josdk.HAS_METADATA)
        && !types.isA(t, RESOURCE_LIST);
  }

  /** The kind of a resource class, or why the code does not tell it. */
  KubeKind resolve(TypeMirror resource) throws UnresolvedKind, GeneratorException {
    if (resource.getKind() == TypeKind.TYPEVAR
        || resource.getKind() == TypeKind.WILDCARD
        || resource.getKind() == TypeKind.INTERSECTION) {
      throw new UnresolvedKind(
          "its resource type is " + describe(resource) + ", a type only known at run time");
    }
    if (TypeQueries.is(resource, Josdk.HAS_METADATA)) {
      throw new UnresolvedKind(
          "its resource's type is HasMetadata, so its kind is only known at run time");
    }
    return kinds.resolve(resource);
  }

  /**
   * A type variable by its name ({@code R}), a wildcard or the variable javac captures it as by its
   * bound ({@code ? extends HasMetadata}), never javac's numbered {@code capture#1 of ...}.
   */
  private static String describe(TypeMirror type) {
    if (type instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() == null
          ? "?"
          : "? extends " + simpleName(wildcard.getExtendsBound());
    }
    if (type instanceof TypeVariable variable && type.toString().startsWith("capture#")) {
      return "? extends " + simpleName(variable.getUpperBound());
    }
    return type.toString();
  }

  private static String simpleName(TypeMirror type) {
    return type instanceof DeclaredType declared
        ? declared.asElement().getSimpleName().toString()
        : type.toString();
  }

  static TreePath unwrap(TreePath path) {
    TreePath p = path;
    while (p.getLeaf() instanceof ParenthesizedTree parenthesized) {
      p = new TreePath(p, parenthesized.getExpression());
    }
    return p;
  }
}
