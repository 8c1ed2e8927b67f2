package dev.opboot.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opboot.generate.compat.CompatReport;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What a compatibility check found: the reviewed diff and, when samples were given, each example
 * object's verdict against NEW. It fails on a breaking change no allow-list entry acknowledges, or
 * on a sample NEW would refuse.
 *
 * @param report the reviewed diff
 * @param samples the example objects of the CRDs, with their verdicts
 * @param samplesChecked whether --samples was given (so that "no sample" can be said)
 */
public record CrdCompatibility(
    CompatReport report, List<CrdDiffRun.Sample> samples, boolean samplesChecked) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public long refusedSamples() {
    return samples.stream().filter(s -> s.verdict().refused()).count();
  }

  public boolean failed() {
    return report.unacknowledgedBreaking() > 0 || refusedSamples() > 0;
  }

  /** The report as text, the samples' verdicts after it. */
  public String text() {
    StringBuilder text = new StringBuilder(report.text());
    if (samplesChecked) {
      text.append("\nSamples against NEW:\n");
      for (CrdDiffRun.Sample sample : samples) {
        text.append(
            String.format(
                "  %-8s  %s: %s%n",
                sample.verdict().refused() ? "refused" : "accepted",
                sample.file(),
                sample.verdict().object()));
        sample
            .verdict()
            .problems()
            .forEach(p -> text.append("            ").append(p).append('\n'));
      }
      text.append(
          samples.isEmpty()
              ? "No sample is an object of NEW's CRDs.\n"
              : refusedSamples() + " of " + samples.size() + " samples refused.\n");
    }
    return text.toString().replace("\r\n", "\n");
  }

  /** The report as JSON, with a {@code samples} array when samples were checked. */
  public String json() {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(report.json());
      if (samplesChecked) {
        ArrayNode array = root.putArray("samples");
        for (CrdDiffRun.Sample sample : samples) {
          ObjectNode node = array.addObject();
          node.put("file", sample.file());
          node.put("object", sample.verdict().object());
          node.put("refused", sample.verdict().refused());
          ArrayNode problems = node.putArray("problems");
          sample.verdict().problems().forEach(problems::add);
        }
      }
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
