package dev.opboot.generate.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.generate.schema.SchemaNodes;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The size the CRD-too-large warning reports is the size of the compact JSON kubectl stores: the
 * counted bytes equal those of the JSON text, escapes, non-ASCII text and decimals included.
 */
class CompactJsonBytesTest {
  @Test
  void countsWhatTheJsonTextHolds() {
    ObjectNode document = SchemaNodes.INSTANCE.objectNode();
    document.put("description", "Größe in µm, \"quoted\",\na tab\there and a snowman ☃");
    document.put("maximum", new BigDecimal("12.50"));
    document.put("minimum", 0);
    document.putArray("enum").add("a").add("ü");
    document.putObject("nested").putObject("deeper").put("flag", true).putNull("nothing");

    assertThat(CrdGenerator.compactJsonBytes(document))
        .isEqualTo(document.toString().getBytes(StandardCharsets.UTF_8).length)
        .isGreaterThan(100);
  }
}
