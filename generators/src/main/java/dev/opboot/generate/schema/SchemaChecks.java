package dev.opboot.generate.schema;

import dev.opboot.generate.GeneratorException;
import dev.opboot.generate.source.SourceLocation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks a finished property schema for what the API server would refuse or what can never be
 * satisfied, so the user hears it with the property's location instead of from kubectl.
 */
final class SchemaChecks {
  private SchemaChecks() {}

  static void check(Schema<?> schema, String jsonPath, Supplier<SourceLocation> where) throws GeneratorException {
    if (schema.getMinimum() != null && schema.getMaximum() != null
        && schema.getMinimum().compareTo(schema.getMaximum()) > 0) {
      throw new GeneratorException(where.get(), jsonPath + ": the minimum " + schema.getMinimum().toPlainString()
          + " is above the maximum " + schema.getMaximum().toPlainString() + ", so no value is valid. Fix @Min or @Max.");
    }
    bounds(schema.getMinLength(), schema.getMaxLength(), "length", jsonPath, where);
    bounds(schema.getMinItems(), schema.getMaxItems(), "number of items", jsonPath, where);
    bounds(schema.getMinProperties(), schema.getMaxProperties(), "number of keys", jsonPath, where);
    Object keys = schema.getExtensions() == null ? null : schema.getExtensions().get(Schemas.LIST_MAP_KEYS);
    if (keys instanceof List<?> names) {
      checkListMapKeys(schema, names, jsonPath, where);
    }
    Object listType = schema.getExtensions() == null ? null : schema.getExtensions().get(Schemas.LIST_TYPE);
    if ("map".equals(listType) && keys == null) {
      throw new GeneratorException(where.get(), jsonPath + ": a list of type map needs @ListMapKeys naming the keys"
          + " of its items.");
    }
    if ("set".equals(listType) && schema.getItems() != null && !isScalar(schema.getItems())) {
      throw new GeneratorException(where.get(), jsonPath + ": a list of type set needs scalar items (strings, numbers,"
          + " booleans); these items are " + AnnotationRegistry.describe(schema.getItems()) + ". Use a Set only of"
          + " scalars, or mark the list @ListType(ATOMIC) or @ListMapKeys.");
    }
  }

  private static void checkListMapKeys(Schema<?> schema, List<?> names, String jsonPath, Supplier<SourceLocation> where)
      throws GeneratorException {
    Schema<?> item = schema.getItems();
    if (item == null || item.getProperties() == null) {
      throw new GeneratorException(where.get(), jsonPath + ": @ListMapKeys needs a list of objects.");
    }
    for (Object name : names) {
      Schema<?> key = item.getProperties().get(name.toString());
      if (key == null) {
        throw new GeneratorException(where.get(), jsonPath + ": @ListMapKeys names '" + name + "', which is not a"
            + " property of the list's items (they have " + item.getProperties().keySet() + ").");
      }
      boolean required = item.getRequired() != null && item.getRequired().contains(name.toString());
      if (!isScalar(key) || (!required && key.getDefault() == null)) {
        throw new GeneratorException(where.get(), jsonPath + ": the list map key '" + name + "' must be a required"
            + " scalar (or have a default); it is " + (isScalar(key) ? "optional" : AnnotationRegistry.describe(key))
            + ". Mark it @Required (or @NotNull), or give it a @Default.");
      }
    }
  }

  private static boolean isScalar(Schema<?> schema) {
    return Schemas.isType(schema, "string") || Schemas.isType(schema, "integer") || Schemas.isType(schema, "number")
        || Schemas.isType(schema, "boolean") || Schemas.isIntOrString(schema);
  }

  private static void bounds(Integer min, Integer max, String what, String jsonPath, Supplier<SourceLocation> where)
      throws GeneratorException {
    if (min != null && max != null && min > max) {
      throw new GeneratorException(where.get(), jsonPath + ": the minimum " + what + " " + min + " is above the"
          + " maximum " + max + ", so no value is valid. Fix the @Size (or min/max) annotations.");
    }
  }
}
