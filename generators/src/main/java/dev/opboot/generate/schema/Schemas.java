package dev.opboot.generate.schema;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small constructors and questions about schemas, in Kubernetes' structural-schema vocabulary. */
public final class Schemas {
  public static final String LIST_TYPE = "x-kubernetes-list-type";
  public static final String LIST_MAP_KEYS = "x-kubernetes-list-map-keys";
  public static final String MAP_TYPE = "x-kubernetes-map-type";
  public static final String INT_OR_STRING = "x-kubernetes-int-or-string";
  public static final String PRESERVE_UNKNOWN = "x-kubernetes-preserve-unknown-fields";
  public static final String EMBEDDED_RESOURCE = "x-kubernetes-embedded-resource";
  public static final String VALIDATIONS = "x-kubernetes-validations";

  private Schemas() {}

  public static Schema<Object> of(String type) {
    Schema<Object> schema = new Schema<>();
    schema.setType(type);
    return schema;
  }

  public static Schema<Object> of(String type, String format) {
    Schema<Object> schema = of(type);
    schema.setFormat(format);
    return schema;
  }

  /** {@code anyOf: [integer, string]} with {@code x-kubernetes-int-or-string}. */
  public static Schema<Object> intOrString() {
    Schema<Object> schema = new Schema<>();
    schema.setAnyOf(new ArrayList<>(List.of(of("integer"), of("string"))));
    schema.addExtension(INT_OR_STRING, true);
    return schema;
  }

  /** A value with no schema of its own: anything is kept. */
  public static Schema<Object> preserveUnknown() {
    Schema<Object> schema = new Schema<>();
    schema.addExtension(PRESERVE_UNKNOWN, true);
    return schema;
  }

  public static boolean isType(Schema<?> schema, String type) {
    return type.equals(schema.getType());
  }

  public static boolean isIntOrString(Schema<?> schema) {
    return schema.getExtensions() != null && Boolean.TRUE.equals(schema.getExtensions().get(INT_OR_STRING));
  }

  public static boolean isNumeric(Schema<?> schema) {
    return isType(schema, "integer") || isType(schema, "number") || isIntOrString(schema);
  }

  /** Whether the schema is a map: an object with additionalProperties. */
  public static boolean isMap(Schema<?> schema) {
    return isType(schema, "object") && schema.getAdditionalProperties() != null;
  }

  /** A Java annotation number as a schema number: integral values stay integral. */
  public static BigDecimal decimal(Number n) {
    BigDecimal value = n instanceof Double || n instanceof Float
        ? new BigDecimal(Double.toString(n.doubleValue())) : new BigDecimal(n.toString());
    value = value.stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** Adds a CEL rule to {@code x-kubernetes-validations}. */
  @SuppressWarnings("unchecked")
  public static void addValidation(Schema<?> schema, Map<String, Object> rule) {
    Object existing = schema.getExtensions() == null ? null : schema.getExtensions().get(VALIDATIONS);
    List<Map<String, Object>> rules = existing == null ? new ArrayList<>() : (List<Map<String, Object>>) existing;
    rules.add(new LinkedHashMap<>(rule));
    schema.addExtension(VALIDATIONS, rules);
  }
}
