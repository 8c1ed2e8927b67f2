package dev.opboot.generate.schema;

import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.Problems;
import dev.opboot.generate.problem.SourceLocation;
import dev.opboot.generate.problem.Warnings;
import dev.opboot.generate.schema.AnnotationRule.Phase;
import dev.opboot.generate.schema.AnnotationRule.Site;
import dev.opboot.generate.source.CompiledSources;
import dev.opboot.generate.source.DocText;
import dev.opboot.generate.source.TypeQueries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads one custom resource class: its CRD facts from the annotations on it, and the schema of the
 * whole object (apiVersion, kind, metadata, spec, status) from its type arguments.
 */
public final class ResourceReader {
  /** The fabric8 base class every custom resource extends. */
  public static final String CUSTOM_RESOURCE = "io.fabric8.kubernetes.client.CustomResource";

  private static final String NAMESPACED = "io.fabric8.kubernetes.api.model.Namespaced";

  static final String API_VERSION_DOC =
      """
      APIVersion defines the versioned schema of this representation of an object.
      Servers should convert recognized schemas to the latest internal value, and
      may reject unrecognized values.
      More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources""";
  static final String KIND_DOC =
      """
      Kind is a string value representing the REST resource this object represents.
      Servers may infer this from the endpoint the client submits requests to.
      Cannot be updated.
      In CamelCase.
      More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds""";

  /**
   * One resource class read.
   *
   * @param hasStatus whether the schema has a status
   * @param statusSubresource whether the CRD serves it as the status subresource: with a status,
   *     unless the class says {@code @NoStatusSubresource}
   * @param propertyLocations where each property of the schema was declared, by JSON path
   */
  public record Resource(
      ResourceFacts facts,
      JsonSchema schema,
      boolean hasStatus,
      boolean statusSubresource,
      Scale scale,
      boolean namespaced,
      SourceLocation location,
      Map<String, Supplier<SourceLocation>> propertyLocations) {}

  private final CompiledSources sources;
  private final Types types;
  private final TypeMirror customResource;
  private final SchemaOptions options;
  private final BuiltInTypes builtIns;
  private final Warnings warnings;

  /**
   * A reader of names and facts (RBAC's), writing schemas with op-boot's defaults and the newest
   * catalogue.
   */
  public ResourceReader(CompiledSources sources) throws GeneratorException {
    this(sources, SchemaOptions.DEFAULTS, BuiltInTypes.newest(), new Warnings());
  }

  /**
   * A reader writing schemas as {@code options} say, Kubernetes' built-in types from {@code
   * builtIns}, with its warnings into {@code warnings}.
   */
  public ResourceReader(
      CompiledSources sources, SchemaOptions options, BuiltInTypes builtIns, Warnings warnings)
      throws GeneratorException {
    this.sources = sources;
    this.options = options;
    this.builtIns = builtIns;
    this.warnings = warnings;
    this.types = sources.types();
    TypeElement base = sources.elements().getTypeElement(CUSTOM_RESOURCE);
    this.customResource = base == null ? null : types.erasure(base.asType());
  }

  /** Whether {@code type} is a custom resource class (a subclass of fabric8's CustomResource). */
  public boolean isCustomResource(TypeElement type) {
    return customResource != null
        && !type.getQualifiedName().contentEquals(CUSTOM_RESOURCE)
        && types.isSubtype(types.erasure(type.asType()), customResource);
  }

  /**
   * Whether fabric8 would make a CRD of {@code type}: a concrete, non-generic custom resource class
   * with {@code @Group} or {@code @Version} (on it, or inherited where the annotation is
   * {@code @Inherited}). Any other subclass of CustomResource is a base that resources extend, such
   * as {@code AbstractFlinkResource<SPEC, STATUS>}, and is read only through them. A class with one
   * of the two annotations is a resource, so that {@link #read} names the missing one.
   */
  public boolean isResource(TypeElement type) throws GeneratorException {
    if (!isCustomResource(type)
        || type.getModifiers().contains(Modifier.ABSTRACT)
        || !type.getTypeParameters().isEmpty()) {
      return false;
    }
    ResourceFacts facts = facts(type);
    return facts.group != null || facts.version != null;
  }

  /**
   * What the annotations on a resource class say of its names and version ({@code @Group},
   * {@code @Version}, {@code @Kind}, {@code @Plural}, ...), read by the registry's rules, with no
   * default filled in: for a custom resource class, and for any other class fabric8 addresses the
   * same way (its built-in kinds). The one reading of those annotations, for CRDs and RBAC alike.
   */
  public ResourceFacts facts(TypeElement type) throws GeneratorException {
    return facts(
        type,
        new SchemaBuilder(sources, AnnotationRegistry.defaults(), options, builtIns, warnings));
  }

  private static ResourceFacts facts(TypeElement type, SchemaBuilder builder)
      throws GeneratorException {
    ResourceFacts facts = new ResourceFacts();
    builder.apply(
        Site.RESOURCE,
        Phase.NAME,
        List.copyOf(builder.allAnnotations(type)),
        type,
        new Subject(null, null, facts, "", null));
    return facts;
  }

  public Resource read(TypeElement type) throws GeneratorException {
    SchemaBuilder builder =
        new SchemaBuilder(sources, AnnotationRegistry.defaults(), options, builtIns, warnings);
    ResourceFacts facts = facts(type, builder);
    SourceLocation location = sources.location(type);
    Problems problems = new Problems();
    if (facts.group == null || facts.group.isEmpty()) {
      problems.add(
          new GeneratorException(
              location,
              type.getSimpleName()
                  + " extends CustomResource but has no @Group."
                  + " Add @Group(\"<group>\") from io.fabric8.kubernetes.model.annotation."));
    }
    if (facts.version == null || facts.version.isEmpty()) {
      problems.add(
          new GeneratorException(
              location,
              type.getSimpleName()
                  + " extends CustomResource but has no @Version."
                  + " Add @Version(\"v1\") from io.fabric8.kubernetes.model.annotation."));
    }
    if (facts.kind == null || facts.kind.isEmpty()) {
      facts.kind = type.getSimpleName().toString();
    }

    DeclaredType declared = (DeclaredType) type.asType();
    DeclaredType base = new TypeQueries(sources).supertype(declared, CUSTOM_RESOURCE);
    TypeMirror spec = base.getTypeArguments().size() > 0 ? base.getTypeArguments().get(0) : null;
    TypeMirror status = base.getTypeArguments().size() > 1 ? base.getTypeArguments().get(1) : null;

    // spec, status and the class's own properties each report their problems, then all fail
    JsonSchema root =
        problems.attempt(() -> builder.objectSchema(declared, facts, "", Set.of(CUSTOM_RESOURCE)));
    Map<String, JsonSchema> properties = new LinkedHashMap<>();
    properties.put("apiVersion", Schemas.of("string").description(API_VERSION_DOC));
    properties.put("kind", Schemas.of("string").description(KIND_DOC));
    properties.put("metadata", Schemas.of("object"));
    if (isPresent(spec)) {
      properties.put(
          "spec", problems.attempt(() -> builder.valueSchema(spec, type, facts, ".spec")));
    }
    boolean hasStatus = isPresent(status);
    if (hasStatus) {
      properties.put(
          "status", problems.attempt(() -> builder.valueSchema(status, type, facts, ".status")));
    }
    problems.throwIfAny();
    properties.putAll(root.properties());
    // a resource class may override getMetadata() (and document it), but the API server refuses a
    // root metadata schema that says more than its type, and owns apiVersion and kind
    properties.put("apiVersion", Schemas.of("string").description(API_VERSION_DOC));
    properties.put("kind", Schemas.of("string").description(KIND_DOC));
    properties.put("metadata", Schemas.of("object"));
    root.properties(properties);
    List<String> required =
        root.required().stream()
            .filter(name -> !List.of("apiVersion", "kind", "metadata").contains(name))
            .toList();
    if (!required.equals(root.required())) {
      root.required(required);
    }
    String doc = DocText.description(sources.trees(), sources.docComment(type));
    root.description(doc.isEmpty() ? null : doc);
    int fieldColumns = facts.printerColumns.size();
    int fieldSelectables = facts.selectableFields.size();
    builder.apply(
        Site.RESOURCE,
        Phase.RESOURCE,
        List.copyOf(type.getAnnotationMirrors()),
        type,
        new Subject(root, null, facts, "", null));
    // the class's own columns and fields come first, then the properties' in schema order
    java.util.Collections.rotate(facts.printerColumns, facts.printerColumns.size() - fieldColumns);
    java.util.Collections.rotate(
        facts.selectableFields, facts.selectableFields.size() - fieldSelectables);

    Scale scale = null;
    if (facts.specReplicasPath != null || facts.statusReplicasPath != null) {
      if (facts.specReplicasPath == null || facts.statusReplicasPath == null) {
        throw new GeneratorException(
            location,
            "the scale subresource needs both @SpecReplicas and"
                + " @StatusReplicas; "
                + type.getSimpleName()
                + " has only one.");
      }
      scale = new Scale(facts.specReplicasPath, facts.statusReplicasPath, facts.labelSelectorPath);
    }
    boolean namespaced =
        types.isSubtype(
            types.erasure(type.asType()),
            types.erasure(sources.elements().getTypeElement(NAMESPACED).asType()));
    if (facts.noStatusSubresource && !hasStatus) {
      throw new GeneratorException(
          location,
          type.getSimpleName()
              + " has @NoStatusSubresource but no status (its status type is Void or missing),"
              + " so there is no status subresource to leave out. Remove the annotation, or give"
              + " the resource a status type.");
    }
    return new Resource(
        facts,
        root,
        hasStatus,
        hasStatus && !facts.noStatusSubresource,
        scale,
        namespaced,
        location,
        Map.copyOf(builder.locations()));
  }

  private boolean isPresent(TypeMirror type) {
    return type != null
        && type.getKind() == TypeKind.DECLARED
        && !TypeQueries.is(type, "java.lang.Void");
  }
}
