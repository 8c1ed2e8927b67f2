package dev.opboot.testdata;

import dev.opboot.testdata.RefusalCatalogue.Case;
import dev.opboot.testdata.RefusalCatalogue.Verdict;
import java.util.List;

/**
 * CEL rules, each on a property of the type it is written for: valid ones using Kubernetes' CEL
 * libraries, syntax and type errors, wrong messageExpression types, transition rules, and rules
 * whose cost the server estimates over its budget because a list has no bound.
 */
final class CelCatalogue {
  private CelCatalogue() {}

  private static Case rule(String name, Verdict verdict, String field) {
    return new Case("cel:" + name, verdict, "", field + " //!", INNER);
  }

  private static final String INNER =
      "  public static class Inner { public String a; public String b; }\n"
          + "  public static class Item { @Required public String name; }";

  private static final Verdict OK = Verdict.ACCEPTED;
  private static final Verdict NO = Verdict.REFUSED;
  private static final Verdict COSTLY = Verdict.COSTLY;

  static final List<Case> RULES =
      List.of(
          rule("size", OK, "@ValidationRule(\"self.size() <= 10\") public String name;"),
          rule(
              "strings",
              OK,
              "@ValidationRule(\"self.startsWith('a') && self.lowerAscii() == self\") @Size(max = 63) public String name;"),
          rule(
              "matches",
              OK,
              "@ValidationRule(\"self.matches('^[a-z]+$')\") @Size(max = 63) public String name;"),
          rule(
              "quantity",
              OK,
              "@ValidationRule(\"isQuantity(self) && quantity(self).isLessThan(quantity('1Gi'))\") @Size(max = 20) public String memory;"),
          rule(
              "url",
              OK,
              "@ValidationRule(\"isURL(self) && url(self).getScheme() == 'https'\") @Size(max = 200) public String endpoint;"),
          rule(
              "ip",
              OK,
              "@ValidationRule(\"isIP(self) && ip(self).family() == 4\") @Size(max = 45) public String address;"),
          rule(
              "cidr",
              OK,
              "@ValidationRule(\"isCIDR(self) && cidr(self).prefixLength() >= 8\") @Size(max = 50) public String network;"),
          rule(
              "regexFind",
              OK,
              "@ValidationRule(\"self.find('[0-9]+') != ''\") @Size(max = 20) public String version;"),
          rule(
              "listsLibrary",
              OK,
              "@ValidationRule(\"self.isSorted() && self.sum() < 100\") @Size(max = 10) public List<Integer> steps;"),
          rule(
              "sets",
              OK,
              "@ValidationRule(\"sets.contains(self, [1])\") @Size(max = 10) public List<Integer> ids;"),
          rule(
              "optionalField",
              OK,
              "@ValidationRule(\"self.?a.orValue('') != 'bad'\") public Inner inner;"),
          rule(
              "hasOnObject",
              OK,
              "@ValidationRule(\"has(self.a) || has(self.b)\") public Inner inner;"),
          rule(
              "boundedMap",
              OK,
              "@ValidationRule(\"self.all(k, k.size() < 10)\") @MaxProperties(5) public Map<String, String> labels;"),
          rule(
              "duration",
              OK,
              "@ValidationRule(\"self < duration('1h')\") @Format(\"duration\") public String timeout;"),
          rule(
              "timestamp",
              OK,
              "@ValidationRule(\"self > timestamp('2020-01-01T00:00:00Z')\") @Format(\"date-time\") public String since;"),
          rule(
              "intOrString",
              OK,
              "@ValidationRule(\"type(self) == int ? self > 0 : self.endsWith('%')\") @IntOrString public Object port;"),
          rule(
              "transition",
              OK,
              "@ValidationRule(value = \"self >= oldSelf\", message = \"may only grow\") public Integer size;"),
          rule(
              "messageExpression",
              OK,
              "@ValidationRule(value = \"self > 0\", messageExpression = \"'count must be positive, not ' + (self == 0 ? 'zero' : 'negative')\") public Integer count;"),
          rule("syntaxError", NO, "@ValidationRule(\"self.size() >\") public String name;"),
          rule(
              "unknownField", NO, "@ValidationRule(\"self.nosuchfield == 1\") public String name;"),
          rule(
              "wrongArgumentType",
              NO,
              "@ValidationRule(\"self.startsWith(1)\") public String name;"),
          rule("notBoolean", NO, "@ValidationRule(\"self.size()\") public String name;"),
          rule(
              "messageExpressionInt",
              NO,
              "@ValidationRule(value = \"self > 0\", messageExpression = \"self\") public Integer count;"),
          rule(
              "quantityFromString",
              NO,
              "@ValidationRule(\"quantity(self).isLessThan('1Gi')\") @Size(max = 20) public String memory;"),
          rule("objectLacksField", NO, "@ValidationRule(\"self.c == 'x'\") public Inner inner;"),
          rule(
              "optionalOldSelfUnused",
              NO,
              "@ValidationRule(value = \"self > 0\", optionalOldSelf = true) public Integer count;"),
          rule(
              "cheapLoopOverUnboundedList",
              OK,
              "@ValidationRule(\"self.all(x, x > 0)\") public List<Integer> steps;"),
          rule(
              "unboundedStringList",
              COSTLY,
              "@ValidationRule(\"self.all(x, x.matches('^[a-z]+$'))\") public List<String> names;"),
          rule(
              "constantComparisonOverUnboundedList",
              OK,
              "@ValidationRule(\"self.exists(x, x.name == 'a')\") public List<Item> items;"),
          new Case(
              "cel:immutableStringInUnboundedMapList",
              COSTLY,
              "",
              "@ListMapKeys(\"key\") public List<Entry> entries;",
              "  public static class Entry { @Required @Size(max = 63) public String key;"
                  + " @Immutable public String value; }"),
          new Case(
              "cel:matchesInUnboundedListItems",
              COSTLY,
              "",
              "public List<Named> named;",
              "  public static class Named {"
                  + " @ValidationRule(\"self.matches('^[a-z]+$')\") public String name; }"));
}
