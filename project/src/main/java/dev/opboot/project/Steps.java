package dev.opboot.project;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The announced steps of a long command ({@code build}, {@code run}, {@code deploy}): each says
 * what it does, then how long it took; the first failure stops the rest. With --dry-run the same
 * list is printed as a plan and nothing runs, so the plan and the work cannot disagree.
 */
public final class Steps {
  /** One step's work. */
  public interface Work {
    void run() throws Exception;
  }

  private record Step(String title, List<String> details, Work work) {}

  private final PrintWriter out;
  private final boolean quiet;
  private final List<Step> steps = new ArrayList<>();

  public Steps(PrintWriter out, boolean quiet) {
    this.out = out;
    this.quiet = quiet;
  }

  /** Adds a step; {@code details} are what the plan shows under its title (commands, files). */
  public Steps add(String title, List<String> details, Work work) {
    steps.add(new Step(title, List.copyOf(details), work));
    return this;
  }

  public void printPlan() {
    out.println("Plan (nothing is run with --dry-run):");
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      out.printf("  %d. %s%n", i + 1, step.title());
      step.details().forEach(d -> out.println("       " + d));
    }
    out.flush();
  }

  /** Runs every step in order, stopping at the first failure, which it rethrows. */
  public void run() throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      if (!quiet) {
        out.printf("[%d/%d] %s%n", i + 1, steps.size(), step.title());
        out.flush();
      }
      long stepStart = System.nanoTime();
      try {
        step.work().run();
      } catch (Exception failure) {
        out.printf(
            "[%d/%d] %s: failed after %s%n", i + 1, steps.size(), step.title(), seconds(stepStart));
        out.flush();
        throw failure;
      }
      if (!quiet) {
        out.printf("      done in %s%n", seconds(stepStart));
        out.flush();
      }
    }
    if (!quiet) {
      out.printf("All %d steps done in %s.%n", steps.size(), seconds(start));
      out.flush();
    }
  }

  private static String seconds(long since) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - since) / 1e9);
  }
}
