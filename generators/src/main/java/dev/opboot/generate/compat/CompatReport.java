package dev.opboot.generate.compat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The findings of a diff reviewed against an allow list: what {@code op-boot crd diff} and {@code
 * generate crd --check-compat} print, as text or JSON, and whether the run fails (a breaking change
 * nobody acknowledged).
 */
public final class CompatReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** A finding and the allow-list entry that acknowledges it, if any. */
  public record Reviewed(Finding finding, Optional<AllowList.Entry> allowedBy) {}

  private final List<Reviewed> reviewed;
  private final List<AllowList.Entry> unused;

  public CompatReport(List<Finding> findings, AllowList allow) {
    List<Reviewed> all = new ArrayList<>();
    for (Finding finding : findings) {
      all.add(
          new Reviewed(
              finding,
              finding.classification() == Classification.BREAKING
                  ? allow.acknowledging(finding)
                  : Optional.empty()));
    }
    all.sort(Comparator.comparing(r -> r.finding().classification()));
    this.reviewed = List.copyOf(all);
    this.unused =
        allow.entries().stream()
            .filter(e -> reviewed.stream().noneMatch(r -> r.allowedBy().equals(Optional.of(e))))
            .toList();
  }

  public List<Reviewed> reviewed() {
    return reviewed;
  }

  /** Breaking changes no allow-list entry acknowledges: the run fails when there is one. */
  public long unacknowledgedBreaking() {
    return reviewed.stream()
        .filter(r -> r.finding().classification() == Classification.BREAKING)
        .filter(r -> r.allowedBy().isEmpty())
        .count();
  }

  /** Allow-list entries that match no change: stale, to be removed. */
  public List<AllowList.Entry> unusedEntries() {
    return unused;
  }

  /** The report as text: two lines per finding, worst first, then a summary line. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (Reviewed r : reviewed) {
      Finding f = r.finding();
      text.append(String.format("%-8s  %s\n", f.classification().label(), f.where()));
      text.append("          ")
          .append(f.kind().id())
          .append(": ")
          .append(f.detail())
          .append(" (")
          .append(f.kind().reason())
          .append(")")
          .append("\n");
      r.allowedBy()
          .ifPresent(
              e ->
                  text.append("          allowed by ")
                      .append(e.shown())
                      .append(": ")
                      .append(e.reason())
                      .append("\n"));
    }
    for (AllowList.Entry e : unused) {
      text.append("note: allow-list ")
          .append(e.shown())
          .append(" matches no change; remove it.")
          .append("\n");
    }
    text.append(summary()).append("\n");
    return text.toString();
  }

  /** One sentence: how many changes of each classification. */
  public String summary() {
    if (reviewed.isEmpty()) {
      return "No changes.";
    }
    long acknowledged = count(Classification.BREAKING) - unacknowledgedBreaking();
    return count(Classification.BREAKING)
        + " breaking"
        + (acknowledged > 0 ? " (" + acknowledged + " allowed)" : "")
        + ", "
        + count(Classification.WARNING)
        + " warning, "
        + count(Classification.SAFE)
        + " safe.";
  }

  private long count(Classification classification) {
    return reviewed.stream().filter(r -> r.finding().classification() == classification).count();
  }

  /** The report as a JSON document, for scripts: the summary, the findings, unused entries. */
  public String json() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode summary = root.putObject("summary");
    summary.put("breaking", count(Classification.BREAKING));
    summary.put("allowed", count(Classification.BREAKING) - unacknowledgedBreaking());
    summary.put("warning", count(Classification.WARNING));
    summary.put("safe", count(Classification.SAFE));
    ArrayNode findings = root.putArray("findings");
    for (Reviewed r : reviewed) {
      Finding f = r.finding();
      ObjectNode node = findings.addObject();
      node.put("crd", f.crd());
      node.put("version", f.version());
      node.put("path", f.path());
      node.put("kind", f.kind().id());
      node.put("classification", f.classification().label());
      node.put("detail", f.detail());
      node.put("reason", f.kind().reason());
      r.allowedBy().ifPresent(e -> node.put("allowed", e.reason()));
    }
    ArrayNode stale = root.putArray("unusedAllowEntries");
    unused.forEach(e -> stale.add(e.shown()));
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
