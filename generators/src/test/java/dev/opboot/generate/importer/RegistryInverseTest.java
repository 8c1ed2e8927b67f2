package dev.opboot.generate.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.schema.AnnotationRegistry;
import dev.opboot.generate.schema.AnnotationRule;
import dev.opboot.generate.schema.AnnotationRule.Phase;
import dev.opboot.generate.schema.AnnotationRule.Site;
import dev.opboot.generate.schema.JavaAnnotation;
import dev.opboot.generate.schema.JsonSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import reads its keyword table from the registry it is given: a rule added there is imported.
 */
class RegistryInverseTest {
  private static final String NOT_MATCHING = "com.example.toy.NotMatching";

  private static final String CRD =
      """
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata:
        name: toys.example.com
      spec:
        group: example.com
        names: {kind: Toy, plural: toys}
        scope: Namespaced
        versions:
        - name: v1
          served: true
          storage: true
          schema:
            openAPIV3Schema:
              type: object
              properties:
                spec:
                  type: object
                  properties:
                    name:
                      type: string
                      not: {pattern: "^-"}
      """;

  /**
   * A toy annotation, {@code @NotMatching("^-")}: the string must not match a pattern, which a
   * schema says with {@code not: {pattern: ...}}; its inverse reads exactly that back.
   */
  private static AnnotationRule notMatching() {
    return new AnnotationRule(
            NOT_MATCHING,
            EnumSet.of(Site.PROPERTY),
            Phase.CONSTRAINT,
            (a, s) -> s.schema().not(JsonSchema.empty().pattern(a.string("value"))))
        .readFrom(
            List.of("not"),
            EnumSet.of(Site.PROPERTY),
            (s, site) -> s.not() != null && s.not().keywords().equals(List.of("pattern")),
            (s, site) -> List.of(JavaAnnotation.of(NOT_MATCHING, s.not().pattern())));
  }

  @Test
  void aRuleAddedToTheRegistryWithAnInverseIsWrittenByTheImport(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("crd.yaml");
    Files.writeString(file, CRD);
    ImportedCrd crd = CrdImporter.read(file).get(0);

    assertThatThrownBy(
            () ->
                CrdImporter.toJava(
                    crd, new CrdImporter.Options(null, v -> "com.example." + v, false)))
        .isInstanceOf(GeneratorException.class)
        .hasMessageContaining("properties.spec.properties.name.not: not has no annotation");

    List<AnnotationRule> rules = new ArrayList<>(AnnotationRegistry.defaults().rules());
    rules.add(notMatching());
    AnnotationRegistry registry = new AnnotationRegistry(rules);
    CrdImporter.ImportedApi api =
        CrdImporter.toJava(
            crd, new CrdImporter.Options(null, v -> "com.example." + v, false, registry));

    String spec = api.versions().get(0).sources().get("com/example/v1/ToySpec.java");
    assertThat(spec)
        .contains(
            "import com.example.toy.NotMatching;",
            "@NotMatching(\"^-\")\n    private String name;");
    assertThat(api.notes()).isEmpty();
  }
}
