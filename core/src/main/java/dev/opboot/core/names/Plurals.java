package dev.opboot.core.names;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English plurals for resource names, as kubebuilder and controller-gen derive them: Policy →
 * policies, Ingress → ingresses, Proxy → proxies, Gateway → gateways. The API server's own guess
 * (append {@code s}, {@code y} → {@code ies}) is wrong for several common kinds, which is why a
 * table of rules is kept here.
 */
public final class Plurals {
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("person", "people"),
          Map.entry("child", "children"),
          Map.entry("man", "men"),
          Map.entry("woman", "women"),
          Map.entry("mouse", "mice"),
          Map.entry("goose", "geese"),
          Map.entry("foot", "feet"),
          Map.entry("tooth", "teeth"),
          Map.entry("ox", "oxen"),
          Map.entry("leaf", "leaves"),
          Map.entry("life", "lives"),
          Map.entry("knife", "knives"),
          Map.entry("wife", "wives"),
          Map.entry("half", "halves"),
          Map.entry("shelf", "shelves"),
          Map.entry("wolf", "wolves"),
          Map.entry("index", "indices"),
          Map.entry("vertex", "vertices"),
          Map.entry("matrix", "matrices"),
          Map.entry("criterion", "criteria"),
          Map.entry("datum", "data"),
          Map.entry("medium", "media"),
          Map.entry("quiz", "quizzes"),
          Map.entry("schema", "schemas"));

  /** Longest first, so that the most specific rule wins whatever the map's iteration order. */
  private static final List<Map.Entry<String, String>> IRREGULAR_LONGEST_FIRST =
      IRREGULAR.entrySet().stream()
          .sorted(
              Comparator.comparing((Map.Entry<String, String> e) -> -e.getKey().length())
                  .thenComparing(Map.Entry::getKey))
          .toList();

  private static final Set<String> UNCOUNTABLE =
      Set.of(
          "data",
          "metadata",
          "equipment",
          "information",
          "news",
          "series",
          "species",
          "sheep",
          "fish",
          "deer",
          "moose",
          "rice",
          "software",
          "hardware",
          "firmware",
          "middleware",
          "feedback",
          "traffic");

  private Plurals() {}

  /** The lower-case plural of a kind, for example {@code CronJob} → {@code cronjobs}. */
  public static String pluralOf(String kind) {
    String word = kind.toLowerCase(Locale.ROOT);
    for (String uncountable : UNCOUNTABLE) {
      if (word.endsWith(uncountable)
          && endsAtWordBoundary(kind, word.length() - uncountable.length())) {
        return word;
      }
    }
    for (Map.Entry<String, String> irregular : IRREGULAR_LONGEST_FIRST) {
      if (word.endsWith(irregular.getKey())
          && endsAtWordBoundary(kind, word.length() - irregular.getKey().length())) {
        return word.substring(0, word.length() - irregular.getKey().length())
            + irregular.getValue();
      }
    }
    if (word.endsWith("sis")) {
      return word.substring(0, word.length() - 2) + "es";
    }
    if (word.endsWith("s")
        || word.endsWith("x")
        || word.endsWith("z")
        || word.endsWith("ch")
        || word.endsWith("sh")) {
      return word + "es";
    }
    if (word.endsWith("y") && word.length() > 1 && !isVowel(word.charAt(word.length() - 2))) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    return word + "s";
  }

  /**
   * Whether position {@code start} of {@code kind} begins a word of the UpperCamelCase name, so
   * that "Manifest" is not read as ending in "fest" and "Woman" in "CheckWoman" still counts.
   */
  private static boolean endsAtWordBoundary(String kind, int start) {
    return start == 0 || Character.isUpperCase(kind.charAt(start));
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
