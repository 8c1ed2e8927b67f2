package dev.opboot.testdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes {@code testdata/real-operators/REPORT.md}: per real operator, its CRDs, how many of the
 * samples op-boot's and the reference CRDs accept, and the leaf comparison grouped by cause, each
 * stricter cause with what relaxes it and each looser one with why. Deterministic: sorted
 * throughout, no dates.
 */
final class RealOperatorsReport {
  private static final int EXAMPLES = 3;

  private RealOperatorsReport() {}

  static String header() {
    return """
        # op-boot against the reference CRDs of real operators

        Written by `RealOperatorsApiServerTest` (testdata, #14); do not edit: when it changes, the test \
        fails and writes the new report to `testdata/target/real-operators/REPORT.md` for review.

        Each target's API is generated from its published `-sources` jar, unchanged, with op-boot's \
        defaults. Its CRDs are compared with the reference leaf by leaf (every schema node, by JSON \
        path: type, format, enum, bounds, pattern, required, nullable, defaults, list and map types, \
        preserve-unknown-fields), with `crd diff`'s engine, the reference as the old side:

        - **stricter**: op-boot refuses or prunes something the reference keeps;
        - **looser**: op-boot keeps something the reference refuses or prunes;
        - **richer**: op-boot carries what Kubernetes itself applies to the type (formats, quantity \
        patterns, list and map types, defaults) or a description the reference lacks;
        - **same**: the leaf is in both, with no difference.

        Samples are resources written for these tests from each project's public documentation, \
        created with a server-side dry run on a real kube-apiserver: `valid/` ones must be accepted, \
        `invalid/` ones refused, by both CRDs.

        """;
  }

  static String section(
      RealOperator target,
      Set<String> crds,
      Map<String, String> referenceVerdicts,
      Map<String, String> opBootVerdicts,
      LeafComparison leaves) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(target.id()).append(": `").append(target.artifact()).append("`\n\n");
    out.append("Reference: ").append(target.referenceOrigin()).append(".\n\n");

    out.append("| CRD | leaves (op-boot / reference) | same | stricter | looser | richer |")
        .append(" more described |\n|---|---|---|---|---|---|---|\n");
    for (String crd : crds) {
      Map<LeafComparison.Verdict, Integer> counts = counts(leaves.byCrd.get(crd));
      int[] n = leaves.leaves.get(crd);
      out.append("| ")
          .append(crd)
          .append(" | ")
          .append(n[0])
          .append(" / ")
          .append(n[1])
          .append(" | ")
          .append(leaves.same.get(crd))
          .append(" | ")
          .append(counts.getOrDefault(LeafComparison.Verdict.STRICTER, 0))
          .append(" | ")
          .append(counts.getOrDefault(LeafComparison.Verdict.LOOSER, 0))
          .append(" | ")
          .append(counts.getOrDefault(LeafComparison.Verdict.RICHER, 0))
          .append(" | ")
          .append(leaves.moreDescribed.get(crd))
          .append(" |\n");
    }

    out.append("\nResources accepted (op-boot / reference): ")
        .append(accepted(opBootVerdicts))
        .append(" / ")
        .append(accepted(referenceVerdicts))
        .append(" of ")
        .append(referenceVerdicts.size())
        .append(" samples.\n\n| sample | op-boot | reference |\n|---|---|---|\n");
    referenceVerdicts.forEach(
        (sample, verdict) ->
            out.append("| ")
                .append(sample)
                .append(" | ")
                .append(opBootVerdicts.get(sample))
                .append(" | ")
                .append(verdict)
                .append(" |\n"));

    Map<LeafComparison.Cause, List<String>> causes = causes(leaves);
    for (LeafComparison.Verdict verdict : LeafComparison.Verdict.values()) {
      String heading =
          switch (verdict) {
            case STRICTER -> "Stricter leaves, and what relaxes them";
            case LOOSER -> "Looser leaves, and why";
            case RICHER -> "Richer leaves";
          };
      out.append("\n### ")
          .append(heading)
          .append("\n\n| difference | cause | leaves | ")
          .append(verdict == LeafComparison.Verdict.STRICTER ? "relaxed by" : "why")
          .append(" | first leaves |\n|---|---|---|---|---|\n");
      boolean any = false;
      for (Map.Entry<LeafComparison.Cause, List<String>> group : causes.entrySet()) {
        LeafComparison.Cause cause = group.getKey();
        if (cause.verdict() != verdict) {
          continue;
        }
        any = true;
        List<String> where = group.getValue();
        out.append("| ")
            .append(cause.kind())
            .append(" | ")
            .append(cause.what())
            .append(" | ")
            .append(where.size())
            .append(" | ")
            .append(cause.remedy())
            .append(" | ")
            .append(String.join("<br>", where.subList(0, Math.min(EXAMPLES, where.size()))))
            .append(" |\n");
      }
      if (!any) {
        out.append("| none | | | | |\n");
      }
    }
    out.append('\n');
    return out.toString();
  }

  private static long accepted(Map<String, String> verdicts) {
    return verdicts.values().stream().filter("accepted"::equals).count();
  }

  private static Map<LeafComparison.Verdict, Integer> counts(
      Map<LeafComparison.Cause, List<String>> causes) {
    Map<LeafComparison.Verdict, Integer> counts = new TreeMap<>();
    if (causes != null) {
      causes.forEach((cause, paths) -> counts.merge(cause.verdict(), paths.size(), Integer::sum));
    }
    return counts;
  }

  /** The causes over all CRDs, each with its leaves as {@code `plural` .path}, sorted. */
  private static Map<LeafComparison.Cause, List<String>> causes(LeafComparison leaves) {
    Map<LeafComparison.Cause, List<String>> all =
        new TreeMap<>(
            (a, b) -> {
              int v = a.verdict().compareTo(b.verdict());
              if (v != 0) {
                return v;
              }
              int k = a.kind().compareTo(b.kind());
              return k != 0 ? k : a.what().compareTo(b.what());
            });
    leaves.byCrd.forEach(
        (crd, causes) ->
            causes.forEach(
                (cause, paths) -> {
                  List<String> where = all.computeIfAbsent(cause, k -> new ArrayList<>());
                  String plural = crd.substring(0, crd.indexOf('.'));
                  paths.forEach(p -> where.add("`" + plural + " " + p + "`"));
                }));
    return all;
  }
}
