package dev.opboot.generate.importer;

import dev.opboot.generate.problem.SourceLocation;
import dev.opboot.generate.schema.JsonSchema;
import dev.opboot.generate.schema.WebhookConversion;
import java.util.List;
import java.util.Map;

/**
 * A CustomResourceDefinition as read for an import: the parts op-boot maps to annotations, each
 * version's schema, and where it was read, so every problem can name the file, YAML path and line.
 *
 * @param source where the CRD's nodes are, for messages
 * @param path the YAML path of the CRD in its file ({@code ""}, or {@code items[2]} in a List)
 * @param unsupported what the CRD says besides its schemas that Java annotations cannot
 * @param conversion the conversion webhook that {@code @ConversionWebhook} writes back, or null for
 *     the API server's own conversion
 */
public record ImportedCrd(
    Source source,
    String path,
    String group,
    String kind,
    String plural,
    String singular,
    String listKind,
    List<String> shortNames,
    List<String> categories,
    boolean namespaced,
    Map<String, String> annotations,
    Map<String, String> labels,
    List<Version> versions,
    List<Unsupported> unsupported,
    WebhookConversion conversion) {

  /**
   * A part of the CRD outside its schemas that op-boot's annotations do not write (a conversion
   * webhook at a URL, an unknown field): refused for an owned API, a note for an external one.
   */
  public record Unsupported(String path, String message) {}

  /** One version of the CRD. */
  public record Version(
      String name,
      boolean served,
      boolean storage,
      boolean deprecated,
      String deprecationWarning,
      JsonSchema schema,
      String schemaPath,
      boolean statusSubresource,
      Scale scale,
      List<Column> printerColumns,
      List<String> selectableFields) {}

  /** The scale subresource's paths. */
  public record Scale(
      String specReplicasPath, String statusReplicasPath, String labelSelectorPath) {}

  /** One additional printer column, as the CRD has it. */
  public record Column(
      String name, String type, String format, String description, String jsonPath, int priority) {}

  /** The file a CRD came from and the lines of its nodes. */
  public record Source(String file, LocatedYaml.Document document) {
    /** The file, line and column of the node at {@code yamlPath} (or its nearest ancestor). */
    public SourceLocation location(String yamlPath) {
      int[] at = document == null ? new int[] {0, 0} : document.position(yamlPath);
      return new SourceLocation(file, at[0], at[1]);
    }
  }

  /** The CustomResourceDefinition itself, as read. */
  public com.fasterxml.jackson.databind.JsonNode definition() {
    com.fasterxml.jackson.databind.JsonNode root = source.document().root();
    return path.isEmpty()
        ? root
        : root.at("/" + path.replace("[", "/").replace("]", "").replace('.', '/'));
  }

  /**
   * The group's first label, the short name op-boot's PROJECT keeps ({@code cert-manager} of {@code
   * cert-manager.io}).
   */
  public String groupName() {
    int dot = group.indexOf('.');
    return dot < 0 ? group : group.substring(0, dot);
  }

  /**
   * The rest of the group after its first label ({@code io} of {@code cert-manager.io}); empty if
   * none.
   */
  public String groupDomain() {
    int dot = group.indexOf('.');
    return dot < 0 ? "" : group.substring(dot + 1);
  }
}
