package dev.opboot.generate.rbac;

import dev.opboot.core.names.Plurals;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.schema.ResourceFacts;
import dev.opboot.generate.schema.ResourceReader;
import dev.opboot.generate.source.CompiledSources;
import dev.opboot.generate.source.TypeQueries;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The group and plural of a resource class, the way the API server will be asked for it.
 *
 * <ul>
 *   <li>A custom resource class (a fabric8 {@code CustomResource}) is read by the CRD engine's
 *       {@link ResourceReader}, so the rule names exactly the resource the generated CRD serves:
 *       {@code @Group}, and {@code @Plural} or else {@link Plurals}' English plural of the kind.
 *   <li>Any other {@code HasMetadata} class (fabric8's built-in kinds, or a hand-written one) is
 *       read as fabric8's {@code HasMetadata.getGroup/getPlural} read it at run time:
 *       {@code @Group} ({@code ""} is the core group; without {@code @Group} but with
 *       {@code @Version}, fabric8 addresses the core group, so does this); {@code @Plural}, else
 *       the plural of {@code @Singular}, else of {@code @Kind} or the class name ({@link
 *       BuiltInPlurals}). fabric8 does not derive anything from package names, and all its built-in
 *       classes carry {@code @Group} and {@code @Version}, so neither does this.
 * </ul>
 *
 * <p>Both read the annotations through {@link ResourceReader#facts}, the CRD engine's one reading
 * of them. Namespaced-ness comes from fabric8's {@code Namespaced} marker interface in both cases.
 */
final class KindResolver {
  private final TypeQueries types;
  private final ResourceReader resources;
  private final Map<String, KubeKind> read = new HashMap<>();

  KindResolver(CompiledSources sources) throws GeneratorException {
    this.types = new TypeQueries(sources);
    this.resources = new ResourceReader(sources);
  }

  /** The kind of a resource class named in the code ({@code Deployment}, {@code Shop}). */
  KubeKind resolve(TypeMirror type) throws UnresolvedKind, GeneratorException {
    if (type == null) {
      throw new UnresolvedKind("its resource type is not given (a raw type)");
    }
    if (type.getKind() == TypeKind.TYPEVAR || type.getKind() == TypeKind.WILDCARD) {
      throw new UnresolvedKind("its resource type is " + type + ", not a class");
    }
    if (!(type instanceof DeclaredType declared)) {
      throw new UnresolvedKind("its resource type " + type + " is not a class");
    }
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    if (TypeQueries.is(type, Josdk.GENERIC_KUBERNETES_RESOURCE)) {
      throw new UnresolvedKind(
          "its resource type is GenericKubernetesResource, whose group and kind are"
              + " only known at run time");
    }
    if (!types.isA(type, Josdk.HAS_METADATA)) {
      throw new UnresolvedKind(
          name + " is not a Kubernetes resource class (it does not implement HasMetadata)");
    }
    KubeKind known = read.get(name);
    if (known == null) {
      known = resources.isCustomResource(element) ? customResource(element) : annotated(element);
      read.put(name, known);
    }
    return known;
  }

  private KubeKind customResource(TypeElement element) throws GeneratorException {
    ResourceReader.Resource resource = resources.read(element);
    ResourceFacts facts = resource.facts();
    String plural = facts.plural() != null ? facts.plural() : Plurals.pluralOf(facts.kind());
    return new KubeKind(facts.group(), facts.kind(), plural, resource.namespaced());
  }

  private KubeKind annotated(TypeElement element) throws UnresolvedKind, GeneratorException {
    ResourceFacts facts = resources.facts(element);
    if (facts.group() == null && facts.version() == null) {
      throw new UnresolvedKind(
          element.getQualifiedName()
              + " has neither @Group nor @Version, so its API group"
              + " is unknown (fabric8 could not address it either)");
    }
    String group = facts.group() == null ? "" : facts.group();
    String kind = facts.kind() != null ? facts.kind() : element.getSimpleName().toString();
    String plural =
        facts.plural() != null
            ? facts.plural().toLowerCase(Locale.ROOT)
            : BuiltInPlurals.of(facts.singular() != null ? facts.singular() : kind);
    return new KubeKind(group, kind, plural, types.isA(element.asType(), Josdk.NAMESPACED));
  }
}
