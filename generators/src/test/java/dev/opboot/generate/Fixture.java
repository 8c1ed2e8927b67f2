package dev.opboot.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opboot.generate.crd.CrdGenerator;
import dev.opboot.generate.model.ResourceFilter;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.schema.SchemaOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Java API sources written to a folder and run through the generator with this test's class path
 * (fabric8, Jackson, jakarta.validation and op-boot's annotations), so each test states its input
 * as source text and asserts on the CRD.
 */
final class Fixture {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private final Path root;
  private final Map<String, String> files = new LinkedHashMap<>();
  private ResourceFilter filter = ResourceFilter.ALL;
  private SchemaOptions options = SchemaOptions.DEFAULTS;
  private List<String> warnings = List.of();
  private String kubeVersion;
  private final List<Path> extraClasspath = new ArrayList<>();

  Fixture(Path root) {
    this.root = root;
  }

  /**
   * Adds a source file; {@code path} is relative to the source root, e.g. {@code
   * com/example/Foo.java}.
   */
  Fixture source(String path, String text) {
    files.put(path, text);
    return this;
  }

  /** Reads only the resource classes {@code filter} accepts, as --include and --exclude do. */
  Fixture filter(ResourceFilter filter) {
    this.filter = filter;
    return this;
  }

  /** Writes schemas as {@code options} say, as generate crd's switches do. */
  Fixture options(SchemaOptions options) {
    this.options = options;
    return this;
  }

  /** The warnings of the last {@link #generate()}. */
  List<String> warnings() {
    return warnings;
  }

  /** Describes Kubernetes' built-in types as {@code --kube-version} does. */
  Fixture kubeVersion(String version) {
    this.kubeVersion = version;
    return this;
  }

  /** Puts {@code entry} on the class path before this test's own. */
  Fixture classpathFirst(Path entry) {
    extraClasspath.add(entry);
    return this;
  }

  /** Adds a resource class {@code Kind} in package {@code pkg} with spec and status bodies. */
  Fixture resource(
      String pkg, String group, String version, String kind, String spec, String status) {
    return resource(pkg, group, version, true, kind, spec, status);
  }

  /**
   * As {@link #resource(String, String, String, String, String, String)}, saying whether the
   * version is stored.
   */
  Fixture resource(
      String pkg,
      String group,
      String version,
      boolean storage,
      String kind,
      String spec,
      String status) {
    String dir = pkg.replace('.', '/');
    source(
        dir + "/" + kind + ".java",
        "package "
            + pkg
            + ";\n"
            + "@io.fabric8.kubernetes.model.annotation.Group(\""
            + group
            + "\")\n"
            + "@io.fabric8.kubernetes.model.annotation.Version(value = \""
            + version
            + "\", storage = "
            + storage
            + ")\n"
            + "public class "
            + kind
            + " extends io.fabric8.kubernetes.client.CustomResource<"
            + kind
            + "Spec, "
            + kind
            + "Status> implements io.fabric8.kubernetes.api.model.Namespaced {}\n");
    source(dir + "/" + kind + "Spec.java", "package " + pkg + ";\n" + spec);
    source(dir + "/" + kind + "Status.java", "package " + pkg + ";\n" + status);
    return this;
  }

  SortedMap<String, String> generate() throws GeneratorException {
    return generate(null);
  }

  SortedMap<String, String> generate(Integer maxDescriptionLength) throws GeneratorException {
    return run(maxDescriptionLength).files();
  }

  /** The CRDs with the run's warnings and Kubernetes version. */
  CrdGenerator.Result run() throws GeneratorException {
    return run(null);
  }

  private CrdGenerator.Result run(Integer maxDescriptionLength) throws GeneratorException {
    Path sources = root.resolve("src");
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = sources.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Path> classpath = new ArrayList<>(extraClasspath);
    classpath.addAll(classpath());
    CrdGenerator.Result result =
        CrdGenerator.run(
            new CrdGenerator.Options(
                List.of(sources),
                classpath,
                maxDescriptionLength,
                "test",
                filter,
                options,
                kubeVersion));
    warnings = result.warnings();
    return result;
  }

  /** The one CRD generated, parsed. */
  JsonNode crd() throws GeneratorException {
    SortedMap<String, String> out = generate();
    if (out.size() != 1) {
      throw new AssertionError("expected one CRD, got " + out.keySet());
    }
    return parse(out.values().iterator().next());
  }

  /** The schema of the first version of the one CRD. */
  JsonNode schema() throws GeneratorException {
    return crd().at("/spec/versions/0/schema/openAPIV3Schema");
  }

  static JsonNode parse(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> classpath() {
    List<Path> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      entries.add(Path.of(entry));
    }
    return entries;
  }
}
