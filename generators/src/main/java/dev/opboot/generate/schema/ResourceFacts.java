package dev.opboot.generate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What annotations on a resource class, and on the properties under it, say about its CRD: names,
 * scope, version flags, printer columns, selectable fields and the scale subresource.
 */
public final class ResourceFacts {
  String group;
  String version;
  boolean served = true;
  boolean storage = true;
  boolean deprecated;
  String deprecationWarning;
  String kind;
  String plural;
  String singular;
  boolean skipped;
  boolean external;
  boolean noStatusSubresource;
  WebhookConversion conversion;
  final List<String> shortNames = new ArrayList<>();
  final List<String> categories = new ArrayList<>();
  final List<PrinterColumn> printerColumns = new ArrayList<>();
  final List<String> selectableFields = new ArrayList<>();
  final SortedMap<String, String> annotations = new TreeMap<>();
  final SortedMap<String, String> labels = new TreeMap<>();

  /**
   * fabric8's @SchemaSwap: a property of a class whose schema is replaced (or left out) under this
   * resource.
   */
  public record SchemaSwap(
      String originalType,
      String fieldName,
      javax.lang.model.type.TypeMirror targetType,
      int depth) {}

  final List<SchemaSwap> schemaSwaps = new ArrayList<>();
  String specReplicasPath;
  String statusReplicasPath;
  String labelSelectorPath;

  public String group() {
    return group;
  }

  public String version() {
    return version;
  }

  public boolean served() {
    return served;
  }

  public boolean storage() {
    return storage;
  }

  public boolean deprecated() {
    return deprecated;
  }

  public String deprecationWarning() {
    return deprecationWarning;
  }

  public String kind() {
    return kind;
  }

  public String plural() {
    return plural;
  }

  public String singular() {
    return singular;
  }

  public boolean skipped() {
    return skipped;
  }

  /** Whether the CRD is another project's ({@code @External}): generate crd writes none for it. */
  public boolean external() {
    return external;
  }

  /** Whether the status is served with the object rather than as {@code /status}. */
  public boolean noStatusSubresource() {
    return noStatusSubresource;
  }

  /** The conversion webhook {@code @ConversionWebhook} asks for, or null. */
  public WebhookConversion conversion() {
    return conversion;
  }

  public List<String> shortNames() {
    return shortNames;
  }

  public List<String> categories() {
    return categories;
  }

  public List<PrinterColumn> printerColumns() {
    return printerColumns;
  }

  public List<String> selectableFields() {
    return selectableFields;
  }

  public SortedMap<String, String> annotations() {
    return annotations;
  }

  public SortedMap<String, String> labels() {
    return labels;
  }

  public String specReplicasPath() {
    return specReplicasPath;
  }

  public String statusReplicasPath() {
    return statusReplicasPath;
  }

  public String labelSelectorPath() {
    return labelSelectorPath;
  }
}
