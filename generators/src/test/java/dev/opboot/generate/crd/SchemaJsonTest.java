package dev.opboot.generate.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.generate.schema.JsonSchema;
import dev.opboot.generate.schema.SchemaNodes;
import dev.opboot.generate.schema.TypeSchemas;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON edge: a schema as a CRD writes it. */
class SchemaJsonTest {
  @Test
  void keysAreSortedAsControllerGenSortsThemAtEveryLevel() throws Exception {
    ObjectNode tree =
        (ObjectNode)
            SchemaNodes.MAPPER.readTree(
                """
        {"type": "object", "required": ["b", "a"], "description": "d",
         "properties": {"b": {"type": "string", "default": {"z": 1, "a": [{"y": 2, "x": 1.50}]}},
                        "a": {"x-kubernetes-validations": [{"rule": "r", "message": "m"}], "type": "integer"}}}
        """);
    assertThat(SchemaJson.toJson(JsonSchema.of(tree)).toString())
        .isEqualTo(
            "{\"description\":\"d\","
                + "\"properties\":{\"a\":{\"type\":\"integer\",\"x-kubernetes-validations\":[{\"message\":\"m\",\"rule\":\"r\"}]},"
                + "\"b\":{\"default\":{\"a\":[{\"x\":1.5,\"y\":2}],\"z\":1},\"type\":\"string\"}},"
                + "\"required\":[\"b\",\"a\"],\"type\":\"object\"}");
  }

  @Test
  void onlyWhatACrdSchemaHoldsIsWritten() throws Exception {
    ObjectNode tree =
        (ObjectNode)
            SchemaNodes.MAPPER.readTree(
                """
        {"type": "string", "x-op-boot-untyped": true, "$ref": "#/x", "readOnly": true, "nullable": false,
         "enum": [], "uniqueItems": true, "x-kubernetes-int-or-string": false, "default": null}
        """);
    assertThat(SchemaJson.toJson(JsonSchema.of(tree)).toString())
        .isEqualTo(
            "{\"type\":\"string\",\"uniqueItems\":true,\"x-kubernetes-int-or-string\":false}");
  }

  @Test
  void theKubernetesCatalogueIsAlreadyInWrittenForm() {
    List<String> differing = new ArrayList<>();
    for (String name : TypeSchemas.kubernetesTypes()) {
      JsonSchema schema = TypeSchemas.schemaOf(name);
      if (!SchemaJson.toJson(schema).equals(schema.json())) {
        differing.add(name);
      }
    }
    assertThat(differing)
        .as("catalogue types the YAML writer would change beyond key order")
        .isEmpty();
  }
}
