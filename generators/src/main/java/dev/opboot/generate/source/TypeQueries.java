package dev.opboot.generate.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Questions about types by qualified name, as the engines ask them of javac (is it a Map, what does
 * it bind CustomResource's type arguments to), answered {@code false}/{@code null} when the type is
 * not on the class path at all (a project without JOSDK has no reconcilers, not an error).
 */
public final class TypeQueries {
  private final CompiledSources sources;
  private final Types types;

  public TypeQueries(CompiledSources sources) {
    this.sources = sources;
    this.types = sources.types();
  }

  /**
   * Whether {@code type} is, extends or implements {@code qualifiedName} (type arguments ignored).
   */
  public boolean isA(TypeMirror type, String qualifiedName) {
    TypeElement target = sources.elements().getTypeElement(qualifiedName);
    return target != null && types.isSubtype(types.erasure(type), types.erasure(target.asType()));
  }

  /** Whether {@code type} is exactly {@code qualifiedName}. */
  public static boolean is(TypeMirror type, String qualifiedName) {
    return type instanceof DeclaredType d
        && ((TypeElement) d.asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  /**
   * {@code qualifiedName} as a supertype of {@code type}, with its type arguments as {@code type}
   * binds them ({@code KubernetesDependentResource<Deployment, Shop>}), or {@code null}.
   */
  public DeclaredType supertype(TypeMirror type, String qualifiedName) {
    Deque<TypeMirror> queue = new ArrayDeque<>(List.of(type));
    while (!queue.isEmpty()) {
      TypeMirror t = queue.poll();
      if (is(t, qualifiedName)) {
        return (DeclaredType) t;
      }
      queue.addAll(types.directSupertypes(t));
    }
    return null;
  }

  /**
   * The first type argument of {@code qualifiedName} as a supertype of {@code type}, or null (raw
   * or absent).
   */
  public TypeMirror firstTypeArgument(TypeMirror type, String qualifiedName) {
    DeclaredType supertype = supertype(type, qualifiedName);
    return supertype == null || supertype.getTypeArguments().isEmpty()
        ? null
        : supertype.getTypeArguments().get(0);
  }
}
