package dev.opboot.generate.importer;

import dev.opboot.generate.crd.check.Check;
import dev.opboot.generate.crd.check.CrdValidator;
import dev.opboot.generate.crd.check.Finding;
import dev.opboot.generate.importer.ImportedCrd.Version;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.GeneratorException.Problem;
import dev.opboot.generate.problem.SourceLocation;
import dev.opboot.generate.schema.AnnotationRegistry;
import dev.opboot.generate.schema.JsonSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code create api --from-crd}'s engine: the CRD generation run backwards. A CRD (or an OpenAPI
 * document's schema) is read into JSON schemas, each version's schema is mapped to Java types whose
 * annotations {@code generate crd} turns back into the same schema, and the types are written as
 * source text. Everything happens in memory; the caller writes the files.
 *
 * <p>An owned API must come back exactly, so whatever the Java types cannot say stops the import.
 * An external one ({@code --external}) is never regenerated: its types only need to read and write
 * objects, so what they cannot say is left out and reported as notes.
 */
public final class CrdImporter {
  /**
   * What to import and where.
   *
   * @param version the one version to import, or null for all of them
   * @param packageOf the Java package of a version's classes
   * @param external whether the CRD belongs to someone else ({@code @External})
   * @param registry the annotations generate crd will read the types with: the import writes the
   *     annotations whose rules read back a schema's keywords
   * @param project the Kubernetes version the project's generate crd describes built-in types as,
   *     for the note when the CRD's embedded ones are another version's; null for no note
   */
  public record Options(
      String version,
      Function<String, String> packageOf,
      boolean external,
      AnnotationRegistry registry,
      KubernetesVersionHint.Project project) {
    /** Options for the annotations op-boot understands. */
    public Options(String version, Function<String, String> packageOf, boolean external) {
      this(version, packageOf, external, AnnotationRegistry.defaults(), null);
    }

    /** Options for the annotations of {@code registry}. */
    public Options(
        String version,
        Function<String, String> packageOf,
        boolean external,
        AnnotationRegistry registry) {
      this(version, packageOf, external, registry, null);
    }

    /** These options, with the project's Kubernetes version for {@link KubernetesVersionHint}. */
    public Options with(KubernetesVersionHint.Project project) {
      return new Options(version, packageOf, external, registry, project);
    }
  }

  /**
   * One imported version: its package, its source files by path ({@code com/example/v1/Foo.java}),
   * a sample's {@code spec:} block with its required properties, and whether its status has
   * Kubernetes' {@code conditions} and an {@code observedGeneration}, where a reconciler reports
   * Ready.
   */
  public record ImportedVersion(
      String name,
      boolean storage,
      String javaPackage,
      SortedMap<String, String> sources,
      String sampleSpec,
      boolean reportsReady) {}

  /** An imported CRD: its versions' sources, and what an external import left out. */
  public record ImportedApi(ImportedCrd crd, List<ImportedVersion> versions, List<String> notes) {}

  private CrdImporter() {}

  /**
   * The CRDs in {@code file}: CustomResourceDefinitions in YAML or JSON, one or many, or a List of
   * them.
   */
  public static List<ImportedCrd> read(Path file) throws GeneratorException {
    String text = CrdFiles.text(file);
    List<LocatedYaml.Document> documents = CrdFiles.documents(file, text);
    if (documents.size() == 1 && OpenApiDocuments.isOpenApi(documents.get(0).root())) {
      throw new GeneratorException(
          new SourceLocation(file.toString(), 1, 1),
          "this is an OpenAPI document, not a CRD: pass --group, --version and --kind to say which of its schemas"
              + " to import and under which API.");
    }
    List<ImportedCrd> crds = CrdFiles.crds(file.toString(), documents);
    refuseWhatTheServerRefuses(crds);
    return crds;
  }

  /**
   * What the import itself reports in its own words (untyped nodes, references), or makes right in
   * the Java it writes (uniqueItems, which controller-gen writes, becomes a set; a preserve flag of
   * false is left out).
   */
  private static final java.util.Set<Check> LEFT_TO_THE_IMPORT =
      java.util.EnumSet.of(
          Check.TYPE_REQUIRED, Check.UNSUPPORTED_KEYWORD, Check.UNIQUE_ITEMS, Check.PRESERVE_TRUE);

  /**
   * A CRD the API server would not create is not imported: each of its problems is reported at its
   * line in the file, with the YAML path.
   */
  private static void refuseWhatTheServerRefuses(List<ImportedCrd> crds) throws GeneratorException {
    List<GeneratorException.Problem> problems = new java.util.ArrayList<>();
    for (ImportedCrd crd : crds) {
      for (Finding finding : CrdValidator.validate(crd.definition())) {
        if (finding.isError() && !LEFT_TO_THE_IMPORT.contains(finding.check())) {
          String yamlPath =
              crd.path().isEmpty() ? finding.yamlPath() : crd.path() + "." + finding.yamlPath();
          problems.add(
              new GeneratorException.Problem(
                  crd.source().location(yamlPath),
                  yamlPath
                      + ": the API server would refuse this CRD: "
                      + finding.message()
                      + " ["
                      + finding.check().id()
                      + "]"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new GeneratorException(problems);
    }
  }

  /** Whether {@code file} holds an OpenAPI document rather than CRDs. */
  public static boolean isOpenApi(Path file) throws GeneratorException {
    List<LocatedYaml.Document> documents = CrdFiles.documents(file, CrdFiles.text(file));
    return documents.size() == 1 && OpenApiDocuments.isOpenApi(documents.get(0).root());
  }

  /**
   * The CRD an OpenAPI v3 document's component schema stands for: the schema named {@code kind} (or
   * {@code <anything>.<kind>}) is the resource, or its spec when it has no {@code spec}.
   */
  public static ImportedCrd readOpenApi(
      Path file, String group, String version, String kind, String plural, boolean namespaced)
      throws GeneratorException {
    String text = CrdFiles.text(file);
    return OpenApiDocuments.read(
        file.toString(),
        text,
        CrdFiles.documents(file, text).get(0),
        group,
        version,
        kind,
        plural,
        namespaced);
  }

  private static boolean reportsReady(JavaModel.Type status) {
    if (!(status instanceof JavaModel.ObjectClass c)) {
      return false;
    }
    JavaModel.TypeRef conditionList =
        JavaModel.TypeRef.of(
            "java.util.List", JavaModel.TypeRef.of("io.fabric8.kubernetes.api.model.Condition"));
    return c.fields().stream()
            .anyMatch(f -> f.javaName().equals("conditions") && f.type().equals(conditionList))
        && c.fields().stream()
            .anyMatch(
                f ->
                    f.javaName().equals("observedGeneration")
                        && f.type().equals(JavaModel.TypeRef.of("java.lang.Long")));
  }

  /** Java sources for {@code crd}'s versions. */
  public static ImportedApi toJava(ImportedCrd crd, Options options) throws GeneratorException {
    return DeepStack.call(() -> toJavaHere(crd, options));
  }

  private static ImportedApi toJavaHere(ImportedCrd crd, Options options)
      throws GeneratorException {
    List<Version> versions = new ArrayList<>();
    for (Version v : crd.versions()) {
      if (options.version() == null || options.version().equals(v.name())) {
        versions.add(v);
      }
    }
    if (versions.isEmpty()) {
      String crdPath = crd.path().isEmpty() ? "spec.versions" : crd.path() + ".spec.versions";
      throw new GeneratorException(
          crd.source().location(crdPath),
          crdPath
              + ": the CRD "
              + crd.group()
              + "/"
              + crd.kind()
              + " has no version "
              + options.version()
              + "; it has "
              + String.join(", ", crd.versions().stream().map(Version::name).toList())
              + ".");
    }
    List<Problem> errors = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<ImportedVersion> out = new ArrayList<>();
    for (Version v : versions) {
      JsonSchema schema = v.schema().copy();
      SchemaNormalization.apply(schema.json());
      Version normalized =
          new Version(
              v.name(),
              v.served(),
              v.storage(),
              v.deprecated(),
              v.deprecationWarning(),
              schema,
              v.schemaPath(),
              v.statusSubresource(),
              v.scale(),
              v.printerColumns(),
              v.selectableFields());
      Problems problems = new Problems();
      if (v == versions.get(0)) {
        crd.unsupported().forEach(u -> problems.notExpressible(u.path(), u.message()));
      }
      Map<String, KubernetesCatalog.Use> catalogued = new TreeMap<>();
      Map<String, JavaModel.Type> types =
          ResourceMapper.map(
              crd, normalized, options.external(), options.registry(), problems, catalogued);
      if (options.project() != null && !options.external()) {
        KubernetesVersionHint.note(
                crd.group() + "/" + v.name() + " " + crd.kind(),
                catalogued.values(),
                options.project())
            .ifPresent(notes::add);
      }
      for (Problems.Problem p : problems.all()) {
        Problem problem =
            new Problem(
                crd.source().location(p.path()),
                p.path()
                    + ": "
                    + p.message()
                    + (p.forbidden() ? " (Kubernetes refuses such a schema)." : "."));
        if (p.forbidden() || !options.external()) {
          errors.add(problem);
        } else {
          notes.add(problem + " Left out of the Java types.");
        }
      }
      String pkg = options.packageOf().apply(v.name());
      SortedMap<String, String> sources = new TreeMap<>();
      for (JavaModel.Type type : types.values()) {
        sources.put(
            pkg.replace('.', '/') + "/" + type.name() + ".java", JavaSourceWriter.write(pkg, type));
      }
      out.add(
          new ImportedVersion(
              v.name(),
              v.storage(),
              pkg,
              sources,
              SampleSpec.of(schema),
              reportsReady(types.get(crd.kind() + "Status"))));
    }
    if (!errors.isEmpty()) {
      if (!options.external()) {
        errors.add(
            new Problem(
                null,
                "generate crd could not write these back, so the import of an owned API stops;"
                    + " import it with --external if "
                    + crd.group()
                    + " is another project's API."));
      }
      throw new GeneratorException(errors);
    }
    return new ImportedApi(crd, out, notes);
  }
}
