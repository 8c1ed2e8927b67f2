package dev.opboot.generate.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opboot.generate.problem.GeneratorException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An OpenAPI document's component schema, read with swagger-parser, imported as a CRD's would be.
 */
class OpenApiImportTest {
  private static final Path DOCUMENT = CrdImporterTest.CASES.resolve("openapi/widgets.yaml");

  @Test
  void aComponentSchemaWithReferencesBecomesTheResourceAndItsClasses() throws Exception {
    assertThat(CrdImporter.isOpenApi(DOCUMENT)).isTrue();
    ImportedCrd crd =
        CrdImporter.readOpenApi(DOCUMENT, "toys.example.com", "v1", "Widget", null, true);
    assertThat(crd.plural()).isEqualTo("widgets");

    Map<String, String> sources =
        CrdImporter.toJava(crd, new CrdImporter.Options(null, v -> "com.example.toys." + v, false))
            .versions()
            .get(0)
            .sources();

    assertThat(sources)
        .containsOnlyKeys(
            "com/example/toys/v1/Widget.java",
            "com/example/toys/v1/WidgetSpec.java",
            "com/example/toys/v1/Color.java",
            "com/example/toys/v1/Part.java");
    assertThat(sources.get("com/example/toys/v1/Widget.java"))
        .contains(
            "@Group(\"toys.example.com\")",
            "extends CustomResource<WidgetSpec, Void> implements Namespaced");
    assertThat(sources.get("com/example/toys/v1/WidgetSpec.java"))
        .contains("@Required", "@Min(1)", "private List<Part> parts;");
    assertThat(sources.get("com/example/toys/v1/Part.java")).contains("One part of a widget.");
  }

  @Test
  void aKindTheDocumentLacksIsAnErrorListingWhatItHas() {
    assertThatThrownBy(
            () -> CrdImporter.readOpenApi(DOCUMENT, "toys.example.com", "v1", "Gadget", null, true))
        .isInstanceOf(GeneratorException.class)
        .hasMessageContaining("components.schemas: no schema is named Gadget")
        .hasMessageContaining("Widget, WidgetSpec, Part");
  }

  @Test
  void readingItAsACrdSaysWhatToPass() {
    assertThatThrownBy(() -> CrdImporter.read(DOCUMENT))
        .isInstanceOf(GeneratorException.class)
        .hasMessageContaining(
            "this is an OpenAPI document, not a CRD: pass --group, --version and --kind");
  }
}
