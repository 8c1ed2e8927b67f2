package dev.opboot.cli;

import dev.opboot.core.files.FileChange;
import dev.opboot.scaffold.ScaffoldPlan;
import java.io.PrintWriter;
import java.util.List;

/** What a command tells the user it did: every file created, updated, skipped or unchanged. */
final class Report {
  private Report() {}

  static void print(PrintWriter out, ScaffoldPlan plan, List<String> nextSteps) {
    List<FileChange> changes = plan.changes().changes();
    int width = changes.stream().mapToInt(c -> c.action().pastTense().length()).max().orElse(0);
    for (FileChange change : changes) {
      String note = change.note().isEmpty() ? "" : "  (" + change.note() + ")";
      out.printf("  %-" + width + "s  %s%s%n", change.action().pastTense(), change.path(), note);
    }
    for (String warning : plan.warnings()) {
      out.println("warning: " + warning);
    }
    if (!nextSteps.isEmpty()) {
      out.println();
      out.println("Next:");
      nextSteps.forEach(step -> out.println("  " + step));
    }
    out.flush();
  }
}
