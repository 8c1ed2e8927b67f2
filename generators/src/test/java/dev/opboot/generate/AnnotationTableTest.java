package dev.opboot.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.schema.AnnotationRegistry;
import dev.opboot.generate.schema.AnnotationRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's table of op-boot's annotations cannot drift: every annotation of the registry and of
 * the annotations module has a row, each row's syntax run through the CRD generator writes the
 * effect the row shows, and each annotation's Javadoc shows the same example and effect.
 */
class AnnotationTableTest {
  private static final Path README = Path.of("../README.md");
  private static final Path ANNOTATIONS =
      Path.of("../annotations/src/main/java/dev/opboot/annotations");
  private static final String MARKER = "<!-- op-boot annotations table:";
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern PROPERTY_NAME = Pattern.compile("(\\w+);$");

  @TempDir Path tmp;

  /** One row: the annotation's simple name, and its cells' first code spans (or null). */
  record Row(String annotation, String syntax, String effect, String effectCell, String marker) {
    boolean checked() {
      return effectCell.startsWith("`");
    }

    boolean onClass() {
      return syntax.contains("class Spec");
    }
  }

  @Test
  void everyOpBootAnnotationHasOneRow() throws IOException {
    List<String> names = rows().stream().map(Row::annotation).toList();
    assertThat(names).doesNotHaveDuplicates();
    Set<String> registered =
        AnnotationRegistry.defaults().rules().stream()
            .map(AnnotationRule::annotation)
            .filter(a -> a.startsWith(AnnotationRegistry.OP_BOOT))
            .map(a -> a.substring(AnnotationRegistry.OP_BOOT.length()))
            .filter(a -> !a.contains(".")) // the containers of repeated annotations
            .collect(Collectors.toCollection(TreeSet::new));
    registered.add("RbacRule"); // read by generate rbac, not by the schema builder
    registered.add("Webhook"); // read by generate webhook, not by the schema builder
    assertThat(new TreeSet<>(names)).isEqualTo(registered);
    assertThat(new TreeSet<>(names)).isEqualTo(annotationClasses());
  }

  @Test
  void everyRowOfASchemaAnnotationIsChecked() throws IOException {
    for (Row row : rows()) {
      boolean schemaSite =
          AnnotationRegistry.defaults().rules().stream()
              .filter(r -> r.annotation().equals(AnnotationRegistry.OP_BOOT + row.annotation()))
              .anyMatch(
                  r ->
                      r.sites().contains(AnnotationRule.Site.PROPERTY)
                          || r.sites().contains(AnnotationRule.Site.TYPE_USE)
                          || r.sites().contains(AnnotationRule.Site.CLASS));
      assertThat(row.checked())
          .as("@%s changes the schema: its row must show the effect as YAML", row.annotation())
          .isEqualTo(schemaSite);
    }
  }

  @Test
  void eachRowsSyntaxWritesTheEffectShown() throws Exception {
    List<String> mismatches = new ArrayList<>();
    for (Row row : rows()) {
      if (!row.checked()) {
        continue;
      }
      Path dir = Files.createDirectory(tmp.resolve(row.annotation()));
      JsonNode actual;
      try {
        actual = generated(dir, row);
      } catch (GeneratorException e) {
        mismatches.add("@" + row.annotation() + ": " + e.getMessage());
        continue;
      }
      JsonNode expected =
          Fixture.parse(row.effect().equals("{}") ? "{}" : "{" + row.effect() + "}");
      if (!matches(expected, actual)) {
        mismatches.add("@" + row.annotation() + ": shows " + expected + ", generates " + actual);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void eachAnnotationsJavadocShowsItsRow() throws IOException {
    for (Row row : rows()) {
      String javadoc = javadoc(row.annotation());
      List<String> blocks = codeBlocks(javadoc);
      assertThat(normalized(javadoc))
          .as("@%s's Javadoc shows the table's example", row.annotation())
          .contains(normalized(row.syntax()));
      if (row.checked()) {
        ObjectNode expected = Fixture.parse("{" + row.effect() + "}").deepCopy();
        expected.properties().removeIf(field -> field.getValue().isNull());
        ObjectNode shown = (ObjectNode) Fixture.parse("{}");
        shown.set(row.onClass() ? "spec" : propertyName(row), expected);
        assertThat(blocks)
            .as("@%s's Javadoc shows the YAML of the table: %s", row.annotation(), shown)
            .anyMatch(block -> yamlOf(block).equals(shown));
      }
      if (row.marker() != null) {
        assertThat(normalized(javadoc))
            .as("@%s's Javadoc names its controller-gen marker", row.annotation())
            .contains(normalized(row.marker()));
      }
    }
  }

  private static String propertyName(Row row) {
    Matcher name = PROPERTY_NAME.matcher(row.syntax());
    assertThat(name.find()).as("a field declaration: %s", row.syntax()).isTrue();
    return name.group(1);
  }

  /** The {@code <pre>{@code ...}</pre>} blocks of a Javadoc comment. */
  private static List<String> codeBlocks(String javadoc) {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("<pre>\\{@code\\n(.*?)\\n}</pre>", Pattern.DOTALL).matcher(javadoc);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  private static JsonNode yamlOf(String block) {
    try {
      return Fixture.parse(block);
    } catch (RuntimeException notYaml) {
      return Fixture.parse("{}");
    }
  }

  /** The schema the row's syntax generates: the property's, or the class's for a class row. */
  private static JsonNode generated(Path dir, Row row) throws IOException, GeneratorException {
    String imports = imports();
    String port =
        "\npublic static class Port { @io.fabric8.generator.annotation.Required public String name;"
            + " public int port; }\n";
    Fixture fixture = new Fixture(dir);
    if (row.onClass()) {
      String spec =
          imports
              + row.syntax().replace("class Spec {", "public class ThingSpec {" + port).strip()
              + "\n";
      return fixture
          .resource(
              "com.example.api",
              "example.com",
              "v1",
              "Thing",
              spec,
              "public class ThingStatus {}\n")
          .schema()
          .at("/properties/spec");
    }
    String spec = imports + "public class ThingSpec {\n" + row.syntax() + port + "}\n";
    return fixture
        .resource(
            "com.example.api", "example.com", "v1", "Thing", spec, "public class ThingStatus {}\n")
        .schema()
        .at("/properties/spec/properties/" + propertyName(row));
  }

  /**
   * Whether {@code actual} has what {@code expected} shows: the same values for the keys shown
   * (lists whole), none for a key shown as null, and nothing at all for an expected {@code {}}.
   */
  static boolean matches(JsonNode expected, JsonNode actual) {
    if (expected.isObject() && expected.isEmpty()) {
      return actual.isObject() && actual.isEmpty();
    }
    if (expected.isObject()) {
      if (!actual.isObject()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        JsonNode value = actual.get(field.getKey());
        if (field.getValue().isNull()
            ? value != null
            : value == null || !matches(field.getValue(), value)) {
          return false;
        }
      }
      return true;
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        return false;
      }
      for (int i = 0; i < expected.size(); i++) {
        if (!matches(expected.get(i), actual.get(i))) {
          return false;
        }
      }
      return true;
    }
    return expected.isTextual() && actual.isValueNode()
        ? expected.asText().equals(actual.asText())
        : expected.equals(actual);
  }

  static List<Row> rows() throws IOException {
    List<String> lines = Files.readAllLines(README);
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(MARKER)) {
        start = i + 3; // the marker, the header, the separator
      }
    }
    assertThat(start).as("README.md has the table after '%s'", MARKER).isPositive();
    List<Row> rows = new ArrayList<>();
    for (int i = start; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String line = lines.get(i);
      String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
      assertThat(cells).as("four cells: %s", line).hasSize(4);
      String annotation = code(cells[0].strip());
      assertThat(annotation).as(line).startsWith("@");
      rows.add(
          new Row(
              annotation.substring(1),
              code(cells[1].strip()),
              code(cells[2].strip()),
              cells[2].strip(),
              code(cells[3].strip())));
    }
    return rows;
  }

  private static String code(String cell) {
    Matcher m = CODE.matcher(cell);
    return m.find() ? m.group(1).replace("\\|", "|") : null; // GitHub's tables escape | as \|
  }

  private static Set<String> annotationClasses() throws IOException {
    try (Stream<Path> files = Files.list(ANNOTATIONS)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".java") && !f.equals("package-info.java"))
          .map(f -> f.substring(0, f.length() - ".java".length()))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** Single-type imports of every annotation (which shadow java.lang's Enum), and what rows use. */
  private static String imports() throws IOException {
    StringBuilder imports = new StringBuilder();
    for (String annotation : annotationClasses()) {
      imports.append("import dev.opboot.annotations.").append(annotation).append(";\n");
    }
    return imports
        .append("import io.fabric8.crd.generator.annotation.PreserveUnknownFields;\n")
        .append("import io.fabric8.generator.annotation.Required;\n")
        .append("import io.fabric8.kubernetes.api.model.PodSpec;\n")
        .append("import java.util.List;\nimport java.util.Map;\n")
        .toString();
  }

  /** The annotation's Javadoc comment, without the leading asterisks. */
  private static String javadoc(String annotation) throws IOException {
    String source = Files.readString(ANNOTATIONS.resolve(annotation + ".java"));
    int start = source.indexOf("/**");
    int end = source.indexOf("*/", start);
    return source.substring(start + 3, end).replaceAll("(?m)^\\s*\\* ?", "");
  }

  private static String normalized(String text) {
    return text.replace("&#64;", "@").replaceAll("\\s+", " ").strip();
  }
}
