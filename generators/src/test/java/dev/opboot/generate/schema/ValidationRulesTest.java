package dev.opboot.generate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opboot.generate.schema.AnnotationRule.Site;
import java.util.List;
import org.junit.jupiter.api.Test;

/** x-kubernetes-validations read back as annotations. */
class ValidationRulesTest {
  @Test
  void theOneOfRulesAreRecognisedFromTheRegistrysOwnText() throws Exception {
    var rule =
        AnnotationRegistry.oneOfValidation(
                AnnotationRegistry.OP_BOOT + "ExactlyOneOf", List.of("a", "b"))
            .orElseThrow();
    var node = new ObjectMapper().createArrayNode();
    node.addObject().put("rule", "self.x > 0").put("message", "x");
    node.addObject()
        .put("rule", (String) rule.get("rule"))
        .put("message", (String) rule.get("message"));
    List<JavaAnnotation> annotations = ValidationRules.annotations(node, Site.CLASS);
    assertThat(annotations)
        .extracting(JavaAnnotation::simpleName)
        .containsExactly("ValidationRule", "ExactlyOneOf");
  }
}
