package dev.opboot.scaffold;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.opboot.core.BadInputException;
import dev.opboot.core.files.ChangeSet;
import dev.opboot.core.files.FileChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a {@link Scaffold} into a {@link ScaffoldPlan} against the files already under a project
 * root, entirely in memory: every template is rendered and every conflict found before anything
 * could be written, so a scaffold either applies whole or reports every problem at once. A file
 * replaced with --force ({@link IfExists#REPLACE}) gets its backup in the same plan (see {@link
 * Backups}), so the backup is written if and only if the replacement is.
 */
public final class ScaffoldRenderer {
  private final TemplateEngine engine;
  private final Instant startedAt;

  /**
   * @param startedAt the time of the run, which names its {@link Backups} folder
   */
  public ScaffoldRenderer(TemplateEngine engine, Instant startedAt) {
    this.engine = engine;
    this.startedAt = startedAt;
  }

  public ScaffoldRenderer() {
    this(new TemplateEngine(), Instant.now());
  }

  /**
   * Renders {@code scaffold} for the project at {@code root}.
   *
   * @throws BadInputException when files that must not be overwritten exist (all are listed)
   */
  public ScaffoldPlan plan(Scaffold scaffold, Path root) throws BadInputException {
    return plan(scaffold, root, new ScaffoldPlan(new ChangeSet(), List.of()));
  }

  /**
   * Renders {@code scaffold} as if {@code before} had been applied, and returns both as one plan,
   * so that several scaffolds (the versions of an imported CRD) are written all or nothing.
   */
  public ScaffoldPlan plan(Scaffold scaffold, Path root, ScaffoldPlan before)
      throws BadInputException {
    ScaffoldPlan next =
        render(
            scaffold,
            path -> {
              var planned = before.changes().get(path);
              return planned.isPresent() && planned.get().action().writes()
                  ? planned.get().content()
                  : read(root, path);
            },
            path -> read(root, path),
            Backups.folder(root, startedAt));
    ChangeSet merged = new ChangeSet();
    before.changes().changes().forEach(merged::add);
    for (FileChange change : next.changes().changes()) {
      var earlier = before.changes().get(change.path());
      if (earlier.isEmpty()) {
        merged.add(change);
      } else if (change.action().writes()) {
        merged.put(
            FileChange.replacing(
                change.path(),
                change.content(),
                earlier.get().previous(),
                change.note().isEmpty() ? earlier.get().note() : change.note()));
      }
    }
    List<String> warnings = new ArrayList<>(before.warnings());
    warnings.addAll(next.warnings());
    Map<String, String> backups = new TreeMap<>(before.backups());
    backups.putAll(next.backups());
    return new ScaffoldPlan(merged, warnings, backups);
  }

  /** A file's content by its path, null when it does not exist. */
  private interface CurrentFiles {
    byte[] read(String path) throws BadInputException;
  }

  private ScaffoldPlan render(
      Scaffold scaffold, CurrentFiles files, CurrentFiles disk, String backupFolder)
      throws BadInputException {
    Map<String, FileChange> byPath = new LinkedHashMap<>();
    Map<String, String> backups = new TreeMap<>();
    List<String> conflicts = new ArrayList<>();
    for (Template template : scaffold.files()) {
      byte[] content = template.render(engine, scaffold.data()).getBytes(UTF_8);
      byte[] existing = files.read(template.path());
      if (existing != null && template.ifExists() == IfExists.ENSURE) {
        continue;
      }
      FileChange change;
      if (existing == null
          || template.ifExists() == IfExists.OVERWRITE
          || template.ifExists() == IfExists.REPLACE) {
        String note = "";
        byte[] onDisk = disk.read(template.path());
        if (template.ifExists() == IfExists.REPLACE
            && onDisk != null
            && !Arrays.equals(onDisk, content)) {
          String backup = backupFolder + "/" + template.path();
          backups.put(template.path(), backup);
          byPath.put(backup, FileChange.replacing(backup, onDisk, null, "backup"));
          note = "replaced; the earlier file is saved in " + backupFolder + "/";
        }
        change = FileChange.replacing(template.path(), content, existing, note);
      } else if (template.ifExists() == IfExists.SKIP) {
        change = FileChange.skipped(template.path(), content, existing, "exists; kept as it is");
      } else {
        conflicts.add(template.path());
        continue;
      }
      if (byPath.putIfAbsent(template.path(), change) != null) {
        throw new IllegalStateException("two templates write " + template.path());
      }
    }
    if (!conflicts.isEmpty()) {
      throw new BadInputException(
          "--force",
          (conflicts.size() == 1 ? "this file already exists: " : "these files already exist: ")
              + String.join(", ", conflicts)
              + ". op-boot does not overwrite files you may have edited; pass --force to replace them"
              + " (each replaced file is saved under "
              + Backups.ROOT
              + "/ first), or --dry-run to see what would change.");
    }

    List<String> warnings = new ArrayList<>();
    Map<String, List<Insertion>> insertionsByPath = new LinkedHashMap<>();
    for (Insertion insertion : scaffold.insertions()) {
      String target = insertion.path();
      for (String candidate : insertion.paths()) {
        if (current(byPath, files, candidate) != null) {
          target = candidate;
          break;
        }
      }
      insertionsByPath.computeIfAbsent(target, p -> new ArrayList<>()).add(insertion);
    }
    for (Map.Entry<String, List<Insertion>> entry : insertionsByPath.entrySet()) {
      String path = entry.getKey();
      FileChange planned = byPath.get(path);
      byte[] onDisk = planned != null ? planned.previous() : files.read(path);
      byte[] base = current(byPath, files, path);
      if (base == null) {
        warnings.add(path + " does not exist, so nothing was inserted into it");
        continue;
      }
      String content = new String(base, UTF_8);
      List<String> inserted = new ArrayList<>();
      Set<String> found = new LinkedHashSet<>();
      for (Insertion insertion : entry.getValue()) {
        Optional<String> existing = existing(insertion, path, content, byPath, files);
        if (existing.isPresent()) {
          found.add(existing.get());
          continue;
        }
        // a fragment may depend on what its file already declares (the clock of Reconcilers)
        Map<String, Object> data = new HashMap<>(scaffold.data());
        data.put("insertionTarget", content);
        String fragment = engine.render(insertion.templateName(), data);
        MarkerEditor.Result result = MarkerEditor.insert(content, insertion.markerText(), fragment);
        switch (result.outcome()) {
          case INSERTED -> {
            content = result.content();
            inserted.add(insertion.markerText());
          }
          case MARKER_MISSING ->
              warnings.add(
                  path
                      + " has no '"
                      + insertion.markerText()
                      + "' marker line, so op-boot did not add:\n"
                      + fragment.stripTrailing().indent(4).stripTrailing()
                      + "\n  Add it yourself, and put the marker back for next time.");
          case ALREADY_PRESENT -> {}
        }
      }
      String kept = found.isEmpty() ? "" : String.join("; ", found) + ": nothing added";
      if (inserted.isEmpty()) {
        if (planned == null) {
          byPath.put(
              path,
              FileChange.replacing(
                  path, onDisk, onDisk, kept.isEmpty() ? "already up to date" : kept));
        }
        continue;
      }
      byte[] updated = content.getBytes(UTF_8);
      String note =
          planned != null && planned.action() == FileChange.Action.CREATE
              ? ""
              : "added at " + String.join(", ", inserted) + (kept.isEmpty() ? "" : "; " + kept);
      byPath.put(path, FileChange.replacing(path, updated, onDisk, note));
    }

    ChangeSet changes = new ChangeSet();
    byPath.values().forEach(changes::add);
    return new ScaffoldPlan(changes, warnings, backups);
  }

  /** What {@code insertion} stands for, found in its target or in any of its other files. */
  private static Optional<String> existing(
      Insertion insertion,
      String target,
      String targetContent,
      Map<String, FileChange> byPath,
      CurrentFiles files)
      throws BadInputException {
    if (insertion.existing() == null) {
      return Optional.empty();
    }
    Optional<String> inTarget = insertion.existing().find(target, targetContent);
    if (inTarget.isPresent()) {
      return inTarget;
    }
    for (String other : insertion.paths()) {
      byte[] content = other.equals(target) ? null : current(byPath, files, other);
      if (content != null) {
        Optional<String> found = insertion.existing().find(other, new String(content, UTF_8));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** A file's content once the templates planned so far are written; null when there is none. */
  private static byte[] current(Map<String, FileChange> byPath, CurrentFiles files, String path)
      throws BadInputException {
    FileChange planned = byPath.get(path);
    if (planned != null) {
      return planned.action().writes() ? planned.content() : planned.previous();
    }
    return files.read(path);
  }

  private static byte[] read(Path root, String relative) throws BadInputException {
    Path file = ChangeSet.resolve(root, relative);
    if (!Files.exists(file)) {
      return null;
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
