package dev.opboot.generate.schema;

import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.problem.SourceLocation;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks a finished property schema for what the API server would refuse or what can never be
 * satisfied, so the user hears it with the property's location instead of from kubectl.
 */
final class SchemaChecks {
  private SchemaChecks() {}

  static void check(JsonSchema schema, String jsonPath, Supplier<SourceLocation> where)
      throws GeneratorException {
    if (schema.minimum() != null
        && schema.maximum() != null
        && schema.minimum().compareTo(schema.maximum()) > 0) {
      throw new GeneratorException(
          where.get(),
          jsonPath
              + ": the minimum "
              + schema.minimum().toPlainString()
              + " is above the maximum "
              + schema.maximum().toPlainString()
              + ", so no value is valid. Fix @Min or @Max.");
    }
    if (schema.multipleOf() != null && schema.multipleOf().signum() <= 0) {
      throw new GeneratorException(
          where.get(),
          jsonPath
              + ": @MultipleOf("
              + schema.multipleOf().toPlainString()
              + ") must be above 0, which the API server requires. Fix @MultipleOf.");
    }
    bounds(schema.minLength(), schema.maxLength(), "length", jsonPath, where);
    bounds(schema.minItems(), schema.maxItems(), "number of items", jsonPath, where);
    bounds(schema.minProperties(), schema.maxProperties(), "number of keys", jsonPath, where);
    boolean hasKeys = schema.has(JsonSchema.LIST_MAP_KEYS);
    if (hasKeys) {
      checkListMapKeys(schema, schema.listMapKeys(), jsonPath, where);
    }
    String listType = schema.listType();
    if ("map".equals(listType) && !hasKeys) {
      throw new GeneratorException(
          where.get(),
          jsonPath + ": a list of type map needs @ListMapKeys naming the keys" + " of its items.");
    }
    if ("set".equals(listType) && schema.items() != null && !schema.items().isScalar()) {
      throw new GeneratorException(
          where.get(),
          jsonPath
              + ": a list of type set needs scalar items (strings, numbers,"
              + " booleans); these items are "
              + AnnotationRegistry.describe(schema.items())
              + ". Use a Set only of"
              + " scalars, or mark the list @ListType(ATOMIC) or @ListMapKeys.");
    }
  }

  private static void checkListMapKeys(
      JsonSchema schema, List<String> names, String jsonPath, Supplier<SourceLocation> where)
      throws GeneratorException {
    JsonSchema item = schema.items();
    if (item == null || !item.has("properties")) {
      throw new GeneratorException(
          where.get(), jsonPath + ": @ListMapKeys needs a list of objects.");
    }
    for (String name : names) {
      JsonSchema key = item.property(name);
      if (key == null) {
        throw new GeneratorException(
            where.get(),
            jsonPath
                + ": @ListMapKeys names '"
                + name
                + "', which is not a"
                + " property of the list's items (they have "
                + item.properties().keySet()
                + ").");
      }
      boolean required = item.required().contains(name);
      if (!key.isScalar() || (!required && key.defaultValue() == null)) {
        throw new GeneratorException(
            where.get(),
            jsonPath
                + ": the list map key '"
                + name
                + "' must be a required"
                + " scalar (or have a default); it is "
                + (key.isScalar() ? "optional" : AnnotationRegistry.describe(key))
                + ". Mark it @Required (or @NotNull), or give it a @Default.");
      }
    }
  }

  private static void bounds(
      Long min, Long max, String what, String jsonPath, Supplier<SourceLocation> where)
      throws GeneratorException {
    for (Long bound : java.util.Arrays.asList(min, max)) {
      if (bound != null && bound < 0) {
        throw new GeneratorException(
            where.get(),
            jsonPath
                + ": the "
                + (bound.equals(min) ? "minimum" : "maximum")
                + " "
                + what
                + " "
                + bound
                + " is below 0, which the API server refuses. Fix the @Size (or min/max)"
                + " annotations.");
      }
    }
    if (min != null && max != null && min > max) {
      throw new GeneratorException(
          where.get(),
          jsonPath
              + ": the minimum "
              + what
              + " "
              + min
              + " is above the"
              + " maximum "
              + max
              + ", so no value is valid. Fix the @Size (or min/max) annotations.");
    }
  }
}
