package dev.opboot.generate.crd.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CEL type of a schema node as Kubernetes declares it for {@code self}: an object with
 * properties is a struct with those fields (a field it lacks is a type error), a map is {@code
 * map(string, V)}, an array a list, int-or-string and preserved unknown fields {@code dyn}, strings
 * with format byte, duration, date or date-time bytes, durations and timestamps. Property names are
 * escaped as Kubernetes escapes them ({@code __dash__}, {@code __dot__}, reserved words in {@code
 * __}); names that cannot be escaped are not fields.
 */
final class CelTypes implements CelTypeProvider {
  private static final Set<String> RESERVED =
      Set.of(
          "true",
          "false",
          "null",
          "in",
          "as",
          "break",
          "const",
          "continue",
          "else",
          "for",
          "function",
          "if",
          "import",
          "let",
          "loop",
          "package",
          "namespace",
          "return",
          "var",
          "void",
          "while");
  private static final Pattern IDENTIFIER = Pattern.compile("[_a-zA-Z][_a-zA-Z0-9]*");

  private final Map<String, CelType> structs = new LinkedHashMap<>();

  /** The type of {@code schema}, with the struct types it needs registered under {@code name}. */
  CelType typeOf(JsonNode schema, String name) {
    if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
      return SimpleType.DYN;
    }
    String type = schema.path("type").asText("");
    switch (type) {
      case "string":
        return switch (schema.path("format").asText("")) {
          case "byte" -> SimpleType.BYTES;
          case "duration" -> SimpleType.DURATION;
          case "date", "date-time" -> SimpleType.TIMESTAMP;
          default -> SimpleType.STRING;
        };
      case "integer":
        return SimpleType.INT;
      case "number":
        return SimpleType.DOUBLE;
      case "boolean":
        return SimpleType.BOOL;
      case "array":
        return ListType.create(
            schema.has("items") ? typeOf(schema.get("items"), name + "@items") : SimpleType.DYN);
      case "object":
        return objectType(schema, name);
      default:
        return SimpleType.DYN;
    }
  }

  private CelType objectType(JsonNode schema, String name) {
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null && additional.isObject()) {
      return MapType.create(SimpleType.STRING, typeOf(additional, name + "@values"));
    }
    boolean embedded = schema.path("x-kubernetes-embedded-resource").asBoolean(false);
    if (!schema.has("properties") && !embedded) {
      return schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)
          ? SimpleType.DYN
          : MapType.create(SimpleType.STRING, SimpleType.DYN);
    }
    Map<String, CelType> fields = new LinkedHashMap<>();
    if (embedded) {
      fields.put("apiVersion", SimpleType.STRING);
      fields.put("kind", SimpleType.STRING);
      fields.put("metadata", metadata(name + ".metadata"));
    }
    schema
        .path("properties")
        .properties()
        .forEach(
            p -> {
              String field = escape(p.getKey());
              if (field != null) {
                fields.put(field, typeOf(p.getValue(), name + "." + p.getKey()));
              }
            });
    if (name.isEmpty()) {
      fields.put("metadata", metadata("metadata"));
    }
    StructType struct =
        StructType.create(
            "_" + (name.isEmpty() ? "root" : name.replaceAll("[^A-Za-z0-9_.]", "_")),
            ImmutableSet.copyOf(fields.keySet()),
            field -> Optional.ofNullable(fields.get(field)));
    structs.put(struct.name(), struct);
    return struct;
  }

  /** The root (or embedded) metadata: what the API server lets rules see of ObjectMeta. */
  private CelType metadata(String name) {
    Map<String, CelType> fields =
        Map.of("name", SimpleType.STRING, "generateName", SimpleType.STRING);
    StructType struct =
        StructType.create(
            "_" + name.replaceAll("[^A-Za-z0-9_.]", "_"),
            ImmutableSet.copyOf(fields.keySet()),
            field -> Optional.ofNullable(fields.get(field)));
    structs.put(struct.name(), struct);
    return struct;
  }

  /** A property name as a CEL field, or null when Kubernetes cannot make one of it. */
  static String escape(String name) {
    if (RESERVED.contains(name)) {
      return "__" + name + "__";
    }
    String escaped =
        name.replace("__", "__underscores__")
            .replace(".", "__dot__")
            .replace("-", "__dash__")
            .replace("/", "__slash__");
    return IDENTIFIER.matcher(escaped).matches() ? escaped : null;
  }

  @Override
  public ImmutableCollection<CelType> types() {
    return ImmutableList.copyOf(structs.values());
  }

  @Override
  public Optional<CelType> findType(String typeName) {
    return Optional.ofNullable(structs.get(typeName));
  }
}
