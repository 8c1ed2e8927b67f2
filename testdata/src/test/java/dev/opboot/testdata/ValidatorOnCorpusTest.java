package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.opboot.generate.crd.check.CrdValidator;
import dev.opboot.generate.crd.check.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every CRD kept in testdata that the API server accepts (the golden scaffold's, the real
 * operators', the importer's simple and external inputs) passes the validator without an error: a
 * check that refused one of them would be a false positive. The corpus's CRDs are generated, and so
 * validated, by {@code CrdCorpusTest}; its {@code expected} files are controller-gen's, which the
 * server may refuse (uniqueItems), and the importer's {@code bad} and {@code normalization} inputs
 * are broken on purpose.
 */
class ValidatorOnCorpusTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static Stream<Path> crdFiles() throws IOException {
    Path root = TestdataDir.path();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
          .filter(
              f ->
                  root.relativize(f)
                      .toString()
                      .matches("(scaffold/golden|real-operators|import/simple|import/external)/.*"))
          .filter(f -> !root.relativize(f).toString().matches("(.*/)?(target|invalid)/.*"))
          .filter(ValidatorOnCorpusTest::holdsCrd)
          .sorted()
          .toList()
          .stream();
    }
  }

  private static boolean holdsCrd(Path file) {
    try {
      // at the start of a line: a CRD document, not a kustomization naming the kind in a selector
      return java.util.regex.Pattern.compile("(?m)^kind: CustomResourceDefinition$")
          .matcher(Files.readString(file))
          .find();
    } catch (IOException e) {
      return false;
    }
  }

  @ParameterizedTest
  @MethodSource("crdFiles")
  void noErrors(Path file) throws IOException {
    List<JsonNode> crds = new ArrayList<>();
    try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
      for (var documents = YAML.readValues(parser, JsonNode.class); documents.hasNext(); ) {
        JsonNode document = documents.next();
        if (document != null && "CustomResourceDefinition".equals(document.path("kind").asText())) {
          crds.add(document);
        }
      }
    }
    assertThat(crds).as(file.toString()).isNotEmpty();
    for (JsonNode crd : crds) {
      List<Finding> errors =
          CrdValidator.validate((ObjectNode) crd).stream().filter(Finding::isError).toList();
      assertThat(errors).as("%s: %s", file, crd.path("metadata").path("name")).isEmpty();
    }
  }
}
