package dev.opboot.envtest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Kubernetes versions a command means, in setup-envtest's selector language so that the same
 * words work in both tools:
 *
 * <ul>
 *   <li>{@code 1.32.13}: that version; {@code 1.32}, {@code 1.32.x}, {@code 1.32.*}: any 1.32 patch
 *       (the newest is used);
 *   <li>{@code ~1.32.3}: 1.32.3 or a newer 1.32 patch;
 *   <li>{@code <1.32}, {@code <=1.32.3}: older versions (for {@code cleanup});
 *   <li>{@code latest}: any version, the newest in the index;
 *   <li>a trailing {@code !} ({@code 1.32!}): look in the index for the newest match even when one
 *       is installed.
 * </ul>
 *
 * A leading {@code v} is accepted before the version ({@code v1.32.0}), as the index writes them.
 */
public final class VersionSelector {

  private static final String N = KubeVersion.NUMBER;
  private static final Pattern SELECTOR =
      Pattern.compile("(<=|<|~)?v?(" + N + ")\\.(" + N + ")(?:\\.(" + N + "|x|\\*))?(!)?");

  /** How the version part compares. */
  private enum Relation {
    ANY,
    EQUAL,
    AT_LEAST_IN_MINOR,
    LESS,
    LESS_OR_EQUAL
  }

  private final String text;
  private final Relation relation;
  private final int major;
  private final int minor;
  private final Integer patch;
  private final boolean checkIndex;

  private VersionSelector(
      String text, Relation relation, int major, int minor, Integer patch, boolean checkIndex) {
    this.text = text;
    this.relation = relation;
    this.major = major;
    this.minor = minor;
    this.patch = patch;
    this.checkIndex = checkIndex;
  }

  /** Every version; the newest in the index ({@code latest}). */
  public static VersionSelector latest() {
    return new VersionSelector("latest", Relation.ANY, 0, 0, null, true);
  }

  /**
   * The selector {@code text} names.
   *
   * @throws IllegalArgumentException saying what selectors look like when it cannot be read
   */
  public static VersionSelector parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.equals("latest") || trimmed.equals("latest!")) {
      return latest();
    }
    Matcher m = SELECTOR.matcher(trimmed);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a Kubernetes version selector: use a version (1.32.0), a minor (1.32, its"
              + " newest patch), ~1.32.3, <1.32, <=1.32.3 or latest; a trailing ! looks in the index"
              + " even when a match is installed");
    }
    String prefix = m.group(1);
    int major = Integer.parseInt(m.group(2));
    int minor = Integer.parseInt(m.group(3));
    String rawPatch = m.group(4);
    Integer patch =
        rawPatch == null || rawPatch.equals("x") || rawPatch.equals("*")
            ? null
            : Integer.valueOf(rawPatch);
    Relation relation =
        prefix == null
            ? Relation.EQUAL
            : switch (prefix) {
              case "~" -> Relation.AT_LEAST_IN_MINOR;
              case "<" -> Relation.LESS;
              default -> Relation.LESS_OR_EQUAL;
            };
    if (relation == Relation.AT_LEAST_IN_MINOR && patch == null) {
      patch = 0;
    }
    return new VersionSelector(trimmed, relation, major, minor, patch, m.group(5) != null);
  }

  /** Whether this selector selects {@code version}. */
  public boolean matches(KubeVersion version) {
    return switch (relation) {
      case ANY -> true;
      case EQUAL ->
          version.major() == major
              && version.minor() == minor
              && (patch == null || version.patch() == patch);
      case AT_LEAST_IN_MINOR ->
          version.major() == major && version.minor() == minor && version.patch() >= patch;
      case LESS, LESS_OR_EQUAL -> {
        int c = compareToBound(version);
        yield c < 0 || (c == 0 && relation == Relation.LESS_OR_EQUAL);
      }
    };
  }

  /** The version compared with the bound, a missing patch matching every patch. */
  private int compareToBound(KubeVersion version) {
    if (version.major() != major) {
      return Integer.compare(version.major(), major);
    }
    if (version.minor() != minor) {
      return Integer.compare(version.minor(), minor);
    }
    return patch == null ? 0 : Integer.compare(version.patch(), patch);
  }

  /** The one version this selector names, when it names exactly one ({@code 1.32.13}). */
  public Optional<KubeVersion> exact() {
    return relation == Relation.EQUAL && patch != null
        ? Optional.of(new KubeVersion(major, minor, patch))
        : Optional.empty();
  }

  /** The version the selector is written around ({@code 1.32.0} for {@code 1.32}), for messages. */
  KubeVersion base() {
    return new KubeVersion(major, minor, patch == null ? 0 : patch);
  }

  /**
   * Whether the newest match is to be looked up in the index even when one is installed ({@code
   * latest}, or a trailing {@code !}).
   */
  public boolean checksIndex() {
    return checkIndex;
  }

  /** The selector as the user wrote it. */
  @Override
  public String toString() {
    return text;
  }
}
