package dev.opboot.generate.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.core.names.Plurals;
import dev.opboot.generate.crd.SchemaJson;
import dev.opboot.generate.importer.ImportedCrd.Source;
import dev.opboot.generate.importer.ImportedCrd.Version;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.schema.JsonSchema;
import dev.opboot.generate.schema.SchemaNodes;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An OpenAPI v3 document's component schema as a one-version CRD, read with swagger-parser (which
 * resolves the document's references, so the schema is whole). This is an input edge: swagger's
 * model is turned into JSON once, and only the schema model goes on from here.
 */
final class OpenApiDocuments {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private OpenApiDocuments() {}

  /**
   * {@code schema} with every {@code #/components/schemas/...} reference replaced by the schema it
   * names: a CRD's schema holds no references. A schema that contains itself cannot be inlined.
   */
  private static ObjectNode inline(
      JsonNode schema,
      Map<String, JsonNode> components,
      Deque<String> stack,
      Source source,
      String path)
      throws GeneratorException {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      JsonNode target = components.get(name);
      if (target == null || !ref.startsWith("#/components/schemas/")) {
        throw new GeneratorException(
            source.location(path),
            path + ": the reference " + ref + " names no component" + " schema of this document.");
      }
      if (stack.contains(name)) {
        throw new GeneratorException(
            source.location(path),
            path
                + ": "
                + name
                + " contains itself ("
                + String.join(" → ", stack)
                + " → "
                + name
                + "); a CRD's schema cannot describe recursion.");
      }
      stack.push(name);
      try {
        return inline(target, components, stack, source, path);
      } finally {
        stack.pop();
      }
    }
    ObjectNode copy = (ObjectNode) schema.deepCopy(); // components are shared
    if (schema.get("properties") instanceof ObjectNode properties) {
      ObjectNode inlined = copy.putObject("properties");
      Iterator<Map.Entry<String, JsonNode>> fields = properties.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> p = fields.next();
        inlined.set(
            p.getKey(),
            inline(p.getValue(), components, stack, source, path + ".properties." + p.getKey()));
      }
    }
    if (schema.get("items") instanceof ObjectNode items) {
      copy.set("items", inline(items, components, stack, source, path + ".items"));
    }
    if (schema.get("additionalProperties") instanceof ObjectNode values) {
      copy.set(
          "additionalProperties",
          inline(values, components, stack, source, path + ".additionalProperties"));
    }
    return copy;
  }

  /**
   * The document's component schemas as JSON, read once: swagger's own mapper writes its model as
   * the OpenAPI JSON it stands for, and the schema model continues from there.
   */
  private static Map<String, JsonNode> componentsAsJson(Map<String, Schema<?>> schemas) {
    try {
      JsonNode all = SchemaNodes.MAPPER.readTree(Json.mapper().writeValueAsString(schemas));
      Map<String, JsonNode> components = new LinkedHashMap<>();
      all.properties().forEach(e -> components.put(e.getKey(), e.getValue()));
      return components;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read swagger-parser's model as JSON", e);
    }
  }

  static boolean isOpenApi(JsonNode root) {
    return root.has("openapi") && root.has("components");
  }

  static ImportedCrd read(
      String file,
      String text,
      LocatedYaml.Document document,
      String group,
      String version,
      String kind,
      String plural,
      boolean namespaced)
      throws GeneratorException {
    Source source = new Source(file, document);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    OpenAPI api = result.getOpenAPI();
    if (api == null || api.getComponents() == null || api.getComponents().getSchemas() == null) {
      List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
      throw new GeneratorException(
          source.location("components"),
          "components.schemas: the OpenAPI document has"
              + " no component schemas"
              + (messages.isEmpty() ? "" : " (" + String.join("; ", messages) + ")")
              + ".");
    }
    // swagger-models declares the map with the raw type; its values are Schema<?>
    @SuppressWarnings({"rawtypes", "unchecked"})
    Map<String, Schema<?>> schemas = (Map) api.getComponents().getSchemas();
    String name = null;
    for (String candidate : schemas.keySet()) {
      if (candidate.equals(kind) || candidate.endsWith("." + kind)) {
        name = candidate;
        break;
      }
    }
    if (name == null) {
      throw new GeneratorException(
          source.location("components.schemas"),
          "components.schemas: no schema is named "
              + kind
              + " (or <prefix>."
              + kind
              + "); the document has "
              + String.join(", ", schemas.keySet())
              + ".");
    }
    Map<String, JsonNode> components = componentsAsJson(schemas);
    ObjectNode component =
        SchemaJson.toJson(
            JsonSchema.of(
                inline(
                    components.get(name),
                    components,
                    new ArrayDeque<>(List.of(name)),
                    source,
                    "components.schemas." + name)));
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
    Version v =
        new Version(
            version,
            true,
            true,
            false,
            null,
            JsonSchema.of(root),
            path,
            status,
            null,
            List.of(),
            List.of());
    return new ImportedCrd(
        source,
        "",
        group,
        kind,
        plural != null ? plural : Plurals.pluralOf(kind),
        kind.toLowerCase(Locale.ROOT),
        null,
        new ArrayList<>(),
        new ArrayList<>(),
        namespaced,
        Map.of(),
        Map.of(),
        List.of(v),
        List.of(),
        null); // an OpenAPI document has no conversion webhook
  }
}
