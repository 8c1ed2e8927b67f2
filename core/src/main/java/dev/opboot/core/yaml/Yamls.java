package dev.opboot.core.yaml;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Every kind of YAML op-boot reads or writes, each set up once here. Which one a file gets is part
 * of op-boot's output format (golden files hold it byte for byte), so a flavour is chosen by what
 * the file is, never configured at the place that writes it. Each mapper is made on first use: most
 * commands need one or two, and start-up time is measured.
 */
public final class Yamls {
  private Yamls() {}

  /**
   * Kubernetes manifests as kubectl and controller-gen write them: a leading {@code ---},
   * multi-line strings as {@code |-} blocks, no line folding, strings quoted only where YAML needs
   * it, and strings that look like numbers quoted so that they stay strings.
   */
  public static ObjectMapper manifests() {
    return Manifests.MAPPER;
  }

  /**
   * op-boot's own files and snippets (PROJECT, a sample's spec): as {@link #manifests()} but with
   * no leading {@code ---} and plain strings.
   */
  public static ObjectMapper files() {
    return Files.MAPPER;
  }

  /**
   * Another project's document kept as op-boot read it (an external CRD): every string quoted, so
   * that a value such as {@code True} or {@code 1.10} cannot change type on the way through.
   */
  public static ObjectMapper quoted() {
    return Quoted.MAPPER;
  }

  /**
   * A factory for reading any YAML op-boot is given, the largest CRDs included (Prometheus' and
   * Strimzi's pass SnakeYAML's default limit of 3 MB of code points).
   */
  public static YAMLFactory reading() {
    return Reading.FACTORY;
  }

  /** A mapper over {@link #reading()}. */
  public static ObjectMapper reader() {
    return Reading.MAPPER;
  }

  private static final class Manifests {
    static final ObjectMapper MAPPER =
        new ObjectMapper(
            YAMLFactory.builder()
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .build());
  }

  private static final class Files {
    static final ObjectMapper MAPPER =
        new ObjectMapper(
            YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build());
  }

  private static final class Quoted {
    static final ObjectMapper MAPPER =
        new ObjectMapper(
            YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());
  }

  private static final class Reading {
    static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(loaderOptions()).build();
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private static LoaderOptions loaderOptions() {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(256 * 1024 * 1024);
      return options;
    }
  }
}
