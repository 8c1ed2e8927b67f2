package dev.opboot.generate.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opboot.generate.crd.CrdGenerator;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shapes controller-gen can write that {@code create api --from-crd} used to refuse (#14): a status
 * without the status subresource ({@code @NoStatusSubresource}), {@code metadata} in the root's
 * {@code required}, a {@code nullable} status, and {@code XIntOrString} on a string ({@code type:
 * string} with {@code x-kubernetes-int-or-string}). Each is imported, and the Java generates the
 * API back: int-or-string on a string exactly as controller-gen wrote it, metadata no longer listed
 * as required.
 */
class ControllerGenShapesTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir Path tmp;

  private static final String CRD =
      """
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata:
        name: lamps.example.com
      spec:
        group: example.com
        names: {kind: Lamp, listKind: LampList, plural: lamps, singular: lamp}
        scope: Namespaced
        versions:
        - name: v1
          served: true
          storage: true
          schema:
            openAPIV3Schema:
              type: object
              required: [metadata, spec]
              properties:
                apiVersion: {type: string}
                kind: {type: string}
                metadata: {type: object}
                spec:
                  type: object
                  properties:
                    brightness:
                      type: string
                      x-kubernetes-int-or-string: true
                      pattern: ^[0-9]+%?$
                status:
                  type: object
                  nullable: true
                  properties:
                    lit: {type: boolean}
      """;

  private Map<String, String> importLamp() throws Exception {
    Path file = Files.writeString(tmp.resolve("crd.yaml"), CRD);
    List<ImportedCrd> crds = CrdImporter.read(file);
    CrdImporter.ImportedApi api =
        CrdImporter.toJava(
            crds.get(0), new CrdImporter.Options(null, v -> "com.example.lamp." + v, false));
    return api.versions().get(0).sources();
  }

  @Test
  void eachShapeIsImported() throws Exception {
    Map<String, String> sources = importLamp();
    String lamp = sources.get("com/example/lamp/v1/Lamp.java");
    assertThat(lamp).contains("@NoStatusSubresource");
    String spec = sources.get("com/example/lamp/v1/LampSpec.java");
    assertThat(spec).contains("@IntOrString").contains("private String brightness;");
  }

  @Test
  void anEmbeddedObjectMetaIsReadBackAsObjectMeta() throws Exception {
    String fields =
        """
        type: object
        properties:
          annotations: {type: object, additionalProperties: {type: string}}
          finalizers: {type: array, items: {type: string}}
          labels: {type: object, additionalProperties: {type: string}}
          name: {type: string}
          namespace: {type: string}
        """;
    String embedded =
        CRD.replace(
            "              brightness:\n",
            "metadata:\n".indent(14)
                + "                description: The service's metadata.\n"
                + fields.indent(16)
                + "              brightness:\n");
    Path file = Files.writeString(tmp.resolve("embedded.yaml"), embedded);
    String spec =
        CrdImporter.toJava(
                CrdImporter.read(file).get(0),
                new CrdImporter.Options(null, v -> "com.example.lamp." + v, false))
            .versions()
            .get(0)
            .sources()
            .get("com/example/lamp/v1/LampSpec.java");
    // generate crd writes every ObjectMeta below the root so (RT9): a metadata property is one
    assertThat(spec).contains("private ObjectMeta metadata;").contains("The service's metadata.");
  }

  @Test
  void theImportedJavaGeneratesTheSameApi() throws Exception {
    Path sources = tmp.resolve("src");
    for (Map.Entry<String, String> source : importLamp().entrySet()) {
      Path target = sources.resolve(source.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, source.getValue());
    }
    List<Path> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(Path.of(entry));
    }
    String yaml =
        CrdGenerator.generate(new CrdGenerator.Options(List.of(sources), classpath, null, "test"))
            .get("example.com_lamps.yaml");
    JsonNode version = YAML.readTree(yaml).at("/spec/versions/0");
    assertThat(version.has("subresources")).isFalse();
    JsonNode root = version.at("/schema/openAPIV3Schema");
    // metadata is left out of required: the API server has every object carry it
    assertThat(root.get("required").toString()).isEqualTo("[\"spec\"]");
    assertThat(root.at("/properties/status/properties/lit/type").asText()).isEqualTo("boolean");
    // int-or-string as op-boot writes it: validated alike, as the API server reads the flag
    assertThat(root.at("/properties/spec/properties/brightness").toString())
        .isEqualTo(
            "{\"pattern\":\"^[0-9]+%?$\",\"type\":\"string\",\"x-kubernetes-int-or-string\":true}");
  }
}
