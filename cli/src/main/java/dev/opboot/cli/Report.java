package dev.opboot.cli;

import dev.opboot.core.files.FileChange;
import dev.opboot.core.files.UnifiedDiff;
import dev.opboot.scaffold.ScaffoldPlan;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a command tells the user it did, or with {@code --dry-run} would do: every file created,
 * updated, skipped or unchanged, and the unified diff of every file {@code --force} replaces (with
 * where its earlier content was saved), so that no edit is lost unseen.
 */
final class Report {
  private Report() {}

  /** After the plan was applied: what was done, the replaced files' diffs, what to do next. */
  static void print(PrintWriter out, ScaffoldPlan plan, List<String> nextSteps) {
    list(out, plan, false);
    if (!plan.backups().isEmpty()) {
      out.println();
      out.println(
          "Replaced "
              + count(plan.backups().size())
              + " (--force); the earlier content is saved in "
              + String.join(", ", backupFolders(plan))
              + ". What changed:");
      diffs(out, plan, plan.backups().keySet());
    }
    if (!nextSteps.isEmpty()) {
      out.println();
      out.println("Next:");
      nextSteps.forEach(step -> out.println("  " + step));
    }
    out.flush();
  }

  /**
   * {@code --dry-run}: what applying the plan would do, with the diff of every file it would change
   * (replaced or inserted into). Nothing was written.
   */
  static void printDryRun(PrintWriter out, ScaffoldPlan plan) {
    list(out, plan, true);
    List<String> updated =
        plan.changes().changes().stream()
            .filter(c -> c.action() == FileChange.Action.UPDATE)
            .map(FileChange::path)
            .toList();
    if (!updated.isEmpty()) {
      out.println();
      out.println("What would change in the existing files:");
      diffs(out, plan, updated);
    }
    out.println();
    out.println("Nothing was written (--dry-run).");
    out.flush();
  }

  private static void list(PrintWriter out, ScaffoldPlan plan, boolean dryRun) {
    List<FileChange> changes = plan.changes().changes();
    int width = changes.stream().mapToInt(c -> word(c.action(), dryRun).length()).max().orElse(0);
    for (FileChange change : changes) {
      String note = change.note().isEmpty() ? "" : "  (" + change.note() + ")";
      out.printf("  %-" + width + "s  %s%s%n", word(change.action(), dryRun), change.path(), note);
    }
    for (String warning : plan.warnings()) {
      out.println("warning: " + warning);
    }
  }

  private static String word(FileChange.Action action, boolean dryRun) {
    if (!dryRun) {
      return action.pastTense();
    }
    return switch (action) {
      case CREATE -> "would create";
      case UPDATE -> "would update";
      case UNCHANGED -> "unchanged";
      case SKIP -> "would skip";
      case DELETE -> "would remove";
    };
  }

  private static void diffs(PrintWriter out, ScaffoldPlan plan, Iterable<String> paths) {
    for (String path : paths) {
      plan.changes()
          .get(path)
          .ifPresent(c -> out.print(UnifiedDiff.of(c.path(), c.previous(), c.content())));
    }
  }

  private static Set<String> backupFolders(ScaffoldPlan plan) {
    Set<String> folders = new LinkedHashSet<>();
    plan.backups()
        .forEach(
            (path, backup) ->
                folders.add(backup.substring(0, backup.length() - path.length() - 1) + "/"));
    return folders;
  }

  private static String count(int files) {
    return files == 1 ? "1 file" : files + " files";
  }
}
