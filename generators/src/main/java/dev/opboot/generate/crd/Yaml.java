package dev.opboot.generate.crd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * YAML as Kubernetes manifests are usually written: a leading {@code ---}, multi-line strings as
 * {@code |-} blocks, no line folding, strings quoted only where YAML needs it. Same tree, same
 * bytes (written by {@link BlockYaml}, or Jackson for what it leaves).
 */
public final class Yaml {
  /** Made on first use: most documents are written by {@link BlockYaml} alone. */
  private static final class Jackson {
    static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .build());
  }

  private Yaml() {}

  public static String write(JsonNode document) {
    String fast = BlockYaml.write(document);
    return fast != null ? fast : withJackson(document);
  }

  /** What Jackson's YAML generator writes, which {@link BlockYaml} reproduces. */
  static String withJackson(JsonNode document) {
    try {
      return Jackson.MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write YAML", e);
    }
  }
}
