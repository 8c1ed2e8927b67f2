package dev.opboot.generate.schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The schemas of Kubernetes' own types (PodSpec, JobTemplateSpec, Condition, ObjectReference, ...)
 * as controller-gen builds them from k8s.io/api, for the fabric8 classes that stand for them.
 * fabric8's classes carry neither descriptions nor validation, so their schema comes from this
 * catalogue rather than from walking them. There is one catalogue per Kubernetes minor version
 * ({@code kubernetes/catalog-<minor>.json}, made by {@code generators/kube-catalog}; {@link
 * KubernetesVersions} says which a project gets). A catalogue keeps each type once; references
 * between types are inlined here, on use. Its JSON, parsed with {@link SchemaNodes}, is the schema
 * model: each use gets its own copy, nothing is converted.
 */
final class KubernetesTypes {
  private static final Map<String, KubernetesTypes> BY_VERSION =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final String version;
  private final String resource;
  private volatile Catalog catalog;

  private KubernetesTypes(String version) {
    this.version = version;
    this.resource = "/dev/opboot/generate/kubernetes/catalog-" + version + ".json";
  }

  /** The catalogue of Kubernetes {@code version}, one of {@link KubernetesVersions#SHIPPED}. */
  static KubernetesTypes of(String version) {
    if (!KubernetesVersions.SHIPPED.contains(version)) {
      throw new IllegalArgumentException("no Kubernetes type catalogue for " + version);
    }
    return BY_VERSION.computeIfAbsent(version, KubernetesTypes::new);
  }

  /** The Kubernetes minor version, such as {@code 1.34}. */
  String version() {
    return version;
  }

  /** The schema of the Kubernetes type a fabric8 class stands for, or {@code null} if none. */
  JsonSchema schemaOf(String qualifiedName) {
    if (!isModelClass(qualifiedName)) {
      return null; // not a fabric8 model class: the catalogue need not be loaded
    }
    JsonNode type = catalog().get(qualifiedName);
    return type == null ? null : JsonSchema.of((ObjectNode) inline(type));
  }

  /** The catalogue's own entry for the class, its references not inlined; null if none. */
  JsonNode entry(String qualifiedName) {
    return catalog().get(qualifiedName);
  }

  /** Whether the catalogue has an entry for the class. */
  boolean has(String qualifiedName) {
    return isModelClass(qualifiedName) && catalog().get(qualifiedName) != null;
  }

  /** Whether the class is one of fabric8's Kubernetes model classes (a catalogue candidate). */
  static boolean isModelClass(String qualifiedName) {
    return qualifiedName.startsWith("io.fabric8.kubernetes.api.model.");
  }

  /** The fabric8 classes the catalogue describes, sorted. */
  java.util.List<String> names() {
    java.util.List<String> names = new java.util.ArrayList<>(catalog().names());
    names.sort(null);
    return names;
  }

  /** Loaded on first use: most runs never name a Kubernetes type. */
  private Catalog catalog() {
    Catalog loaded = catalog;
    if (loaded == null) {
      synchronized (this) {
        loaded = catalog;
        if (loaded == null) {
          loaded = Catalog.load(resource);
          catalog = loaded;
        }
      }
    }
    return loaded;
  }

  /**
   * A copy of {@code type} with every {@code $ref} replaced by the type it names, siblings of the
   * ref winning. Nothing of the catalogue's parsed trees is shared: the copy is changed by its use.
   */
  private JsonNode inline(JsonNode type) {
    if (type.isArray()) {
      ArrayNode array = SchemaNodes.INSTANCE.arrayNode(type.size());
      type.forEach(element -> array.add(inline(element)));
      return array;
    }
    if (!type.isObject()) {
      return type.deepCopy();
    }
    ObjectNode result;
    JsonNode ref = type.get("$ref");
    if (ref != null) {
      JsonNode target = catalog().get(ref.asText());
      if (target == null) {
        throw new IllegalStateException(
            "the Kubernetes "
                + version
                + " type catalogue refers to "
                + ref.asText()
                + ", which it lacks");
      }
      result = (ObjectNode) inline(target);
    } else {
      result = SchemaNodes.INSTANCE.objectNode();
    }
    Iterator<Map.Entry<String, JsonNode>> fields = type.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().equals("$ref")) {
        continue;
      }
      boolean schemaValued =
          field.getKey().equals("items")
              || field.getKey().equals("additionalProperties")
              || field.getKey().equals("not");
      if (field.getKey().equals("properties")) {
        ObjectNode properties = result.putObject("properties");
        field
            .getValue()
            .properties()
            .forEach(p -> properties.set(p.getKey(), inline(p.getValue())));
      } else if (schemaValued
          || field.getKey().equals("anyOf")
          || field.getKey().equals("allOf")
          || field.getKey().equals("oneOf")) {
        result.set(field.getKey(), inline(field.getValue()));
      } else {
        result.set(field.getKey(), field.getValue().deepCopy());
      }
    }
    return result;
  }

  /**
   * One catalogue file. It is indexed by a streaming pass and each type parsed only when asked for:
   * a CRD uses a few dozen of its types, and building the tree of all of them was a tenth of a
   * CronJob's generation time.
   */
  private static final class Catalog {
    private static final ObjectMapper MAPPER = SchemaNodes.MAPPER;

    private final byte[] json;
    private final Map<String, int[]> ranges;
    private final Map<String, JsonNode> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    private Catalog(byte[] json, Map<String, int[]> ranges) {
      this.json = json;
      this.ranges = ranges;
    }

    /** The type named {@code name}, or null. */
    JsonNode get(String name) {
      int[] range = ranges.get(name);
      if (range == null) {
        return null;
      }
      return parsed.computeIfAbsent(
          name,
          n -> {
            try {
              return MAPPER.readTree(json, range[0], range[1] - range[0]);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }

    /** Every type's name, in the catalogue's order. */
    java.util.Set<String> names() {
      return ranges.keySet();
    }

    private static Catalog load(String resource) {
      try (InputStream in = KubernetesTypes.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing from op-boot's jar");
        }
        byte[] json = in.readAllBytes();
        Map<String, int[]> ranges = new java.util.LinkedHashMap<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
          expect(resource, parser.nextToken() == JsonToken.START_OBJECT);
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean types = parser.currentName().equals("types");
            parser.nextToken();
            if (!types) {
              parser.skipChildren();
              continue;
            }
            expect(resource, parser.currentToken() == JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
              String name = parser.currentName();
              expect(resource, parser.nextToken() == JsonToken.START_OBJECT);
              int start = (int) parser.currentTokenLocation().getByteOffset();
              parser.skipChildren();
              ranges.put(
                  name, new int[] {start, (int) parser.currentTokenLocation().getByteOffset() + 1});
            }
          }
        }
        return new Catalog(json, ranges);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void expect(String resource, boolean shape) {
      if (!shape) {
        throw new IllegalStateException(
            resource + " is not a catalogue: {\"types\": {name: schema, ...}} expected");
      }
    }
  }
}
