package dev.opboot.generate.webhook;

import dev.opboot.core.names.KubernetesNames;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes label selector ({@code matchLabels} and {@code matchExpressions}) read from
 * kubectl's selector syntax, as {@code @Webhook}'s {@code namespaceSelector} and {@code
 * objectSelector} take it: {@code "environment in (production, staging), !legacy, tier=web"}. Keys
 * and values are checked as the API server checks a selector, so a webhook configuration is not
 * refused for them later.
 *
 * @param matchLabels the {@code key=value} requirements, by key
 * @param matchExpressions the others, in written order
 */
record LabelSelector(SortedMap<String, String> matchLabels, List<Requirement> matchExpressions) {
  /** One {@code matchExpressions} entry. */
  record Requirement(String key, String operator, List<String> values) {}

  /** Why a selector text cannot be read. */
  static final class InvalidSelector extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidSelector(String message) {
      super(message);
    }
  }

  private static final Pattern SET =
      Pattern.compile("(\\S+)\\s+(in|notin)\\s*\\((.*)\\)", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern VALUE =
      Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

  LabelSelector {
    matchLabels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(matchLabels));
    matchExpressions = List.copyOf(matchExpressions);
  }

  /**
   * The selector {@code text} says.
   *
   * @throws InvalidSelector with every problem of the text, separated by "; "
   */
  static LabelSelector parse(String text) throws InvalidSelector {
    SortedMap<String, String> labels = new TreeMap<>();
    List<Requirement> expressions = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (String part : requirements(text, wrong)) {
      read(part.trim(), labels, expressions, wrong);
    }
    if (!wrong.isEmpty()) {
      throw new InvalidSelector(String.join("; ", wrong));
    }
    return new LabelSelector(labels, expressions);
  }

  /** The requirements of {@code text}: split at the commas outside parentheses. */
  private static List<String> requirements(String text, List<String> wrong) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
      if (depth < 0 || depth > 1) {
        wrong.add("unbalanced parentheses in '" + text + "'");
        return List.of();
      }
    }
    if (depth != 0) {
      wrong.add("unbalanced parentheses in '" + text + "'");
      return List.of();
    }
    parts.add(text.substring(start));
    return parts;
  }

  private static void read(
      String part,
      SortedMap<String, String> labels,
      List<Requirement> expressions,
      List<String> wrong) {
    if (part.isEmpty()) {
      wrong.add("an empty requirement (two commas, or a comma at either end)");
      return;
    }
    Matcher set = SET.matcher(part);
    if (set.matches()) {
      List<String> values = new ArrayList<>();
      for (String value : set.group(3).split(",", -1)) {
        values.add(value.trim());
      }
      if (values.size() == 1 && values.get(0).isEmpty()) {
        wrong.add("'" + part + "' lists no values; write " + set.group(2) + " (a, b)");
        return;
      }
      String operator = set.group(2).equals("in") ? "In" : "NotIn";
      expressions.add(new Requirement(key(set.group(1), wrong), operator, values(values, wrong)));
      return;
    }
    if (part.startsWith("!") && !part.contains("=")) {
      expressions.add(
          new Requirement(key(part.substring(1).trim(), wrong), "DoesNotExist", List.of()));
      return;
    }
    int notEqual = part.indexOf("!=");
    if (notEqual > 0) {
      String value = part.substring(notEqual + 2).trim();
      expressions.add(
          new Requirement(
              key(part.substring(0, notEqual).trim(), wrong),
              "NotIn",
              values(List.of(value), wrong)));
      return;
    }
    int equal = part.indexOf('=');
    if (equal > 0) {
      String value = part.substring(part.startsWith("==", equal) ? equal + 2 : equal + 1).trim();
      String key = key(part.substring(0, equal).trim(), wrong);
      values(List.of(value), wrong);
      String before = labels.put(key, value);
      if (before != null && !before.equals(value)) {
        wrong.add("'" + key + "' must equal both '" + before + "' and '" + value + "'");
      }
      return;
    }
    if (part.chars().anyMatch(c -> Character.isWhitespace(c) || "()<>".indexOf(c) >= 0)) {
      wrong.add(
          "'"
              + part
              + "' is no requirement; write key=value, key!=value, key in (a, b), key notin (a, b),"
              + " key or !key");
      return;
    }
    expressions.add(new Requirement(key(part, wrong), "Exists", List.of()));
  }

  /** {@code key}, after adding to {@code wrong} why it is no label key if it is not. */
  private static String key(String key, List<String> wrong) {
    int slash = key.indexOf('/');
    String name = slash < 0 ? key : key.substring(slash + 1);
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      KubernetesNames.checkDns1123Subdomain(prefix)
          .ifPresent(
              bad ->
                  wrong.add(
                      "the prefix '"
                          + prefix
                          + "' of the label key '"
                          + key
                          + "' is no DNS subdomain: "
                          + bad));
    }
    if (name.length() > 63 || !NAME.matcher(name).matches()) {
      wrong.add(
          "'"
              + key
              + "' is no label key: its name part must be 1 to 63 characters of letters, digits, '-',"
              + " '_' and '.', starting and ending with a letter or digit");
    }
    return key;
  }

  private static List<String> values(List<String> values, List<String> wrong) {
    for (String value : values) {
      if (value.length() > 63 || !VALUE.matcher(value).matches()) {
        wrong.add(
            "'"
                + value
                + "' is no label value: at most 63 characters of letters, digits, '-', '_' and '.',"
                + " starting and ending with a letter or digit");
      }
    }
    return List.copyOf(values);
  }
}
