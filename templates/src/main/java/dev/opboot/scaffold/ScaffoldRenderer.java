package dev.opboot.scaffold;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.opboot.core.BadInputException;
import dev.opboot.core.files.ChangeSet;
import dev.opboot.core.files.FileChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link Scaffold} into a {@link ScaffoldPlan} against the files already under a project
 * root, entirely in memory: every template is rendered and every conflict found before anything
 * could be written, so a scaffold either applies whole or reports every problem at once.
 */
public final class ScaffoldRenderer {
  private final TemplateEngine engine;

  public ScaffoldRenderer(TemplateEngine engine) {
    this.engine = engine;
  }

  public ScaffoldRenderer() {
    this(new TemplateEngine());
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
            });
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
    return new ScaffoldPlan(merged, warnings);
  }

  /** A file's current content by its path, null when it does not exist. */
  private interface CurrentFiles {
    byte[] read(String path) throws BadInputException;
  }

  private ScaffoldPlan render(Scaffold scaffold, CurrentFiles files) throws BadInputException {
    Map<String, FileChange> byPath = new LinkedHashMap<>();
    List<String> conflicts = new ArrayList<>();
    for (Template template : scaffold.files()) {
      byte[] content = template.render(engine, scaffold.data()).getBytes(UTF_8);
      byte[] existing = files.read(template.path());
      FileChange change;
      if (existing == null || template.ifExists() == IfExists.OVERWRITE) {
        change = FileChange.replacing(template.path(), content, existing, "");
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
              + ". op-boot does not overwrite files you may have edited; pass --force to replace them.");
    }

    List<String> warnings = new ArrayList<>();
    Map<String, List<Insertion>> insertionsByPath = new LinkedHashMap<>();
    for (Insertion insertion : scaffold.insertions()) {
      insertionsByPath.computeIfAbsent(insertion.path(), p -> new ArrayList<>()).add(insertion);
    }
    for (Map.Entry<String, List<Insertion>> entry : insertionsByPath.entrySet()) {
      String path = entry.getKey();
      FileChange planned = byPath.get(path);
      byte[] onDisk = planned != null ? planned.previous() : files.read(path);
      byte[] base = planned != null && planned.action().writes() ? planned.content() : onDisk;
      if (base == null) {
        warnings.add(path + " does not exist, so nothing was inserted into it");
        continue;
      }
      String content = new String(base, UTF_8);
      List<String> inserted = new ArrayList<>();
      for (Insertion insertion : entry.getValue()) {
        String fragment = engine.render(insertion.templateName(), scaffold.data());
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
      if (inserted.isEmpty()) {
        if (planned == null) {
          byPath.put(path, FileChange.replacing(path, onDisk, onDisk, "already up to date"));
        }
        continue;
      }
      byte[] updated = content.getBytes(UTF_8);
      String note =
          planned != null && planned.action() == FileChange.Action.CREATE
              ? ""
              : "added at " + String.join(", ", inserted);
      byPath.put(path, FileChange.replacing(path, updated, onDisk, note));
    }

    ChangeSet changes = new ChangeSet();
    byPath.values().forEach(changes::add);
    return new ScaffoldPlan(changes, warnings);
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
