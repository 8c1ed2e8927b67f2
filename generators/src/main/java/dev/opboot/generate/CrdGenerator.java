package dev.opboot.generate;

import dev.opboot.generate.crd.CrdDocument;
import dev.opboot.generate.crd.Yaml;
import dev.opboot.generate.model.ApiModelReader;
import dev.opboot.generate.model.Crd;
import dev.opboot.generate.model.CrdVersion;
import dev.opboot.generate.schema.JsonSchema;
import dev.opboot.generate.source.CompiledSources;
import dev.opboot.generate.source.DocText;
import dev.opboot.generate.source.JavaSources;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code generate crd}'s engine, behind both the CLI and the Maven plugin: Java sources → API
 * model → OpenAPI schemas → CRD YAML, all in memory. Callers decide whether to compare or write.
 */
public final class CrdGenerator {
  /**
   * What to read and how to write.
   *
   * @param sources              folders of Java sources holding the API classes
   * @param classpath            the jars and folders those sources compile against
   * @param maxDescriptionLength truncate descriptions to this many characters; null keeps them whole,
   *                             0 leaves them out
   * @param generatorVersion     recorded in each CRD's annotations
   */
  public record Options(List<Path> sources, List<Path> classpath, Integer maxDescriptionLength,
      String generatorVersion) {
    public Options {
      sources = List.copyOf(sources);
      classpath = List.copyOf(classpath);
    }
  }

  private CrdGenerator() {}

  /** The CRDs the sources declare, by file name ({@code <group>_<plural>.yaml}), sorted. */
  public static SortedMap<String, String> generate(Options options) throws GeneratorException {
    CompiledSources sources = JavaSources.compile(options.sources(), options.classpath(),
        JavaSources.Depth.DECLARATIONS);
    List<Crd> crds = ApiModelReader.read(sources);
    SortedMap<String, String> files = new TreeMap<>();
    for (Crd crd : crds) {
      if (options.maxDescriptionLength() != null) {
        for (CrdVersion version : crd.versions()) {
          truncate(version.schema(), options.maxDescriptionLength());
        }
      }
      files.put(fileName(crd), Yaml.write(CrdDocument.of(crd, options.generatorVersion())));
    }
    return files;
  }

  /** kubebuilder's file name for a CRD: {@code <group>_<plural>.yaml}. */
  public static String fileName(Crd crd) {
    return crd.group() + "_" + crd.plural() + ".yaml";
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
