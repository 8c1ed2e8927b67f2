package dev.opboot.generate.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The changes to the CEL rules ({@code x-kubernetes-validations}) at one place of a schema. Rules
 * are matched by their text; a rule whose text changed but whose message stayed is one changed
 * rule, otherwise it is a removed one and an added one. A new rule that reads {@code oldSelf} is a
 * transition rule: it constrains updates only, so stored objects stay valid.
 */
final class RuleDiff {
  private static final List<String> WORDING =
      List.of("message", "messageExpression", "reason", "fieldPath");

  private final SchemaDiff schema;
  private final String path;

  RuleDiff(SchemaDiff schema, String path) {
    this.schema = schema;
    this.path = path;
  }

  void compare(JsonNode old, JsonNode neu) {
    Map<String, JsonNode> before = byRule(old);
    Map<String, JsonNode> after = byRule(neu);
    List<JsonNode> removed = new ArrayList<>();
    List<JsonNode> added = new ArrayList<>();
    before.forEach(
        (rule, node) -> {
          JsonNode same = after.get(rule);
          if (same == null) {
            removed.add(node);
          } else {
            compareMatched(rule, node, same);
          }
        });
    after.forEach(
        (rule, node) -> {
          if (!before.containsKey(rule)) {
            added.add(node);
          }
        });
    for (Iterator<JsonNode> it = added.iterator(); it.hasNext(); ) {
      JsonNode rule = it.next();
      JsonNode previous = sameMessage(rule, removed);
      if (previous != null) {
        removed.remove(previous);
        it.remove();
        schema.add(
            path,
            ChangeKind.VALIDATION_RULE_CHANGED,
            "rule '" + text(previous) + "' -> '" + text(rule) + "'");
      }
    }
    for (JsonNode rule : added) {
      schema.add(
          path,
          SchemaDiff.readsOldSelf(text(rule))
              ? ChangeKind.TRANSITION_RULE_ADDED
              : ChangeKind.VALIDATION_RULE_ADDED,
          "rule '" + text(rule) + "'");
    }
    for (JsonNode rule : removed) {
      schema.add(path, ChangeKind.VALIDATION_RULE_REMOVED, "rule '" + text(rule) + "'");
    }
  }

  private void compareMatched(String rule, JsonNode old, JsonNode neu) {
    if (old.path("optionalOldSelf").asBoolean(false)
        != neu.path("optionalOldSelf").asBoolean(false)) {
      schema.add(
          path,
          ChangeKind.VALIDATION_RULE_CHANGED,
          "rule '"
              + rule
              + "': optionalOldSelf "
              + old.path("optionalOldSelf").asBoolean(false)
              + " -> "
              + neu.path("optionalOldSelf").asBoolean(false));
    }
    List<String> changed = new ArrayList<>();
    for (String field : WORDING) {
      if (!Objects.equals(old.get(field), neu.get(field))) {
        changed.add(field);
      }
    }
    if (!changed.isEmpty()) {
      schema.add(
          path,
          ChangeKind.VALIDATION_MESSAGE_CHANGED,
          "rule '" + rule + "': " + String.join(", ", changed) + " changed");
    }
  }

  private static JsonNode sameMessage(JsonNode rule, List<JsonNode> candidates) {
    String message = rule.path("message").asText("");
    if (message.isEmpty()) {
      return null;
    }
    return candidates.stream()
        .filter(c -> c.path("message").asText("").equals(message))
        .findFirst()
        .orElse(null);
  }

  private static Map<String, JsonNode> byRule(JsonNode rules) {
    Map<String, JsonNode> byRule = new LinkedHashMap<>();
    rules.forEach(rule -> byRule.putIfAbsent(text(rule), rule));
    return byRule;
  }

  private static String text(JsonNode rule) {
    return rule.path("rule").asText("");
  }
}
