package dev.opboot.generate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.generate.schema.AnnotationRule.Site;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code x-kubernetes-validations} as annotations: {@code @ValidationRule} for each rule, except a
 * tail of rules that op-boot's shorter annotations write exactly ({@code @Immutable} on a property;
 * {@code @AtMostOneOf}, {@code @ExactlyOneOf}, {@code @AtLeastOneOf} on a class), taken only where
 * the registry's order of application keeps the rules' order.
 */
final class ValidationRules {
  private static final Set<String> KEYS =
      Set.of("rule", "message", "messageExpression", "reason", "fieldPath", "optionalOldSelf");
  private static final String IMMUTABLE_DEFAULT = "Value is immutable";
  private static final Pattern ONE_OF_MESSAGE =
      Pattern.compile(
          "(at most|exactly|at least) one of the fields in \\[([^\\]]*)\\] (?:may|must) be set");

  /** The class-level one-of annotations, in the order the registry applies them. */
  private static final List<String> ONE_OF =
      List.of(
          AnnotationRegistry.OP_BOOT + "AtMostOneOf",
          AnnotationRegistry.OP_BOOT + "ExactlyOneOf",
          AnnotationRegistry.OP_BOOT + "AtLeastOneOf");

  private ValidationRules() {}

  static List<JavaAnnotation> annotations(JsonNode rules, Site site) throws NotExpressible {
    if (!rules.isArray()) {
      throw new NotExpressible("x-kubernetes-validations is not a list");
    }
    List<Map<String, Object>> parsed = new ArrayList<>();
    for (JsonNode rule : rules) {
      parsed.add(parse(rule));
    }
    // the tail of rules a shorter annotation writes, read from the end while the order allows
    List<JavaAnnotation> tail = new ArrayList<>();
    int end = parsed.size();
    int lastRank = Integer.MAX_VALUE;
    while (end > 0) {
      Optional<Special> special = special(parsed.get(end - 1), site);
      if (special.isEmpty() || special.get().rank() > lastRank) {
        break;
      }
      lastRank = special.get().rank();
      tail.add(special.get().annotation());
      end--;
      if (site == Site.PROPERTY) {
        break; // @Immutable is not repeatable
      }
    }
    Collections.reverse(tail);
    List<JavaAnnotation> out = new ArrayList<>();
    for (Map<String, Object> rule : parsed.subList(0, end)) {
      out.add(
          JavaAnnotation.of(
              AnnotationRegistry.FABRIC8_GEN + "ValidationRule",
              "value",
              rule.get("rule"),
              "message",
              rule.get("message"),
              "messageExpression",
              rule.get("messageExpression"),
              "reason",
              rule.get("reason"),
              "fieldPath",
              rule.get("fieldPath"),
              "optionalOldSelf",
              rule.get("optionalOldSelf")));
    }
    out.addAll(tail);
    return out;
  }

  private static Map<String, Object> parse(JsonNode rule) throws NotExpressible {
    Map<String, Object> out = new LinkedHashMap<>();
    var fields = rule.properties().iterator();
    while (fields.hasNext()) {
      var field = fields.next();
      if (!KEYS.contains(field.getKey())) {
        throw new NotExpressible(
            "the validation rule key " + field.getKey() + " has no @ValidationRule member");
      }
      JsonNode v = field.getValue();
      if (field.getKey().equals("optionalOldSelf")) {
        if (v.asBoolean()) {
          out.put("optionalOldSelf", Boolean.TRUE);
        }
        continue; // false is the default, which op-boot does not write (DIFFERENCES.md J2)
      }
      if (v.asText().isEmpty()) {
        throw new NotExpressible(
            "the validation rule's " + field.getKey() + " is empty, which op-boot leaves out");
      }
      out.put(field.getKey(), v.asText());
    }
    if (!out.containsKey("rule")) {
      throw new NotExpressible("a validation rule has no rule");
    }
    return out;
  }

  private record Special(int rank, JavaAnnotation annotation) {}

  private static Optional<Special> special(Map<String, Object> rule, Site site) {
    Object message = rule.get("message");
    if (message == null || !rule.keySet().equals(Set.of("rule", "message"))) {
      return Optional.empty();
    }
    if (site == Site.PROPERTY && "self == oldSelf".equals(rule.get("rule"))) {
      return Optional.of(
          new Special(
              0,
              message.equals(IMMUTABLE_DEFAULT)
                  ? JavaAnnotation.of(AnnotationRegistry.OP_BOOT + "Immutable")
                  : JavaAnnotation.of(
                      AnnotationRegistry.OP_BOOT + "Immutable", "message", message)));
    }
    Matcher m = ONE_OF_MESSAGE.matcher((String) message);
    if (site != Site.CLASS || !m.matches() || m.group(2).isBlank()) {
      return Optional.empty();
    }
    List<String> fields = Arrays.asList(m.group(2).split(" "));
    for (int rank = 0; rank < ONE_OF.size(); rank++) {
      Optional<Map<String, Object>> written =
          AnnotationRegistry.oneOfValidation(ONE_OF.get(rank), fields);
      if (written.isPresent() && written.get().equals(rule)) {
        return Optional.of(new Special(rank, JavaAnnotation.of(ONE_OF.get(rank), fields)));
      }
    }
    return Optional.empty();
  }
}
