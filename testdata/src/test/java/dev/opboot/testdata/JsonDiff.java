package dev.opboot.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Where two JSON trees differ, one line per JSON pointer, so a failing comparison of CRDs says
 * which field differs rather than dumping both documents. Numbers are equal by value ({@code 1.0}
 * is {@code 1}): YAML writers differ in how they spell them, the API server does not.
 */
final class JsonDiff {
  private JsonDiff() {}

  static List<String> of(JsonNode expected, JsonNode actual) {
    List<String> differences = new ArrayList<>();
    diff("", expected, actual, differences);
    return differences;
  }

  private static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected == null || actual == null) {
      out.add(
          path
              + ": "
              + (expected == null ? "extra " + brief(actual) : "missing " + brief(expected)));
      return;
    }
    if (expected.isObject() && actual.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      expected.fieldNames().forEachRemaining(keys::add);
      actual.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        diff(path + "/" + key, expected.get(key), actual.get(key), out);
      }
    } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      Iterator<JsonNode> e = expected.elements();
      Iterator<JsonNode> a = actual.elements();
      for (int i = 0; e.hasNext(); i++) {
        diff(path + "/" + i, e.next(), a.next(), out);
      }
    } else if (!(expected.isNumber()
            && actual.isNumber()
            && expected.decimalValue().compareTo(actual.decimalValue()) == 0)
        && !expected.equals(actual)) {
      out.add(path + ": expected " + brief(expected) + " but was " + brief(actual));
    }
  }

  private static String brief(JsonNode node) {
    String text = node.toString();
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}
