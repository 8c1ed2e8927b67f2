package dev.opboot.generate.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * The limits a schema puts on a value, compared: each lower bound ({@code minimum}, {@code
 * minLength}, {@code minItems}, {@code minProperties}) and upper bound, added or moved inward
 * (tightened: values once valid are refused) or removed or moved outward (loosened), and {@code
 * multipleOf}. {@code minimum} and {@code maximum} count their {@code exclusive...} flag.
 */
final class BoundDiff {
  private record Bound(String keyword, boolean lower, ChangeKind tightened, ChangeKind loosened) {}

  private static final List<Bound> BOUNDS =
      List.of(
          new Bound("minimum", true, ChangeKind.MINIMUM_TIGHTENED, ChangeKind.MINIMUM_LOOSENED),
          new Bound("maximum", false, ChangeKind.MAXIMUM_TIGHTENED, ChangeKind.MAXIMUM_LOOSENED),
          new Bound(
              "minLength", true, ChangeKind.MIN_LENGTH_TIGHTENED, ChangeKind.MIN_LENGTH_LOOSENED),
          new Bound(
              "maxLength", false, ChangeKind.MAX_LENGTH_TIGHTENED, ChangeKind.MAX_LENGTH_LOOSENED),
          new Bound(
              "minItems", true, ChangeKind.MIN_ITEMS_TIGHTENED, ChangeKind.MIN_ITEMS_LOOSENED),
          new Bound(
              "maxItems", false, ChangeKind.MAX_ITEMS_TIGHTENED, ChangeKind.MAX_ITEMS_LOOSENED),
          new Bound(
              "minProperties",
              true,
              ChangeKind.MIN_PROPERTIES_TIGHTENED,
              ChangeKind.MIN_PROPERTIES_LOOSENED),
          new Bound(
              "maxProperties",
              false,
              ChangeKind.MAX_PROPERTIES_TIGHTENED,
              ChangeKind.MAX_PROPERTIES_LOOSENED));

  private BoundDiff() {}

  static void compare(SchemaDiff schema, String path, JsonNode old, JsonNode neu) {
    for (Bound bound : BOUNDS) {
      compare(schema, path, old, neu, bound);
    }
    multipleOf(schema, path, old, neu);
  }

  private static void compare(
      SchemaDiff schema, String path, JsonNode old, JsonNode neu, Bound bound) {
    String keyword = bound.keyword();
    BigDecimal before = decimal(old.get(keyword));
    BigDecimal after = decimal(neu.get(keyword));
    if (before == null && after == null) {
      return;
    }
    String exclusive =
        "exclusive" + Character.toUpperCase(keyword.charAt(0)) + keyword.substring(1);
    boolean wasExclusive = old.path(exclusive).asBoolean(false);
    boolean isExclusive = neu.path(exclusive).asBoolean(false);
    String detail =
        keyword + " " + shown(before, wasExclusive) + " -> " + shown(after, isExclusive);
    if (before == null) {
      schema.add(path, bound.tightened(), detail);
      return;
    }
    if (after == null) {
      schema.add(path, bound.loosened(), detail);
      return;
    }
    int inward = after.compareTo(before) * (bound.lower() ? 1 : -1);
    if (inward > 0 || (inward == 0 && isExclusive && !wasExclusive)) {
      schema.add(path, bound.tightened(), detail);
    } else if (inward < 0 || (inward == 0 && wasExclusive && !isExclusive)) {
      schema.add(path, bound.loosened(), detail);
    }
  }

  /** A new step that divides the old one accepts every value the old one did. */
  private static void multipleOf(SchemaDiff schema, String path, JsonNode old, JsonNode neu) {
    BigDecimal before = decimal(old.get("multipleOf"));
    BigDecimal after = decimal(neu.get("multipleOf"));
    if (before == null && after == null
        || before != null && after != null && before.compareTo(after) == 0) {
      return;
    }
    String detail = "multipleOf " + shown(before, false) + " -> " + shown(after, false);
    boolean looser = after == null || (before != null && before.remainder(after).signum() == 0);
    schema.add(
        path, looser ? ChangeKind.MULTIPLE_OF_LOOSENED : ChangeKind.MULTIPLE_OF_TIGHTENED, detail);
  }

  private static String shown(BigDecimal bound, boolean exclusive) {
    return bound == null ? "none" : bound.toPlainString() + (exclusive ? " (exclusive)" : "");
  }

  private static BigDecimal decimal(JsonNode node) {
    return node != null && node.isNumber() ? node.decimalValue() : null;
  }
}
