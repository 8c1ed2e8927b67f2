package dev.opboot.generate.schema;

import java.math.BigDecimal;
import java.util.List;

/** Small constructors of schemas in Kubernetes' structural-schema vocabulary. */
public final class Schemas {
  private Schemas() {}

  public static JsonSchema of(String type) {
    return JsonSchema.ofType(type);
  }

  public static JsonSchema of(String type, String format) {
    return JsonSchema.ofType(type).format(format);
  }

  /** {@code anyOf: [integer, string]} with {@code x-kubernetes-int-or-string}. */
  public static JsonSchema intOrString() {
    return JsonSchema.empty().anyOf(List.of(of("integer"), of("string"))).intOrString(true);
  }

  /** A value with no schema of its own: anything is kept. */
  public static JsonSchema preserveUnknown() {
    return JsonSchema.empty().preserveUnknownFields(true);
  }

  /** A Java annotation number as a schema number: integral values stay integral. */
  public static BigDecimal decimal(Number n) {
    BigDecimal value =
        n instanceof Double || n instanceof Float
            ? new BigDecimal(Double.toString(n.doubleValue()))
            : new BigDecimal(n.toString());
    value = value.stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }
}
