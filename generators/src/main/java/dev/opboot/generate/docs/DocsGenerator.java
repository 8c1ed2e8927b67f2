package dev.opboot.generate.docs;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.opboot.core.BadInputException;
import dev.opboot.generate.GeneratedFiles;
import dev.opboot.generate.Generator;
import dev.opboot.generate.GeneratorOption;
import dev.opboot.generate.GeneratorSettings;
import dev.opboot.generate.ProjectSources;
import dev.opboot.generate.crd.CrdGenerator;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.GeneratorException.Problem;
import dev.opboot.generate.problem.SourceLocation;
import dev.opboot.generate.schema.KubernetesTypeRecognizer;
import dev.opboot.generate.schema.KubernetesVersions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code op-boot generate docs}: the API reference of a project's custom resources for the people
 * who write them, apiserver-boot's {@code build docs}. It documents the CRDs — those {@code
 * generate crd} makes from the sources, in memory, or the files {@code --from-crd} names — so that
 * what it says is exactly what the API server enforces; the descriptions are the Javadoc the CRDs
 * carry. It is off in {@code op-boot generate} and the Maven goal unless named ({@link
 * #runsByDefault}), since not every project wants a {@code docs/} folder.
 */
public final class DocsGenerator implements Generator {
  static final String MARKDOWN_FILE = "api-reference.md";
  static final String HTML_FILE = "api-reference.html";

  static final GeneratorOption FORMAT =
      new GeneratorOption(
          "format",
          "FORMAT",
          GeneratorOption.Type.STRING,
          "markdown",
          "markdown (docs/api-reference.md), html (docs/api-reference.html, one self-contained"
              + " page) or both.",
          (flag, value) ->
              List.of("markdown", "html", "both").contains(value.trim())
                  ? Optional.empty()
                  : Optional.of(
                      flag + " must be markdown, html or both, not '" + value.trim() + "'."));

  static final GeneratorOption FROM_CRD =
      new GeneratorOption(
          "from-crd",
          "DIR",
          GeneratorOption.Type.STRING,
          null,
          "Document the CRD files (.yaml, .yml, .json) in DIR instead of the CRDs of the project's"
              + " sources: for any project, op-boot's or not.",
          GeneratorOption.Check.NONE);

  static final GeneratorOption SAMPLES =
      new GeneratorOption(
          "samples",
          "DIR",
          GeneratorOption.Type.STRING,
          "config/samples",
          "Where the example objects shown under each kind are; a folder that does not exist"
              + " shows none.",
          GeneratorOption.Check.NONE);

  static final GeneratorOption TITLE =
      new GeneratorOption(
          "title",
          "TEXT",
          GeneratorOption.Type.STRING,
          "API reference",
          "The reference's heading and page title.",
          (flag, value) ->
              value.isBlank() ? Optional.of(flag + " must not be blank.") : Optional.empty());

  static final GeneratorOption KUBE_VERSION =
      new GeneratorOption(
          "kube-version",
          "MINOR",
          GeneratorOption.Type.STRING,
          null,
          "The Kubernetes version whose types the CRDs use and whose API reference they link to"
              + " (one of "
              + String.join(", ", KubernetesVersions.SHIPPED)
              + "); by default the one the project's fabric8 model follows, or the newest for"
              + " --from-crd.",
          KubernetesVersions::problem);

  @Override
  public String name() {
    return "docs";
  }

  @Override
  public String header() {
    return "Write the API reference of the custom resources (Markdown, HTML).";
  }

  @Override
  public String description() {
    return "Writes docs/api-reference.md (and, with --format html or both, the self-contained"
        + " docs/api-reference.html): per group, version and kind, its facts, every field of"
        + " spec and status with its type, whether it is required, its default and each"
        + " constraint in words, Kubernetes' own types linked to their reference, and the"
        + " examples in config/samples. It documents the CRDs generate crd makes, or the CRD"
        + " files of --from-crd. Not part of 'op-boot generate' unless named.";
  }

  @Override
  public List<String> examples() {
    return List.of(
        "op-boot generate docs",
        "op-boot generate docs --format both",
        "op-boot generate docs --from-crd config/crd/bases --output site");
  }

  @Override
  public String defaultOutput() {
    return "docs";
  }

  @Override
  public String reads() {
    return "API classes";
  }

  @Override
  public boolean runsByDefault() {
    return false;
  }

  @Override
  public boolean readsSources(GeneratorSettings settings) {
    return settings.string(FROM_CRD) == null;
  }

  @Override
  public List<GeneratorOption> options() {
    return List.of(FORMAT, FROM_CRD, SAMPLES, TITLE, KUBE_VERSION);
  }

  @Override
  public GeneratedFiles generate(ProjectSources sources, GeneratorSettings settings)
      throws GeneratorException {
    Path project = sources.base();
    List<Problem> problems = new ArrayList<>();
    String fromCrd = settings.string(FROM_CRD);
    String kubeVersion;
    List<JsonNode> crds;
    if (fromCrd != null) {
      kubeVersion =
          settings.string(KUBE_VERSION) != null
              ? KubernetesVersions.catalogueFor(settings.string(KUBE_VERSION))
              : KubernetesVersions.newest();
      crds = crdFiles(project.resolve(fromCrd), problems);
    } else {
      kubeVersion =
          KubernetesVersions.choose(settings.string(KUBE_VERSION), sources.classpath()).version();
      crds = generatedCrds(sources, settings.string(KUBE_VERSION));
    }
    List<ReferenceBuilder.SampleFile> samples =
        samples(project, project.resolve(settings.string(SAMPLES)), problems);
    if (!problems.isEmpty()) {
      throw new GeneratorException(problems);
    }
    if (crds.isEmpty()) {
      return GeneratedFiles.of(
          Map.of(),
          fromCrd != null
              ? "No CustomResourceDefinition in " + project.resolve(fromCrd)
              : "No custom resource classes found under " + sources.roots());
    }
    ApiReference reference =
        new ReferenceBuilder(KubernetesTypeRecognizer.of(kubeVersion), kubeVersion, samples)
            .build(settings.string(TITLE), crds);
    Map<String, String> files = new TreeMap<>();
    String format = settings.string(FORMAT);
    if (!format.equals("html")) {
      files.put(MARKDOWN_FILE, MarkdownWriter.write(reference));
    }
    if (!format.equals("markdown")) {
      files.put(HTML_FILE, HtmlWriter.write(reference));
    }
    return GeneratedFiles.of(files, "");
  }

  /** The CRDs {@code generate crd} makes from the sources, with its defaults. */
  private static List<JsonNode> generatedCrds(ProjectSources sources, String kubeVersion)
      throws GeneratorException {
    CrdGenerator crd = new CrdGenerator();
    GeneratorSettings settings;
    try {
      settings =
          GeneratorSettings.checked(
              crd,
              kubeVersion == null ? Map.of() : Map.of("kube-version", kubeVersion),
              o -> "--" + o.name());
    } catch (BadInputException e) {
      throw new GeneratorException(null, e.getMessage());
    }
    List<JsonNode> crds = new ArrayList<>();
    for (String yaml : crd.generate(sources, settings).files().values()) {
      try {
        crds.add(Yaml.MAPPER.readTree(yaml));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("generate crd wrote YAML it cannot read back", e);
      }
    }
    return crds;
  }

  /** Every CustomResourceDefinition in the files of {@code folder}, in file order. */
  private static List<JsonNode> crdFiles(Path folder, List<Problem> problems) {
    if (!Files.isDirectory(folder)) {
      problems.add(
          new Problem(
              null,
              "--from-crd "
                  + folder
                  + " is not a folder: name the folder of CRD files, such as config/crd/bases."));
      return List.of();
    }
    List<JsonNode> crds = new ArrayList<>();
    for (Path file : files(folder, problems)) {
      for (JsonNode document : documents(file, problems)) {
        if (document.path("kind").asText().equals("CustomResourceDefinition")) {
          crds.add(document);
        }
      }
    }
    return crds;
  }

  private static List<ReferenceBuilder.SampleFile> samples(
      Path project, Path folder, List<Problem> problems) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<ReferenceBuilder.SampleFile> samples = new ArrayList<>();
    for (Path file : files(folder, problems)) {
      String shown = shown(project, file);
      List<JsonNode> documents = documents(file, problems);
      if (documents.size() == 1) {
        try {
          samples.add(
              new ReferenceBuilder.SampleFile(
                  shown, documents.get(0), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
          problems.add(new Problem(new SourceLocation(shown, 0, 0), "cannot read: " + e));
        }
      } else {
        for (JsonNode document : documents) {
          samples.add(new ReferenceBuilder.SampleFile(shown, document, toYaml(document)));
        }
      }
    }
    return samples;
  }

  private static String toYaml(JsonNode document) {
    try {
      return Yaml.MAPPER.writeValueAsString(document).replaceFirst("^---\\n", "");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The YAML and JSON files of {@code folder} and below, sorted by path. */
  private static List<Path> files(Path folder, List<Problem> problems) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.(ya?ml|json)"))
          .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      problems.add(new Problem(new SourceLocation(folder.toString(), 0, 0), "cannot list: " + e));
      return List.of();
    }
  }

  /** The non-empty documents of a YAML (or JSON) file; a parse error is a problem at its line. */
  private static List<JsonNode> documents(Path file, List<Problem> problems) {
    List<JsonNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> it =
        Yaml.MAPPER.readerFor(JsonNode.class).readValues(file.toFile())) {
      while (it.hasNextValue()) {
        JsonNode document = it.nextValue();
        if (document != null && !document.isNull() && !document.isMissingNode()) {
          documents.add(document);
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.add(
          new Problem(
              new SourceLocation(
                  file.toString(),
                  at == null ? 0 : at.getLineNr(),
                  at == null ? 0 : at.getColumnNr()),
              "not valid YAML: "
                  + e.getOriginalMessage()
                  + ". Fix the file or move it elsewhere."));
    } catch (IOException e) {
      problems.add(new Problem(new SourceLocation(file.toString(), 0, 0), "cannot read: " + e));
    }
    return documents;
  }

  private static String shown(Path project, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return (absolute.startsWith(project) ? project.relativize(absolute) : absolute)
        .toString()
        .replace('\\', '/');
  }

  /**
   * The mapper, made on first use: every command builds the generator registry at start-up, and a
   * YAMLMapper made there cost every {@code op-boot --help} Jackson's start-up (measured, #15).
   */
  private static final class Yaml {
    static final YAMLMapper MAPPER = new YAMLMapper();
  }
}
