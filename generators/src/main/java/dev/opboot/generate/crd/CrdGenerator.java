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
import dev.opboot.generate.schema.JsonSchema;
import dev.opboot.generate.source.CompiledSources;
import dev.opboot.generate.source.DocText;
import dev.opboot.generate.source.JavaSources;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code generate crd}: Java sources → API model → OpenAPI schemas → CRD YAML, all in memory, one
 * file per CRD named as kubebuilder names it. {@link Generation} decides whether to compare or
 * write.
 */
public final class CrdGenerator implements Generator {
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
   * What to read and how to write.
   *
   * @param sources folders of Java sources holding the API classes
   * @param classpath the jars and folders those sources compile against
   * @param maxDescriptionLength truncate descriptions to this many characters; null keeps them
   *     whole, 0 leaves them out
   * @param generatorVersion recorded in each CRD's annotations
   * @param filter which resource classes to read
   */
  public record Options(
      List<Path> sources,
      List<Path> classpath,
      Integer maxDescriptionLength,
      String generatorVersion,
      ResourceFilter filter) {
    public Options {
      sources = List.copyOf(sources);
      classpath = List.copyOf(classpath);
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
        + " Javadoc. In an op-boot project: src/main/java -> config/crd/bases/<group>_<plural>.yaml.";
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
    return List.of(MAX_DESC_LEN, INCLUDE, EXCLUDE);
  }

  @Override
  public GeneratedFiles generate(ProjectSources sources, GeneratorSettings settings)
      throws GeneratorException {
    ResourceFilter filter = ResourceFilter.of(settings.string(INCLUDE), settings.string(EXCLUDE));
    List<String> warnings = new java.util.ArrayList<>();
    SortedMap<String, String> files =
        generate(
            sources.declarations(),
            settings.integer(MAX_DESC_LEN),
            Versions.current().opBoot(),
            filter,
            warnings);
    return GeneratedFiles.of(
            files,
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
        .withWarnings(warnings);
  }

  /** The CRDs the sources declare, by file name ({@code <group>_<plural>.yaml}), sorted. */
  public static SortedMap<String, String> generate(Options options) throws GeneratorException {
    CompiledSources sources =
        JavaSources.compile(options.sources(), options.classpath(), JavaSources.Depth.DECLARATIONS);
    return generate(
        sources,
        options.maxDescriptionLength(),
        options.generatorVersion(),
        options.filter(),
        new java.util.ArrayList<>());
  }

  private static SortedMap<String, String> generate(
      CompiledSources sources,
      Integer maxDescriptionLength,
      String generatorVersion,
      ResourceFilter filter,
      List<String> warnings)
      throws GeneratorException {
    List<Crd> crds = ApiModelReader.read(sources, filter);
    SortedMap<String, String> files = new TreeMap<>();
    Problems problems = new Problems();
    for (Crd crd : crds) {
      if (maxDescriptionLength != null) {
        for (CrdVersion version : crd.versions()) {
          truncate(version.schema(), maxDescriptionLength);
        }
      }
      ObjectNode document = CrdDocument.of(crd, generatorVersion);
      // what the API server would refuse is an error here, at the Java source, not at deploy time
      problems.attempt(
          () -> {
            CrdRefusals.check(crd, document, warnings);
            return null;
          });
      files.put(fileName(crd), Yaml.write(document));
    }
    problems.throwIfAny();
    return files;
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
