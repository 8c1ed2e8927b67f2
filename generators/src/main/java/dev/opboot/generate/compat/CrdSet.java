package dev.opboot.generate.compat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import dev.opboot.core.BadInputException;
import dev.opboot.core.yaml.Yamls;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One side of a comparison: the CustomResourceDefinitions found in some YAML or JSON texts, by
 * name. Documents that are no CRD (a kustomization, a Deployment of an install bundle) are passed
 * over, so a folder such as {@code config/crd} or a whole {@code install.yaml} can be compared.
 *
 * @param crds every CRD by its name, sorted by name ({@code metadata.name}, else {@code
 *     <plural>.<group>})
 */
public record CrdSet(Map<String, JsonNode> crds) {
  public CrdSet {
    crds = Collections.unmodifiableSortedMap(new TreeMap<>(crds));
  }

  /**
   * One text to read.
   *
   * @param origin where it came from, for messages: a file, {@code main:config/crd/bases/x.yaml}
   * @param text its YAML or JSON
   */
  public record Text(String origin, String text) {}

  /**
   * The CRDs of {@code texts}, given by {@code side} (such as {@code OLD} or {@code NEW}).
   *
   * @throws BadInputException every text that is no YAML and every CRD defined twice, together
   */
  public static CrdSet read(String side, List<Text> texts) throws BadInputException {
    Map<String, JsonNode> crds = new LinkedHashMap<>();
    Map<String, String> origins = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Text text : texts) {
      List<JsonNode> documents;
      try {
        documents = documents(text.text());
      } catch (IOException e) {
        problems.add(
            text.origin() + ": not YAML or JSON: " + e.getMessage().lines().findFirst().orElse(""));
        continue;
      }
      for (JsonNode document : documents) {
        for (JsonNode crd : crdsIn(document)) {
          String name = nameOf(crd);
          if (!crd.path("apiVersion").asText("").equals("apiextensions.k8s.io/v1")) {
            problems.add(
                text.origin()
                    + ": CRD "
                    + name
                    + " is "
                    + crd.path("apiVersion").asText()
                    + ", which Kubernetes no longer serves (since 1.22) and whose schemas op-boot"
                    + " does not compare: pass its apiextensions.k8s.io/v1 form.");
            continue;
          }
          String before = origins.putIfAbsent(name, text.origin());
          if (before != null) {
            problems.add(
                text.origin()
                    + ": CRD "
                    + name
                    + " is defined again (first in "
                    + before
                    + "); give one definition of each CRD.");
          } else {
            crds.put(name, crd);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(side, side + ": " + String.join("\n" + side + ": ", problems));
    }
    return new CrdSet(new TreeMap<>(crds));
  }

  /** The documents of a YAML (or JSON) text, empty ones left out. */
  public static List<JsonNode> documents(String text) throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    JsonParser parser = Yamls.reading().createParser(text);
    try (MappingIterator<JsonNode> it = Yamls.reader().readValues(parser, JsonNode.class)) {
      while (it.hasNextValue()) {
        JsonNode document = it.nextValue();
        if (document != null && !document.isMissingNode() && !document.isNull()) {
          documents.add(document);
        }
      }
    } catch (RuntimeException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
    return documents;
  }

  private static List<JsonNode> crdsIn(JsonNode document) {
    String kind = document.path("kind").asText("");
    if (kind.equals("List") || kind.equals("CustomResourceDefinitionList")) {
      List<JsonNode> crds = new ArrayList<>();
      document.path("items").forEach(item -> crds.addAll(crdsIn(item)));
      return crds;
    }
    return kind.equals("CustomResourceDefinition")
            && document.path("apiVersion").asText("").startsWith("apiextensions.k8s.io/")
        ? List.of(document)
        : List.of();
  }

  private static String nameOf(JsonNode crd) {
    String name = crd.path("metadata").path("name").asText("");
    if (!name.isEmpty()) {
      return name;
    }
    JsonNode spec = crd.path("spec");
    return spec.path("names").path("plural").asText("") + "." + spec.path("group").asText("");
  }

  /**
   * The CRDs of this set that {@code other} defines too: a cluster holds every CRD installed, of
   * which only those of the project are compared.
   */
  public CrdSet onlyThoseOf(CrdSet other) {
    Map<String, JsonNode> kept = new LinkedHashMap<>(crds);
    kept.keySet().retainAll(other.crds().keySet());
    return new CrdSet(kept);
  }

  public boolean isEmpty() {
    return crds.isEmpty();
  }
}
