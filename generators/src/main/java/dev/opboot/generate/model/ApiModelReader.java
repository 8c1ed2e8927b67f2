package dev.opboot.generate.model;

import dev.opboot.core.names.Plurals;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.Problems;
import dev.opboot.generate.problem.SourceLocation;
import dev.opboot.generate.problem.Warnings;
import dev.opboot.generate.schema.BuiltInTypes;
import dev.opboot.generate.schema.ResourceFacts;
import dev.opboot.generate.schema.ResourceReader;
import dev.opboot.generate.schema.SchemaOptions;
import dev.opboot.generate.schema.WebhookConversion;
import dev.opboot.generate.source.CompiledSources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;

/**
 * Gathers the API the sources declare: every custom resource class, grouped into one CRD per group
 * and kind across packages and versions, checked as a whole (one storage version, one scope and one
 * set of names per kind).
 */
public final class ApiModelReader {
  private ApiModelReader() {}

  /** The CRDs of the resource classes in {@code sources}, sorted by name. */
  public static List<Crd> read(CompiledSources sources) throws GeneratorException {
    return read(sources, ResourceFilter.ALL);
  }

  /** The CRDs of the resource classes in {@code sources} that {@code filter} accepts. */
  public static List<Crd> read(CompiledSources sources, ResourceFilter filter)
      throws GeneratorException {
    return read(sources, filter, SchemaOptions.DEFAULTS, BuiltInTypes.newest(), new Warnings());
  }

  /**
   * The CRDs of the resource classes in {@code sources} that {@code filter} accepts, their schemas
   * written as {@code options} say with Kubernetes' built-in types from {@code builtIns}; what will
   * likely be refused later goes to {@code warnings}.
   */
  public static List<Crd> read(
      CompiledSources sources,
      ResourceFilter filter,
      SchemaOptions options,
      BuiltInTypes builtIns,
      Warnings warnings)
      throws GeneratorException {
    ResourceReader resources = new ResourceReader(sources, options, builtIns, warnings);
    Map<String, List<ResourceReader.Resource>> byKind = new TreeMap<>();
    Problems problems = new Problems();
    for (TypeElement type : sources.declaredTypes()) {
      if (!filter.accepts(type.getQualifiedName().toString())
          || !Boolean.TRUE.equals(problems.attempt(() -> resources.isResource(type)))) {
        continue;
      }
      // one bad class must not hide the others' problems
      ResourceReader.Resource resource = problems.attempt(() -> resources.read(type));
      if (resource == null || resource.facts().skipped() || resource.facts().external()) {
        continue;
      }
      byKind
          .computeIfAbsent(
              resource.facts().group() + "/" + resource.facts().kind(), k -> new ArrayList<>())
          .add(resource);
    }
    List<Crd> crds = new ArrayList<>();
    for (List<ResourceReader.Resource> versions : byKind.values()) {
      Crd crd = problems.attempt(() -> assemble(versions));
      if (crd != null) {
        crds.add(crd);
      }
    }
    problems.throwIfAny();
    crds.sort(Comparator.comparing(Crd::name));
    return crds;
  }

  private static Crd assemble(List<ResourceReader.Resource> resources) throws GeneratorException {
    resources = new ArrayList<>(resources);
    resources.sort(
        Comparator.comparing(
            (ResourceReader.Resource r) -> r.facts().version(), KubeVersions.PRIORITY));
    ResourceReader.Resource first = resources.get(0);
    ResourceFacts names = first.facts();
    String kind = names.kind();
    String plural = names.plural() != null ? names.plural() : Plurals.pluralOf(kind);
    String singular = names.singular() != null ? names.singular() : kind.toLowerCase(Locale.ROOT);

    List<CrdVersion> versions = new ArrayList<>();
    List<ResourceReader.Resource> storage = new ArrayList<>();
    ResourceReader.Resource previous = null;
    for (ResourceReader.Resource r : resources) {
      ResourceFacts f = r.facts();
      if (previous != null && previous.facts().version().equals(f.version())) {
        throw new GeneratorException(
            r.location(),
            kind
                + " "
                + f.version()
                + " is declared twice: here and at "
                + previous.location()
                + ". Keep one class per version.");
      }
      java.util.function.Supplier<String> where =
          () ->
              r.location()
                  + " ("
                  + f.version()
                  + ") and "
                  + first.location()
                  + " ("
                  + names.version()
                  + ")";
      if (r.namespaced() != first.namespaced()) {
        throw new GeneratorException(
            r.location(),
            "the versions of "
                + kind
                + " disagree on scope: "
                + where.get()
                + ". Every version of a kind is namespaced (implements Namespaced) or none is.");
      }
      if (!Objects.equals(f.plural(), names.plural())
          || !Objects.equals(f.singular(), names.singular())
          || !f.shortNames().equals(names.shortNames())
          || !f.categories().equals(names.categories())) {
        throw new GeneratorException(
            r.location(),
            "the versions of "
                + kind
                + " disagree on @Plural, @Singular,"
                + " @ShortNames or @Categories: "
                + where.get()
                + ". A CRD has one set of names; make them the same.");
      }
      if (f.storage()) {
        storage.add(r);
      }
      versions.add(
          new CrdVersion(
              f.version(),
              f.served(),
              f.storage(),
              f.deprecated(),
              f.deprecationWarning(),
              r.schema(),
              r.statusSubresource(),
              r.scale(),
              f.printerColumns(),
              f.selectableFields(),
              r.location(),
              r.propertyLocations()));
      previous = r;
    }
    if (storage.size() > 1) {
      throw new GeneratorException(
          storage.get(1).location(),
          "more than one version of "
              + names.group()
              + "/"
              + kind
              + " is the storage version: "
              + storage.stream()
                  .map(r -> r.facts().version() + " at " + r.location())
                  .reduce((a, b) -> a + " and " + b)
                  .orElse("")
              + ". Exactly one may be stored; mark the"
              + " others @Version(value = \"...\", storage = false).");
    }
    if (storage.isEmpty()) {
      SourceLocation where = first.location();
      throw new GeneratorException(
          where,
          "no version of "
              + names.group()
              + "/"
              + kind
              + " is the storage"
              + " version ("
              + String.join(", ", resources.stream().map(r -> r.facts().version()).toList())
              + "). Mark"
              + " exactly one with @Version(value = \"...\", storage = true).");
    }
    java.util.SortedMap<String, String> annotations = new TreeMap<>();
    java.util.SortedMap<String, String> labels = new TreeMap<>();
    WebhookConversion conversion = null;
    for (ResourceReader.Resource r : resources) {
      annotations.putAll(r.facts().annotations());
      labels.putAll(r.facts().labels());
      WebhookConversion asked = r.facts().conversion();
      if (asked != null && conversion != null && !asked.sameAs(conversion)) {
        throw new GeneratorException(
            asked.location(),
            "the versions of "
                + kind
                + " disagree on @ConversionWebhook: here and at "
                + conversion.location()
                + ". A CRD has one conversion webhook; make them the same, or keep one.");
      }
      if (conversion == null) {
        conversion = asked;
      }
    }
    return new Crd(
        names.group(),
        kind,
        plural,
        singular,
        names.shortNames(),
        names.categories(),
        first.namespaced(),
        versions,
        annotations,
        labels,
        conversion);
  }
}
