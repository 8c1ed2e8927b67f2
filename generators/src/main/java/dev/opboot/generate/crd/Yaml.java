package dev.opboot.generate.crd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.core.yaml.Yamls;

/**
 * YAML as Kubernetes manifests are usually written: a leading {@code ---}, multi-line strings as
 * {@code |-} blocks, no line folding, strings quoted only where YAML needs it. Same tree, same
 * bytes (written by {@link BlockYaml}, or Jackson for what it leaves).
 */
public final class Yaml {

  private Yaml() {}

  public static String write(JsonNode document) {
    String fast = BlockYaml.write(document);
    return fast != null ? fast : withJackson(document);
  }

  /** What Jackson's YAML generator writes, which {@link BlockYaml} reproduces. */
  static String withJackson(JsonNode document) {
    try {
      return Yamls.manifests().writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write YAML", e);
    }
  }
}
