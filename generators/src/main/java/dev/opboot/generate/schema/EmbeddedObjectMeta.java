package dev.opboot.generate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The schema of an {@code ObjectMeta} below a resource's root (a pod template's {@code metadata},
 * an operator's {@code serviceMetadata}): the fields a user sets there, as controller-gen writes
 * them with {@code crd:generateEmbeddedObjectMeta=true}. Its default, a bare {@code type: object},
 * makes the API server prune a template's labels and annotations, or refuse them under strict field
 * validation: the user's data lost. The root {@code metadata} is never this (the API server owns
 * it).
 */
public final class EmbeddedObjectMeta {
  private EmbeddedObjectMeta() {}

  /** The five properties of an embedded ObjectMeta, without descriptions, as controller-gen's. */
  public static JsonSchema schema() {
    Map<String, JsonSchema> properties = new LinkedHashMap<>();
    properties.put("annotations", Schemas.of("object").additionalProperties(Schemas.of("string")));
    properties.put("finalizers", Schemas.of("array").items(Schemas.of("string")));
    properties.put("labels", Schemas.of("object").additionalProperties(Schemas.of("string")));
    properties.put("name", Schemas.of("string"));
    properties.put("namespace", Schemas.of("string"));
    return Schemas.of("object").properties(properties);
  }

  /**
   * Whether {@code schema} is an embedded ObjectMeta: {@link #schema()}, with or without a
   * description. The import reads it back as {@code ObjectMeta}.
   */
  public static boolean is(JsonNode schema) {
    if (!(schema instanceof ObjectNode object)) {
      return false;
    }
    ObjectNode bare = object.deepCopy();
    bare.remove("description");
    return bare.equals(schema().json());
  }

  /**
   * Gives every bare ObjectMeta of a schema from the Kubernetes catalogue its fields: there each is
   * a property {@code metadata} of {@code type: object} and nothing else but a description (the
   * catalogue is made with controller-gen's default, and only ObjectMeta is written so). Changes
   * {@code schema} in place.
   */
  static void expand(JsonSchema schema) {
    SchemaWalk.each(
        schema.json(),
        "",
        (node, path) -> {
          if (node.get("properties") instanceof ObjectNode properties
              && properties.get("metadata") instanceof ObjectNode metadata
              && isBare(metadata)) {
            metadata.setAll(schema().json());
          }
        });
  }

  private static boolean isBare(ObjectNode metadata) {
    ObjectNode bare = metadata.deepCopy();
    bare.remove("description");
    return bare.size() == 1 && "object".equals(bare.path("type").asText(null));
  }
}
