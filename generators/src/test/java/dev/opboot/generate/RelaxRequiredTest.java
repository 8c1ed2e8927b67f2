package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.generate.schema.SchemaOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kubernetes types used as templates the operator fills in keep Kubernetes' required fields by
 * default, with a warning per property path naming them and the ways out: {@code @RelaxRequired} on
 * the property, {@code --relax-required-in-templates} for all (#14).
 */
class RelaxRequiredTest {
  @TempDir Path tmp;

  private Fixture fixture(String spec) {
    return new Fixture(tmp)
        .resource("com.example.api", "example.com", "v1", "Db", spec, "public class DbStatus {}")
        // without Kubernetes' descriptions, so that no size warning joins the ones tested here
        .options(new SchemaOptions(true, false, true));
  }

  private static final String TEMPLATES =
      """
      public class DbSpec {
        public String version;
        public io.fabric8.kubernetes.api.model.PodTemplateSpec podTemplate;
        public java.util.List<io.fabric8.kubernetes.api.model.apps.StatefulSetSpec> members;
      }
      """;

  private static JsonNode spec(Fixture fixture) throws Exception {
    return fixture.schema().at("/properties/spec/properties");
  }

  @Test
  void byDefaultTemplatesStayStrictWithAWarningPerPropertyPath() throws Exception {
    Fixture fixture = fixture(TEMPLATES);
    JsonNode spec = spec(fixture);
    assertThat(spec.at("/podTemplate/properties/spec/required").toString())
        .isEqualTo("[\"containers\"]");
    assertThat(spec.at("/members/items/required").toString()).contains("\"selector\"");
    List<String> warnings = fixture.warnings();
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0))
        .matches(
            ".*/com/example/api/DbSpec\\.java:4:\\d+: warning: \\.spec\\.podTemplate holds a Kubernetes"
                + " PodTemplateSpec, where Kubernetes requires spec\\.containers,"
                + " spec\\.os\\.name, spec\\.readinessGates\\[\\*\\]\\.conditionType, .* and \\d+ more\\. If the operator fills the template in, the API server refuses a"
                + " resource that leaves them out: add @RelaxRequired \\(dev\\.opboot\\.annotations\\) to the"
                + " property, or generate with --relax-required-in-templates \\(Maven:"
                + " op-boot\\.crd\\.relaxRequiredInTemplates=true\\) for every template\\.");
    assertThat(warnings.get(1))
        .matches(
            ".*/com/example/api/DbSpec\\.java:5:\\d+: warning: \\.spec\\.members holds a Kubernetes"
                + " StatefulSetSpec, where Kubernetes requires \\[\\*\\]\\.selector,"
                // Kubernetes 1.34 (fabric8 7.5.2's) no longer requires serviceName
                + " \\[\\*\\]\\.template, .*");
  }

  @Test
  void relaxRequiredDropsRequiredUnderOneProperty() throws Exception {
    Fixture fixture =
        fixture(
            """
            public class DbSpec {
              @dev.opboot.annotations.RelaxRequired
              public io.fabric8.kubernetes.api.model.PodTemplateSpec podTemplate;
              public io.fabric8.kubernetes.api.model.PodTemplateSpec backupTemplate;
            }
            """);
    JsonNode spec = spec(fixture);
    assertThat(spec.at("/podTemplate/properties/spec").has("required")).isFalse();
    assertThat(spec.at("/podTemplate/properties/spec/properties/os").has("required")).isFalse();
    // the keys of map lists stay required: the API server wants them required or defaulted
    assertThat(spec.at("/podTemplate/properties/spec/properties/containers/items/required"))
        .hasToString("[\"name\"]");
    assertThat(spec.at("/backupTemplate/properties/spec/required")).hasToString("[\"containers\"]");
    assertThat(fixture.warnings()).hasSize(1).allMatch(w -> w.contains(".spec.backupTemplate"));
  }

  @Test
  void theOptionRelaxesEveryTemplateAndWarnsOfNone() throws Exception {
    Fixture fixture = fixture(TEMPLATES).options(new SchemaOptions(true, true, true));
    JsonNode spec = spec(fixture);
    assertThat(spec.at("/podTemplate/properties/spec").has("required")).isFalse();
    assertThat(spec.at("/members/items").has("required")).isFalse();
    assertThat(spec.at("/members/items/properties/template/properties/spec").has("required"))
        .isFalse();
    assertThat(fixture.warnings()).isEmpty();
  }

  @Test
  void otherKubernetesTypesKeepTheirRequiredFieldsWithoutWarning() throws Exception {
    Fixture fixture =
        fixture(
                """
            public class DbSpec {
              public io.fabric8.kubernetes.api.model.Container sidecar;
            }
            """)
            .options(new SchemaOptions(true, true, true));
    assertThat(spec(fixture).at("/sidecar/required").toString()).isEqualTo("[\"name\"]");
    assertThat(fixture.warnings()).isEmpty();
  }
}
