package dev.opboot.generate.rbac;

import dev.opboot.generate.source.TypeQueries;
import dev.opboot.core.names.Plurals;
import dev.opboot.generate.GeneratorException;
import dev.opboot.generate.schema.ResourceFacts;
import dev.opboot.generate.schema.ResourceReader;
import dev.opboot.generate.source.CompiledSources;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
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
 *       read as fabric8's {@code HasMetadata.getGroup/getPlural} read it at run time: {@code
 *       @Group} ({@code ""} is the core group; without {@code @Group} but with {@code @Version},
 *       fabric8 addresses the core group, so does this); {@code @Plural}, else the plural of
 *       {@code @Singular}, else of {@code @Kind} or the class name ({@link BuiltInPlurals}). fabric8
 *       does not derive anything from package names, and all its built-in classes carry
 *       {@code @Group} and {@code @Version}, so neither does this.
 * </ul>
 *
 * <p>Namespaced-ness comes from fabric8's {@code Namespaced} marker interface in both cases.
 */
final class KindResolver {
  private static final String MODEL_ANNOTATION = "io.fabric8.kubernetes.model.annotation.";

  /** What the resource annotations say, filled by {@link #ANNOTATIONS}. */
  private static final class Names {
    String group;
    String version;
    String kind;
    String plural;
    String singular;
  }

  /** The annotations read on a built-in class: one entry each. */
  private static final Map<String, BiConsumer<Names, String>> ANNOTATIONS = Map.of(
      MODEL_ANNOTATION + "Group", (n, v) -> n.group = v,
      MODEL_ANNOTATION + "Version", (n, v) -> n.version = v,
      MODEL_ANNOTATION + "Kind", (n, v) -> n.kind = v,
      MODEL_ANNOTATION + "Plural", (n, v) -> n.plural = v.toLowerCase(Locale.ROOT),
      MODEL_ANNOTATION + "Singular", (n, v) -> n.singular = v);

  private final CompiledSources sources;
  private final TypeQueries types;
  private final ResourceReader customResources;
  private final Map<String, KubeKind> read = new HashMap<>();

  KindResolver(CompiledSources sources) throws GeneratorException {
    this.sources = sources;
    this.types = new TypeQueries(sources);
    this.customResources = new ResourceReader(sources);
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
      throw new UnresolvedKind("its resource type is GenericKubernetesResource, whose group and kind are"
          + " only known at run time");
    }
    if (!types.isA(type, Josdk.HAS_METADATA)) {
      throw new UnresolvedKind(name + " is not a Kubernetes resource class (it does not implement HasMetadata)");
    }
    KubeKind known = read.get(name);
    if (known == null) {
      known = customResources.isCustomResource(element) ? customResource(element) : annotated(element);
      read.put(name, known);
    }
    return known;
  }

  private KubeKind customResource(TypeElement element) throws GeneratorException {
    ResourceReader.Resource resource = customResources.read(element);
    ResourceFacts facts = resource.facts();
    String plural = facts.plural() != null ? facts.plural() : Plurals.pluralOf(facts.kind());
    return new KubeKind(facts.group(), facts.kind(), plural, resource.namespaced());
  }

  private KubeKind annotated(TypeElement element) throws UnresolvedKind {
    Names names = new Names();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      BiConsumer<Names, String> rule = ANNOTATIONS.get(
          ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString());
      if (rule != null) {
        rule.accept(names, value(mirror));
      }
    }
    if (names.group == null && names.version == null) {
      throw new UnresolvedKind(element.getQualifiedName() + " has neither @Group nor @Version, so its API group"
          + " is unknown (fabric8 could not address it either)");
    }
    String group = names.group == null ? "" : names.group;
    String kind = names.kind != null ? names.kind : element.getSimpleName().toString();
    String plural = names.plural != null ? names.plural
        : BuiltInPlurals.of(names.singular != null ? names.singular : kind);
    return new KubeKind(group, kind, plural, types.isA(element.asType(), Josdk.NAMESPACED));
  }

  private String value(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : sources.elements().getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("value")) {
        return String.valueOf(e.getValue().getValue());
      }
    }
    return null;
  }
}
