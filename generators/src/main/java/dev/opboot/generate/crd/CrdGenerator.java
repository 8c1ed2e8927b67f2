package dev.opboot.generate.crd;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.core.Versions;
import dev.opboot.core.names.KubernetesNames;
import dev.opboot.generate.GeneratedFiles;
import dev.opboot.generate.Generation;
import dev.opboot.generate.Generator;
import dev.opboot.generate.GeneratorOption;
import dev.opboot.generate.GeneratorSettings;
import dev.opboot.generate.ProjectSources;
import dev.opboot.generate.model.ApiModelReader;
import dev.opboot.generate.model.Crd;
import dev.opboot.generate.model.CrdVersion;
import dev.opboot.generate.model.ResourceFilter;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.Problems;
import dev.opboot.generate.problem.Warnings;
import dev.opboot.generate.schema.BuiltInTypes;
import dev.opboot.generate.schema.JsonSchema;
import dev.opboot.generate.schema.KubernetesVersions;
import dev.opboot.generate.schema.SchemaNodes;
import dev.opboot.generate.schema.SchemaOptions;
import dev.opboot.generate.source.CompiledSources;
import dev.opboot.generate.source.DocText;
import dev.opboot.generate.source.JavaSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code generate crd}: Java sources → API model → OpenAPI schemas → CRD YAML, all in memory, one
 * file per CRD named as kubebuilder names it. {@link Generation} decides whether to compare or
 * write.
 */
public final class CrdGenerator implements Generator {
  /** The real API server of {@code --verify}, or null for the local validator alone. */
  private final CrdServer server;

  public CrdGenerator() {
    this(null);
  }

  private CrdGenerator(CrdServer server) {
    this.server = server;
  }

  /**
   * This generator, with every CRD that passes the local validator also dry-run created on {@code
   * server}, whose refusals fail the run at the Java source as the validator's do ({@code
   * --verify}).
   */
  public CrdGenerator verifiedOn(CrdServer server) {
    return new CrdGenerator(java.util.Objects.requireNonNull(server, "server"));
  }

  /**
   * {@code tasks} with every CRD generator's CRDs also judged by {@code server}: what the command
   * line's {@code --verify} and the Maven goals' {@code op-boot.crd.verify} both do.
   */
  public static List<Generation.Task> judgedBy(CrdServer server, List<Generation.Task> tasks) {
    return tasks.stream()
        .map(
            t ->
                t.generator() instanceof CrdGenerator crd
                    ? new Generation.Task(crd.verifiedOn(server), t.settings(), t.output())
                    : t)
        .toList();
  }

  /** Whether one of {@code tasks} generates CRDs. */
  public static boolean generatesCrds(List<Generation.Task> tasks) {
    return tasks.stream().anyMatch(t -> t.generator() instanceof CrdGenerator);
  }

  /**
   * {@code --max-desc-len}: descriptions cut at a sentence end, as controller-gen's crd:maxDescLen.
   */
  static final GeneratorOption MAX_DESC_LEN =
      new GeneratorOption(
          "max-desc-len",
          "N",
          GeneratorOption.Type.INTEGER,
          null,
          "Truncate descriptions to N characters at a sentence end; 0 leaves them out.",
          (flag, value) ->
              Integer.parseInt(value) < 0
                  ? java.util.Optional.of(flag + " must be 0 or more, not " + value + ".")
                  : java.util.Optional.empty());

  /** {@code --include}: only these resource classes or packages. */
  static final GeneratorOption INCLUDE =
      new GeneratorOption(
          "include",
          "PATTERNS",
          GeneratorOption.Type.STRING,
          null,
          "Read only the resource classes matching these comma-separated class or package names"
              + " (* matches any characters), such as com.example.api,com.example.other.Shop.",
          ResourceFilter::problem);

  /** {@code --exclude}: leave these resource classes or packages out, even when included. */
  static final GeneratorOption EXCLUDE =
      new GeneratorOption(
          "exclude",
          "PATTERNS",
          GeneratorOption.Type.STRING,
          null,
          "Leave out the resource classes matching these comma-separated class or package names"
              + " (* matches any characters); exclude wins over --include.",
          ResourceFilter::problem);

  /**
   * {@code --kube-version}: the Kubernetes version whose built-in types (PodSpec, Container, ...)
   * the schemas use; by default the one the project's fabric8 model follows.
   */
  static final GeneratorOption KUBE_VERSION =
      new GeneratorOption(
          "kube-version",
          "MINOR",
          GeneratorOption.Type.STRING,
          null,
          "Describe Kubernetes' built-in types (PodSpec, Container, ...) as Kubernetes MINOR has them,"
              + " one of "
              + String.join(", ", KubernetesVersions.SHIPPED)
              + "; by default the version the fabric8 kubernetes-model-core on the class path models,"
              + " so that no field it can hold is pruned.",
          KubernetesVersions::problem);

  /**
   * {@code --bare-object-meta}: controller-gen's default for an ObjectMeta below the root, a bare
   * object whose labels and annotations the API server prunes.
   */
  static final GeneratorOption BARE_OBJECT_META =
      GeneratorOption.flag(
          "bare-object-meta",
          "Write an ObjectMeta below the root (a pod template's metadata) as a bare 'type: object',"
              + " as controller-gen does by default, instead of op-boot's name, namespace, labels,"
              + " annotations and finalizers (controller-gen's crd:generateEmbeddedObjectMeta=true);"
              + " the API server then prunes what is set there.");

  /** {@code --relax-required-in-templates}: no required field inside Kubernetes templates. */
  static final GeneratorOption RELAX_REQUIRED_IN_TEMPLATES =
      GeneratorOption.flag(
          "relax-required-in-templates",
          "Drop Kubernetes' required fields inside pod templates, pod specs and workload specs"
              + " below the root, for operators that fill them in (@RelaxRequired does it for one"
              + " property); by default they stay required, as controller-gen writes them, with a"
              + " warning.");

  /** {@code --drop-builtin-descriptions}: Kubernetes types without their descriptions. */
  static final GeneratorOption DROP_BUILTIN_DESCRIPTIONS =
      GeneratorOption.flag(
          "drop-builtin-descriptions",
          "Leave out the descriptions of Kubernetes' own types (PodSpec, Container, ...), keeping"
              + " the project's: a CRD with pod templates shrinks below the 256 KiB that client-side"
              + " kubectl apply can store.");

  /**
   * The most a CRD may weigh, as compact JSON, for client-side {@code kubectl apply}: it stores the
   * whole object in the last-applied-configuration annotation, and the API server refuses
   * annotations over 256 KiB in total.
   */
  static final int LAST_APPLIED_LIMIT = 262_144;

  /**
   * What to read and how to write.
   *
   * @param sources folders of Java sources holding the API classes
   * @param classpath the jars and folders those sources compile against
   * @param maxDescriptionLength truncate descriptions to this many characters; null keeps them
   *     whole, 0 leaves them out
   * @param generatorVersion recorded in each CRD's annotations
   * @param filter which resource classes to read
   * @param schemaOptions where op-boot may write otherwise than controller-gen
   * @param kubeVersion the Kubernetes minor of the built-in types, one of {@link
   *     KubernetesVersions#SHIPPED}, or null for the one the class path's fabric8 model follows
   */
  public record Options(
      List<Path> sources,
      List<Path> classpath,
      Integer maxDescriptionLength,
      String generatorVersion,
      ResourceFilter filter,
      SchemaOptions schemaOptions,
      String kubeVersion) {
    public Options {
      sources = List.copyOf(sources);
      classpath = List.copyOf(classpath);
    }

    /**
     * The resource classes {@code filter} accepts, with op-boot's default schema options and the
     * built-in types the class path chooses.
     */
    public Options(
        List<Path> sources,
        List<Path> classpath,
        Integer maxDescriptionLength,
        String generatorVersion,
        ResourceFilter filter) {
      this(
          sources,
          classpath,
          maxDescriptionLength,
          generatorVersion,
          filter,
          SchemaOptions.DEFAULTS,
          null);
    }

    /** The same, with {@code schemaOptions}. */
    public Options with(SchemaOptions schemaOptions) {
      return new Options(
          sources,
          classpath,
          maxDescriptionLength,
          generatorVersion,
          filter,
          schemaOptions,
          kubeVersion);
    }

    /** These options with the built-in types of Kubernetes {@code version}. */
    public Options withKubeVersion(String version) {
      return new Options(
          sources,
          classpath,
          maxDescriptionLength,
          generatorVersion,
          filter,
          schemaOptions,
          version);
    }

    /** Every resource class in {@code sources}. */
    public Options(
        List<Path> sources,
        List<Path> classpath,
        Integer maxDescriptionLength,
        String generatorVersion) {
      this(sources, classpath, maxDescriptionLength, generatorVersion, ResourceFilter.ALL);
    }
  }

  @Override
  public String name() {
    return "crd";
  }

  @Override
  public String header() {
    return "Generate CustomResourceDefinitions from the API classes.";
  }

  @Override
  public String description() {
    return "Reads the custom resource classes (subclasses of fabric8's CustomResource) in the sources"
        + " with the JDK's compiler, honouring Jackson, Bean Validation, fabric8 and op-boot annotations and"
        + " Javadoc. In an op-boot project: src/main/java -> config/crd/bases/<group>_<plural>.yaml."
        + " Where op-boot's defaults differ from controller-gen's, a switch restores controller-gen's:"
        + " --bare-object-meta for an ObjectMeta below the root, @NoStatusSubresource for a status"
        + " without the status subresource (testdata/crd/DIFFERENCES.md lists them).";
  }

  @Override
  public List<String> examples() {
    return List.of(
        "op-boot generate crd",
        "op-boot generate crd --check",
        "op-boot generate crd --source api/src --classpath \"$(cat cp.txt)\" --output crds");
  }

  @Override
  public String defaultOutput() {
    return "config/crd/bases";
  }

  @Override
  public String reads() {
    return "API classes";
  }

  @Override
  public List<GeneratorOption> options() {
    return List.of(
        MAX_DESC_LEN,
        INCLUDE,
        EXCLUDE,
        KUBE_VERSION,
        BARE_OBJECT_META,
        RELAX_REQUIRED_IN_TEMPLATES,
        DROP_BUILTIN_DESCRIPTIONS);
  }

  @Override
  public GeneratedFiles generate(ProjectSources sources, GeneratorSettings settings)
      throws GeneratorException {
    ResourceFilter filter = ResourceFilter.of(settings.string(INCLUDE), settings.string(EXCLUDE));
    SchemaOptions schemaOptions =
        new SchemaOptions(
            !settings.bool(BARE_OBJECT_META),
            settings.bool(RELAX_REQUIRED_IN_TEMPLATES),
            settings.bool(DROP_BUILTIN_DESCRIPTIONS));
    BuiltInTypes builtIns =
        BuiltInTypes.of(
            KubernetesVersions.choose(settings.string(KUBE_VERSION), sources.classpath()));
    Result result =
        generate(
            sources.declarations(),
            settings.integer(MAX_DESC_LEN),
            Versions.current().opBoot(),
            filter,
            schemaOptions,
            builtIns,
            server);
    return GeneratedFiles.of(
            result.files(),
            "No custom resource classes (subclasses of fabric8's CustomResource with"
                + " @Group and @Version) found under "
                + sources.roots()
                + (filter.equals(ResourceFilter.ALL)
                    ? "."
                    : " that "
                        + INCLUDE.flag()
                        + " "
                        + filter.include()
                        + " and "
                        + EXCLUDE.flag()
                        + " "
                        + filter.exclude()
                        + " accept; check the patterns."))
        .with(result.warnings(), List.of(result.choice().describe()));
  }

  /** The CRDs the sources declare, by file name ({@code <group>_<plural>.yaml}), sorted. */
  public static SortedMap<String, String> generate(Options options) throws GeneratorException {
    return run(options).files();
  }

  /**
   * What one run made: the CRDs by file name, sorted; the warnings, each at its file:line, sorted;
   * and which Kubernetes version's built-in types it used.
   */
  public record Result(
      SortedMap<String, String> files, List<String> warnings, KubernetesVersions.Choice choice) {
    public Result {
      files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
      warnings = List.copyOf(warnings);
    }
  }

  /** The CRDs the sources declare, with the run's warnings and Kubernetes version. */
  public static Result run(Options options) throws GeneratorException {
    CompiledSources sources =
        JavaSources.compile(options.sources(), options.classpath(), JavaSources.Depth.DECLARATIONS);
    if (options.kubeVersion() != null) {
      KubernetesVersions.problem(KUBE_VERSION.flag(), options.kubeVersion())
          .ifPresent(
              problem -> {
                throw new IllegalArgumentException(problem);
              });
    }
    BuiltInTypes builtIns =
        BuiltInTypes.of(KubernetesVersions.choose(options.kubeVersion(), options.classpath()));
    return generate(
        sources,
        options.maxDescriptionLength(),
        options.generatorVersion(),
        options.filter(),
        options.schemaOptions(),
        builtIns,
        null);
  }

  private static Result generate(
      CompiledSources sources,
      Integer maxDescriptionLength,
      String generatorVersion,
      ResourceFilter filter,
      SchemaOptions schemaOptions,
      BuiltInTypes builtIns,
      CrdServer server)
      throws GeneratorException {
    Warnings warnings = new Warnings();
    List<Crd> crds = ApiModelReader.read(sources, filter, schemaOptions, builtIns, warnings);
    SortedMap<String, String> files = new TreeMap<>();
    Problems problems = new Problems();
    for (Crd crd : crds) {
      if (maxDescriptionLength != null) {
        for (CrdVersion version : crd.versions()) {
          truncate(version.schema(), maxDescriptionLength);
        }
      }
      ObjectNode document = CrdDocument.of(crd, generatorVersion);
      String yaml = Yaml.write(document);
      // what the API server would refuse is an error here, at the Java source, not at deploy time
      boolean valid =
          problems.attempt(
                  () -> {
                    CrdRefusals.check(crd, document, warnings);
                    return true;
                  })
              != null;
      if (valid && server != null) {
        problems.attempt(
            () -> {
              ServerRefusals.check(crd, yaml, server);
              return null;
            });
      }
      warnIfTooLarge(crd, document, warnings);
      files.put(fileName(crd), yaml);
    }
    problems.throwIfAny();
    builtIns.reportTo(warnings);
    return new Result(files, warnings.lines(), builtIns.choice());
  }

  /**
   * Warns when client-side {@code kubectl apply} cannot store the CRD in its last-applied
   * annotation, which holds the object as compact JSON: the apply fails ("metadata.annotations: Too
   * long") though the CRD itself is fine.
   */
  private static void warnIfTooLarge(Crd crd, ObjectNode document, Warnings warnings) {
    long bytes = compactJsonBytes(document);
    if (bytes <= LAST_APPLIED_LIMIT) {
      return;
    }
    CrdVersion stored =
        crd.versions().stream().filter(CrdVersion::storage).findFirst().orElseThrow();
    warnings.add(
        stored.location(),
        "the CRD "
            + fileName(crd)
            + " is "
            + String.format(Locale.ROOT, "%,d", bytes)
            + " bytes as JSON, over the "
            + String.format(Locale.ROOT, "%,d", LAST_APPLIED_LIMIT)
            + " bytes that client-side 'kubectl apply' can keep in its last-applied-configuration"
            + " annotation, so that command will fail (metadata.annotations: Too long). Apply it"
            + " server-side ('kubectl apply --server-side', as op-boot deploy and op-boot run do), or make it"
            + " smaller: "
            + DROP_BUILTIN_DESCRIPTIONS.flag()
            + " leaves out the descriptions of Kubernetes' own types and keeps yours, "
            + MAX_DESC_LEN.flag()
            + " N cuts every description to N characters (0 leaves them all out).");
  }

  /**
   * The size of {@code document} as compact UTF-8 JSON, counted as Jackson writes it: no string of
   * a large CRD (a CronJob's is 0.4 MB) is built only to be measured.
   */
  static long compactJsonBytes(ObjectNode document) {
    CountingOutputStream counter = new CountingOutputStream();
    try {
      SchemaNodes.MAPPER.writeValue(counter, document);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("counting a CRD's JSON in memory", e);
    }
    return counter.count;
  }

  /** Counts what is written to it and keeps nothing. */
  private static final class CountingOutputStream extends java.io.OutputStream {
    private long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  /** kubebuilder's file name for a CRD: {@code <group>_<plural>.yaml}. */
  public static String fileName(Crd crd) {
    return KubernetesNames.crdFileName(crd.group(), crd.plural());
  }

  private static void truncate(JsonSchema schema, int max) {
    if (schema == null) {
      return;
    }
    if (schema.description() != null) {
      String cut = max == 0 ? "" : DocText.truncate(schema.description(), max);
      schema.description(cut.isEmpty() ? null : cut);
    }
    schema.properties().values().forEach(p -> truncate(p, max));
    truncate(schema.items(), max);
    truncate(schema.additionalProperties(), max);
    for (List<JsonSchema> list : List.of(schema.anyOf(), schema.allOf(), schema.oneOf())) {
      list.forEach(s -> truncate(s, max));
    }
  }
}
