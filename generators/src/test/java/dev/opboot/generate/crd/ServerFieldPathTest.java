package dev.opboot.generate.crd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The API server's field paths read back into a version and a schema property. */
class ServerFieldPathTest {
  @Test
  void aSharedSchemaIsTheFirstVersionsAndStopsAtTheKeyword() {
    assertThat(
            ServerFieldPath.parse(
                "spec.validation.openAPIV3Schema.properties[spec].properties[size].default"))
        .isEqualTo(new ServerFieldPath(0, ".spec.size"));
  }

  @Test
  void aVersionsSchemaWalksItemsAndAdditionalProperties() {
    assertThat(
            ServerFieldPath.parse(
                "spec.versions[2].schema.openAPIV3Schema.properties[spec].properties[items].items"
                    + ".properties[labels].additionalProperties.x-kubernetes-validations[0].rule"))
        .isEqualTo(new ServerFieldPath(2, ".spec.items[*].labels.*"));
    assertThat(ServerFieldPath.parse("spec.versions[1].schema.openAPIV3Schema"))
        .isEqualTo(new ServerFieldPath(1, ""));
  }

  @Test
  void otherFieldsAreAVersionOrTheWholeCrd() {
    assertThat(ServerFieldPath.parse("spec.versions[1].additionalPrinterColumns[0].jsonPath"))
        .isEqualTo(new ServerFieldPath(1, null));
    assertThat(ServerFieldPath.parse("spec.names.plural")).isEqualTo(new ServerFieldPath(-1, null));
    assertThat(ServerFieldPath.parse("")).isEqualTo(new ServerFieldPath(-1, null));
  }
}
