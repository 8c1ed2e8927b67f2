package dev.opboot.generate;

import dev.opboot.core.files.ChangeSet;
import dev.opboot.core.files.FileChange;
import dev.opboot.core.files.OutputException;
import dev.opboot.core.files.UnifiedDiff;
import dev.opboot.generate.problem.GeneratorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run of generators over one project's sources, parsed once: every generator computes its files
 * first, so that a problem anywhere (all of them reported together) leaves every file as it was;
 * then the files are written or, with {@code check}, compared, showing a unified diff of each stale
 * one. A file an earlier run made and this one does not ({@link GeneratedFiles#obsolete()}, such as
 * {@code generate rbac}'s {@code namespaces/} once the operator watches every namespace) is
 * removed, or with {@code check} shown as stale, when it still starts with the generator's mark.
 * The CLI, the Maven plugin and {@code op-boot build} all run generators through here, so they
 * write, check and report alike.
 */
public final class Generation {
  /**
   * One generator's part of a run.
   *
   * @param generator the generator
   * @param settings its option values, checked
   * @param output the folder its files go to
   */
  public record Task(Generator generator, GeneratorSettings settings, Path output) {}

  /** Where a run's report goes: the CLI prints it, the Maven plugin logs it. */
  public interface Report {
    /**
     * One file's fate: {@code created config/rbac/role.yaml}, {@code stale ...}, {@code up to date
     * ...}.
     */
    void file(String line);

    /** A stale file's unified diff, with {@code --check}. */
    void diff(String unifiedDiff);

    /** A sentence about a generator that made no files, saying why. */
    void note(String line);

    /**
     * Something generated that will likely fail later (a CRD too large for client-side apply, a
     * template the API server will refuse as the operator fills it, a field walked from a fabric8
     * class), as {@code File.java:12:3: warning: ...} with how to fix it.
     */
    default void warning(String line) {
      note(line);
    }

    /** What a generator chose (such as the Kubernetes version): verbose output only. */
    default void detail(String line) {}

    /**
     * A line of an explanation the user asked for ({@code generate rbac --explain}), shown as it
     * is.
     */
    default void explanation(String line) {
      note(line);
    }
  }

  /**
   * What a run did.
   *
   * @param stale with check: the files that differ from what the generators make, shown paths
   * @param changes without check: every file's change, shown paths
   * @param generated what each task's generator made, in task order, for a caller that checks it
   *     further (generate crd --check-compat compares the CRDs with a released set)
   */
  public record Outcome(List<String> stale, List<String> changes, List<GeneratedFiles> generated) {
    public boolean upToDate() {
      return stale.isEmpty();
    }
  }

  private Generation() {}

  /**
   * Runs {@code tasks} over {@code sources}; paths are shown relative to {@code project} where they
   * lie inside it.
   *
   * @throws GeneratorException every problem of every generator, when any has one; nothing is
   *     written
   */
  public static Outcome run(
      Path project, ProjectSources sources, List<Task> tasks, boolean check, Report report)
      throws GeneratorException, IOException, OutputException {
    List<GeneratedFiles> generated = new ArrayList<>();
    List<GeneratorException.Problem> problems = new ArrayList<>();
    for (Task task : tasks) {
      try {
        generated.add(task.generator().generate(sources, task.settings()));
      } catch (GeneratorException e) {
        problems.addAll(e.problems());
        generated.add(null);
      }
    }
    if (!problems.isEmpty()) {
      throw new GeneratorException(problems.stream().distinct().toList());
    }
    List<ChangeSet> changeSets = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      changeSets.add(changes(tasks.get(i).output(), generated.get(i)));
    }
    List<String> stale = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (GeneratedFiles files : generated) {
      files.details().forEach(report::detail);
      files.warnings().forEach(report::warning);
      files.explanation().forEach(report::explanation);
    }
    for (int i = 0; i < tasks.size(); i++) {
      Path output = tasks.get(i).output();
      Path shown = output.startsWith(project) ? project.relativize(output) : output;
      if (generated.get(i).isEmpty()) {
        // why a generator wrote nothing is news when the user asked for it, or when nothing at all
        // was written; in a run of all, a project without webhooks needs no word about them
        if (tasks.size() == 1 || generated.stream().allMatch(GeneratedFiles::isEmpty)) {
          report.note(generated.get(i).whyNone());
        }
        continue;
      }
      ChangeSet changes = changeSets.get(i);
      if (check) {
        for (FileChange change : changes.writes()) {
          String path = shown.resolve(change.path()).toString();
          report.diff(UnifiedDiff.of(path, change.previous(), change.content()));
          stale.add(path);
        }
        for (FileChange change : changes.changes()) {
          report.file(
              (change.action().writes() ? "stale      " : "up to date ")
                  + shown.resolve(change.path()));
        }
      } else {
        changes.apply(output);
        for (FileChange change : changes.changes()) {
          String path = shown.resolve(change.path()).toString();
          report.file(String.format("%-9s  %s", change.action().pastTense(), path));
          changed.add(path);
        }
      }
    }
    return new Outcome(stale, changed, List.copyOf(generated));
  }

  /**
   * What makes {@code output} hold the generated files: each written, and each obsolete file that
   * an earlier run wrote (it starts with the generator's mark) removed.
   */
  private static ChangeSet changes(Path output, GeneratedFiles generated) throws IOException {
    ChangeSet changes = ChangeSet.against(output, generated.files());
    for (Map.Entry<String, String> obsolete : generated.obsolete().entrySet()) {
      Path file = ChangeSet.resolve(output, obsolete.getKey());
      if (Files.isRegularFile(file)) {
        byte[] previous = Files.readAllBytes(file);
        if (new String(previous, StandardCharsets.UTF_8).startsWith(obsolete.getValue())) {
          changes.add(FileChange.removing(obsolete.getKey(), previous, "no longer generated"));
        }
      }
    }
    return changes;
  }
}
