package dev.opboot.generate.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link BlockYaml} writes exactly what Jackson's YAML generator writes whenever it writes
 * anything: on the corpus' CRDs, on every Kubernetes type of the catalogue, and on many generated
 * strings built from the characters YAML treats specially, as keys and as values in mappings and
 * sequences.
 */
class BlockYamlTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String CATALOG = "/dev/opboot/generate/kubernetes/catalog-1.32.json";

  /** Compares both writers on {@code document}; true when BlockYaml wrote it (and identically). */
  private static boolean same(JsonNode document) {
    String fast = BlockYaml.write(document);
    if (fast == null) {
      return false;
    }
    assertThat(fast)
        .as("BlockYaml vs Jackson for %s", document)
        .isEqualTo(Yaml.withJackson(document));
    return true;
  }

  @Test
  void corpusCrdsAreWrittenIdentically() throws IOException {
    Path testdata = Path.of("..", "testdata").toAbsolutePath().normalize();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(testdata)) {
      files =
          walk.filter(p -> p.toString().endsWith(".yaml") && p.toString().contains("crd"))
              .sorted()
              .toList();
    }
    assertThat(files).isNotEmpty();
    YAMLMapper reader = new YAMLMapper();
    int written = 0;
    for (Path file : files) {
      JsonNode doc = reader.readTree(file.toFile());
      if (doc != null && doc.isObject()) {
        written += same(doc) ? 1 : 0;
      }
    }
    // almost all of them are written by BlockYaml itself (the rest by Jackson, identically)
    assertThat(written).isGreaterThan(files.size() / 2);
  }

  @Test
  void everyCatalogueTypeIsWrittenIdentically() throws IOException {
    JsonNode types;
    try (InputStream in = BlockYamlTest.class.getResourceAsStream(CATALOG)) {
      types = new ObjectMapper().readTree(in).get("types");
    }
    int written = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = types.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> type = it.next();
      ObjectNode doc = NODES.objectNode();
      doc.put("name", type.getKey());
      doc.set("schema", type.getValue());
      written += same(doc) ? 1 : 0;
    }
    assertThat(written).isEqualTo(types.size());
  }

  @Test
  void generatedStringsAsValuesAndKeys() {
    String[] alphabet = {
      "a",
      "b",
      "Z",
      "0",
      "1",
      "9",
      " ",
      ":",
      "#",
      ",",
      "-",
      "?",
      "'",
      "\"",
      "\\",
      "\n",
      "\t",
      "[",
      "]",
      "{",
      "}",
      "~",
      ".",
      "+",
      "!",
      "&",
      "*",
      "|",
      ">",
      "%",
      "@",
      "`",
      "/",
      "$",
      "^",
      "=",
      "é",
      "→",
      "\u00A0",
      "\u2028",
      "\uFEFF",
      "\r",
      "e",
      "E",
      "x",
      "yes",
      "no",
      "true",
      "null",
      "on",
      "---",
      "...",
      "http://x",
      ": ",
      " #",
      "\n\n",
      " \n"
    };
    Random random = new Random(42);
    List<String> strings = new ArrayList<>();
    for (String s : alphabet) {
      strings.add(s);
    }
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      int length = 1 + random.nextInt(6);
      for (int j = 0; j < length; j++) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      strings.add(s.toString());
    }
    strings.addAll(
        List.of(
            "",
            "12",
            "-3",
            "+4.5",
            ".",
            "1.",
            "0.25",
            "1e3",
            "0x1F",
            "Always",
            "IfNotPresent",
            "int-or-string",
            "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
            "https://example.com/a#b",
            "a: b",
            "a:b",
            "a #b",
            "a#b",
            "Y",
            "n",
            "NO",
            "Null",
            "~",
            "key:",
            "end with space ",
            " lead",
            "line one\nline two",
            "trailing\n",
            "two trailing\n\n",
            "\nleading break",
            "blank\n\nlines\n\n\nthree",
            "space \nbreak",
            "tab\tinside\nline"));
    int fastValues = 0;
    for (String s : strings) {
      ObjectNode inMapping = NODES.objectNode();
      inMapping.put("description", s);
      ObjectNode nested = inMapping.putObject("properties").putObject("x");
      nested.put("a", s);
      nested.putArray("enum").add(s).add("plain").add(s);
      nested.putArray("nested").addArray().add(s).add(s);
      nested.putArray("objects").addObject().put("k", s).put("m", s);
      fastValues += same(inMapping) ? 1 : 0;

      ObjectNode asKey = NODES.objectNode();
      asKey.put(s, "v");
      asKey.putObject("o").put(s, s);
      same(asKey);
    }
    // the strings CRDs hold are written directly; the odd ones go to Jackson
    assertThat(fastValues).isGreaterThan(strings.size() / 10);
  }

  @Test
  void shapesAndScalars() {
    ObjectNode doc = NODES.objectNode();
    doc.putObject("empty");
    doc.putArray("none");
    doc.put("int", 3)
        .put("long", 1L << 40)
        .put("negative", -7)
        .put("decimal", new BigDecimal("0.50"))
        .put("big", new BigDecimal("1E+3"))
        .put("bigInt", new BigInteger("123456789012345678901234567890"))
        .put("enabled", true)
        .put("disabled", false)
        .putNull("nothing");
    ArrayNode list = doc.putArray("list");
    list.addObject();
    list.addArray();
    list.addArray().add(1).addArray().add("deep").addObject().put("k", "v");
    list.addObject().put("a", 1).putArray("b").add("x").addObject().putObject("c").put("d", "e");
    list.add(NODES.nullNode());
    ObjectNode deep = doc.putObject("a").putObject("b").putObject("c");
    deep.putArray("items").add("one\ntwo").add("three\n");
    deep.put("text", "multi\nline\n");
    assertThat(same(doc)).isTrue();
  }

  @Test
  void leavesWhatItDoesNotWriteToJackson() {
    ObjectNode doc = NODES.objectNode();
    doc.put("ratio", 0.5d);
    assertThat(BlockYaml.write(doc)).isNull();
    assertThat(Yaml.write(doc)).isEqualTo(Yaml.withJackson(doc));
    assertThat(BlockYaml.write(NODES.objectNode())).isNull();
  }

  @Test
  void plainNumberIsJacksonsPattern() {
    for (String s : List.of("", "+", "-", ".", "1", "+1", "-1.", "1.5", ".5", "12.34")) {
      assertThat(BlockYaml.plainNumber(s)).as(s).isTrue();
    }
    for (String s : List.of("a", "1a", "1.2.3", "1e3", "--1", "1-")) {
      assertThat(BlockYaml.plainNumber(s)).as(s).isFalse();
    }
  }
}
