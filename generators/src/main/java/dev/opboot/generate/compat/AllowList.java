package dev.opboot.generate.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.core.BadInputException;
import dev.opboot.core.yaml.Yamls;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Breaking changes a team has looked at and accepts, each with the reason it gives, as a YAML list:
 *
 * <pre>
 * - crd: widgets.example.com          # required
 *   version: v1                       # optional: any version
 *   path: .spec.legacyField           # optional: any path
 *   kind: property-removed            # required: a change kind's id
 *   reason: never read by the operator since 1.2  # required
 * </pre>
 *
 * A reason is required so that the acknowledgement explains itself in review; an entry without one
 * is bad input, as is any key or kind the list does not know.
 *
 * @param entries the entries, in file order
 */
public record AllowList(List<Entry> entries) {
  private static final Set<String> KEYS = Set.of("crd", "version", "path", "kind", "reason");

  public AllowList {
    entries = List.copyOf(entries);
  }

  /**
   * One acknowledged change.
   *
   * @param number its place in the file, from 1, for messages
   * @param version null for any version
   * @param path null for any path
   */
  public record Entry(
      int number, String crd, String version, String path, ChangeKind kind, String reason) {
    boolean matches(Finding finding) {
      return crd.equals(finding.crd())
          && kind == finding.kind()
          && (version == null || version.equals(finding.version()))
          && (path == null || path.equals(finding.path()));
    }

    /** How the entry reads in a report. */
    public String shown() {
      return "entry "
          + number
          + " ("
          + crd
          + (version == null ? "" : "/" + version)
          + (path == null ? "" : " " + path)
          + " "
          + kind.id()
          + ")";
    }
  }

  /** No entry: every breaking change counts. */
  public static AllowList none() {
    return new AllowList(List.of());
  }

  /**
   * The allow list in {@code text}, read from {@code origin} and given with {@code flag}.
   *
   * @throws BadInputException every bad entry, together
   */
  public static AllowList parse(String flag, String origin, String text) throws BadInputException {
    JsonNode root;
    try {
      root = Yamls.reader().readTree(text);
    } catch (IOException e) {
      throw new BadInputException(
          flag,
          flag + " " + origin + ": not YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return none();
    }
    if (!root.isArray()) {
      throw new BadInputException(
          flag,
          flag
              + " "
              + origin
              + ": expected a YAML list of entries, each with crd, kind and reason (and"
              + " optionally version and path).");
    }
    List<Entry> entries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int number = 0;
    for (JsonNode node : root) {
      number++;
      String where = flag + " " + origin + ": entry " + number + ": ";
      if (!node.isObject()) {
        problems.add(where + "expected a mapping with crd, kind and reason.");
        continue;
      }
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!KEYS.contains(key)) {
          problems.add(
              where + "unknown key '" + key + "'; the keys are crd, version, path, kind, reason.");
        }
      }
      String crd = text(node, "crd");
      String kindId = text(node, "kind");
      String reason = text(node, "reason");
      List<String> missing = new ArrayList<>();
      if (crd == null) {
        missing.add("crd");
      }
      if (kindId == null) {
        missing.add("kind");
      }
      if (reason == null || reason.isBlank()) {
        missing.add("reason");
      }
      if (!missing.isEmpty()) {
        problems.add(
            where
                + "missing "
                + String.join(", ", missing)
                + (missing.contains("reason")
                    ? "; every acknowledged change needs the reason it is acceptable."
                    : "."));
      }
      Optional<ChangeKind> kind = kindId == null ? Optional.empty() : ChangeKind.byId(kindId);
      if (kindId != null && kind.isEmpty()) {
        problems.add(
            where
                + "unknown kind '"
                + kindId
                + "'; use the kind a report prints, such as property-removed (op-boot crd diff"
                + " --help lists them).");
      }
      if (kind.isPresent() && kind.get().classification() != Classification.BREAKING) {
        problems.add(
            where
                + "kind '"
                + kindId
                + "' is "
                + kind.get().classification().label()
                + ", which never fails a run; only breaking changes need acknowledging.");
        continue;
      }
      if (missing.isEmpty() && kind.isPresent()) {
        entries.add(
            new Entry(number, crd, text(node, "version"), text(node, "path"), kind.get(), reason));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(flag, String.join("\n", problems));
    }
    return new AllowList(entries);
  }

  /** The first entry that acknowledges {@code finding}, if any. */
  public Optional<Entry> acknowledging(Finding finding) {
    return entries.stream().filter(e -> e.matches(finding)).findFirst();
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }
}
