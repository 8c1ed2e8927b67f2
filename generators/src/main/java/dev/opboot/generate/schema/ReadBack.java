package dev.opboot.generate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.generate.schema.JavaAnnotation.EnumValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The writers that {@link AnnotationRegistry}'s inverses share: schema keywords back to the members
 * of the annotation that writes them, refused where the annotation could not hold them.
 */
final class ReadBack {
  private ReadBack() {}

  /** {@code @Min} or {@code @Max} from a bound and its exclusive flag. */
  static JavaAnnotation bound(String type, JsonSchema s, String key, String exclusiveKey)
      throws NotExpressible {
    JsonNode value = s.get(key);
    if (value == null) {
      throw new NotExpressible(exclusiveKey + " without " + key + " has no annotation");
    }
    boolean exclusive = s.json().path(exclusiveKey).asBoolean(false);
    return JavaAnnotation.of(
        type, "value", exactDouble(value, key), "inclusive", exclusive ? Boolean.FALSE : null);
  }

  /** A number for a {@code double} annotation member, refused when a double would change it. */
  static BigDecimal exactDouble(JsonNode value, String key) throws NotExpressible {
    BigDecimal exact = value.decimalValue();
    BigDecimal viaDouble = new BigDecimal(Double.toString(exact.doubleValue()));
    if (viaDouble.compareTo(exact) != 0) {
      throw new NotExpressible(
          key + " " + value + " is not exactly a Java double, which the annotation holds");
    }
    return exact;
  }

  /**
   * fabric8's {@code @Size} from the minimum and maximum of a length, a number of items or of keys.
   */
  static JavaAnnotation size(JsonSchema s, String minKey, String maxKey) {
    return JavaAnnotation.of(
        AnnotationRegistry.FABRIC8_GEN + "Size",
        "min",
        s.has(minKey) ? s.get(minKey).longValue() : null,
        "max",
        s.has(maxKey) ? s.get(maxKey).longValue() : null);
  }

  /** {@code @MapType} or {@code @StructType}'s kind, from {@code x-kubernetes-map-type}. */
  static EnumValue mapKind(JsonSchema s) {
    return new EnumValue(
        AnnotationRegistry.OP_BOOT + "MapType.Kind",
        s.get(JsonSchema.MAP_TYPE).asText().toUpperCase(Locale.ROOT));
  }

  static EnumValue listKind(JsonSchema s) {
    return new EnumValue(
        AnnotationRegistry.OP_BOOT + "ListType.Kind",
        s.get(JsonSchema.LIST_TYPE).asText().toUpperCase(Locale.ROOT));
  }

  static List<JavaAnnotation> listMapKeys(JsonSchema s) throws NotExpressible {
    if (!"map".equals(s.json().path(JsonSchema.LIST_TYPE).asText())) {
      throw new NotExpressible("x-kubernetes-list-map-keys needs x-kubernetes-list-type: map");
    }
    return List.of(JavaAnnotation.of(AnnotationRegistry.OP_BOOT + "ListMapKeys", s.listMapKeys()));
  }

  static List<JavaAnnotation> externalDocs(JsonSchema s) {
    JsonNode docs = s.get("externalDocs");
    return List.of(
        JavaAnnotation.of(
            AnnotationRegistry.OP_BOOT + "ExternalDocs",
            "url",
            docs.path("url").asText(),
            "description",
            docs.hasNonNull("description") ? docs.get("description").asText() : null));
  }
}
