package dev.opboot.generate.model;

import dev.opboot.generate.problem.SourceLocation;
import dev.opboot.generate.schema.JsonSchema;
import dev.opboot.generate.schema.PrinterColumn;
import dev.opboot.generate.schema.Scale;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One version of a kind, as a CRD serves it.
 *
 * @param schema the OpenAPI v3 schema of the whole object
 * @param deprecationWarning the warning clients see, or null for the API server's default
 * @param scale the scale subresource, or null
 * @param location the resource class that declares this version
 * @param propertyLocations where each property of {@code schema} was declared, by JSON path ({@code
 *     .spec.items[*].name}), each found only when asked (a Java location costs a tree walk, and
 *     only a refused schema asks); empty for a version not read from Java
 */
public record CrdVersion(
    String name,
    boolean served,
    boolean storage,
    boolean deprecated,
    String deprecationWarning,
    JsonSchema schema,
    boolean statusSubresource,
    Scale scale,
    List<PrinterColumn> printerColumns,
    List<String> selectableFields,
    SourceLocation location,
    Map<String, Supplier<SourceLocation>> propertyLocations) {

  public CrdVersion {
    propertyLocations = Map.copyOf(propertyLocations);
    printerColumns = List.copyOf(printerColumns);
    selectableFields = List.copyOf(selectableFields);
  }
}
