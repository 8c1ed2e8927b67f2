package dev.opboot.generate.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.core.names.Plurals;
import dev.opboot.generate.GeneratorException;
import dev.opboot.generate.crd.SchemaJson;
import dev.opboot.generate.importer.ImportedCrd.Source;
import dev.opboot.generate.importer.ImportedCrd.Version;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An OpenAPI v3 document's component schema as a one-version CRD, read with swagger-parser (which
 * resolves the document's references, so the schema is whole).
 */
final class OpenApiDocuments {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private OpenApiDocuments() {}

  /**
   * {@code schema} with every {@code #/components/schemas/...} reference replaced by the schema it
   * names: a CRD's schema holds no references. A schema that contains itself cannot be inlined.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema inline(Schema schema, Map<String, Schema> components, java.util.Deque<String> stack,
      Source source, String path) throws GeneratorException {
    if (schema == null) {
      return null;
    }
    if (schema.get$ref() != null) {
      String ref = schema.get$ref();
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      Schema target = components.get(name);
      if (target == null || !ref.startsWith("#/components/schemas/")) {
        throw new GeneratorException(source.location(path), path + ": the reference " + ref + " names no component"
            + " schema of this document.");
      }
      if (stack.contains(name)) {
        throw new GeneratorException(source.location(path), path + ": " + name + " contains itself ("
            + String.join(" → ", stack) + " → " + name + "); a CRD's schema cannot describe recursion.");
      }
      stack.push(name);
      try {
        return inline(target, components, stack, source, path);
      } finally {
        stack.pop();
      }
    }
    Schema copy = SchemaJson.fromJson(SchemaJson.toJson(schema)); // a copy: components are shared
    if (schema.getProperties() != null) {
      Map<String, Schema> properties = new java.util.LinkedHashMap<>();
      for (Object e : schema.getProperties().entrySet()) {
        Map.Entry<String, Schema> p = (Map.Entry<String, Schema>) e;
        properties.put(p.getKey(), inline(p.getValue(), components, stack, source, path + ".properties." + p.getKey()));
      }
      copy.setProperties(properties);
    }
    copy.setItems(inline(schema.getItems(), components, stack, source, path + ".items"));
    if (schema.getAdditionalProperties() instanceof Schema values) {
      copy.setAdditionalProperties(inline(values, components, stack, source, path + ".additionalProperties"));
    }
    return copy;
  }

  static boolean isOpenApi(JsonNode root) {
    return root.has("openapi") && root.has("components");
  }

  static ImportedCrd read(String file, String text, LocatedYaml.Document document, String group, String version,
      String kind, String plural, boolean namespaced) throws GeneratorException {
    Source source = new Source(file, document);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    OpenAPI api = result.getOpenAPI();
    if (api == null || api.getComponents() == null || api.getComponents().getSchemas() == null) {
      List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
      throw new GeneratorException(source.location("components"), "components.schemas: the OpenAPI document has"
          + " no component schemas" + (messages.isEmpty() ? "" : " (" + String.join("; ", messages) + ")") + ".");
    }
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    String name = null;
    for (String candidate : schemas.keySet()) {
      if (candidate.equals(kind) || candidate.endsWith("." + kind)) {
        name = candidate;
        break;
      }
    }
    if (name == null) {
      throw new GeneratorException(source.location("components.schemas"), "components.schemas: no schema is named "
          + kind + " (or <prefix>." + kind + "); the document has " + String.join(", ", schemas.keySet()) + ".");
    }
    ObjectNode component = SchemaJson.toJson(inline(schemas.get(name), schemas, new java.util.ArrayDeque<>(List.of(name)),
        source, "components.schemas." + name));
    ObjectNode root;
    if (component.path("properties").has("spec")) {
      root = component;
      ObjectNode properties = (ObjectNode) root.get("properties");
      // the API server validates these itself; generate crd writes them as it always does
      properties.remove(List.of("apiVersion", "kind", "metadata"));
      root.put("type", "object");
    } else {
      root = NODES.objectNode().put("type", "object");
      root.putObject("properties").set("spec", component);
    }
    String path = "components.schemas." + name;
    boolean status = root.path("properties").has("status");
    Version v = new Version(version, true, true, false, null, root, path, status, null, List.of(), List.of());
    return new ImportedCrd(source, "", group, kind, plural != null ? plural : Plurals.pluralOf(kind),
        kind.toLowerCase(Locale.ROOT), null, new ArrayList<>(), new ArrayList<>(), namespaced, Map.of(), Map.of(),
        List.of(v), List.of());
  }
}
