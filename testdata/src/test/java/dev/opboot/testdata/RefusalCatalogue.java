package dev.opboot.testdata;

import java.util.List;

/**
 * Tiny resource classes, each with one thing the API server refuses in the CRD generated from it,
 * or none: the inputs of {@link CrdRefusalsApiServerTest}. A case is the class's annotations, the
 * body of its spec, and the body of its own class (for extra types). The line {@code generate crd}
 * must point at ends with {@code //!}; without one, it is the resource class's line.
 */
final class RefusalCatalogue {
  private RefusalCatalogue() {}

  /** What the validator should say of a case. */
  enum Verdict {
    /** No problem: the CRD is written, and the server accepts it. */
    ACCEPTED,
    /** An error at the marked line: nothing is written, and the server refuses the CRD too. */
    REFUSED,
    /**
     * A warning only (a CEL rule over an unbounded list): written, but the server refuses it for
     * its estimated cost.
     */
    COSTLY
  }

  record Case(
      String name,
      Verdict verdict,
      String classAnnotations,
      String spec,
      String extra,
      String status) {
    Case(String name, Verdict verdict, String classAnnotations, String spec, String extra) {
      this(name, verdict, classAnnotations, spec, extra, "public String phase;");
    }

    @Override
    public String toString() {
      return name;
    }

    /** The resource class's source. */
    String source() {
      String group = classAnnotations.contains("@Group(") ? "" : "@Group(\"example.com\") ";
      String version = classAnnotations.contains("@Version(") ? "" : "@Version(\"v1\") ";
      return """
          package com.example;
          import java.util.List;
          import java.util.Map;
          import java.util.Set;
          import io.fabric8.generator.annotation.*;
          import io.fabric8.crd.generator.annotation.*;
          import io.fabric8.kubernetes.model.annotation.*;
          import dev.opboot.annotations.*;
          %s%s%s public class Widget extends io.fabric8.kubernetes.client.CustomResource<Widget.Spec, Widget.Status> implements io.fabric8.kubernetes.api.model.Namespaced {
            public static class Spec {
          %s
            }
            public static class Status {
          %s
            }
          %s
          }
          """
          .formatted(group, version, classAnnotations, spec, status, extra);
    }

    /** The 1-based line {@code generate crd} must report. */
    long line() {
      List<String> lines = source().lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains("//!")) {
          return i + 1;
        }
      }
      return 9;
    }
  }

  private static Case refused(String name, String spec) {
    return new Case(name, Verdict.REFUSED, "", spec, "");
  }

  private static Case refused(String name, String classAnnotations, String spec, String extra) {
    return new Case(name, Verdict.REFUSED, classAnnotations, spec, extra);
  }

  private static Case accepted(String name, String classAnnotations, String spec, String extra) {
    return new Case(name, Verdict.ACCEPTED, classAnnotations, spec, extra);
  }

  private static final String ITEM =
      "  public static class Item { @Required public String name; public Integer weight; }";

  /** At least 40 inputs, one mistake each, that the API server refuses. */
  static final List<Case> BROKEN =
      List.of(
          refused(
              "defaultLongerThanMaxLength",
              "@Default(\"toolong\") @Size(max = 3) public String size; //!"),
          refused(
              "defaultShorterThanMinLength",
              "@Default(\"ab\") @Size(min = 5) public String code; //!"),
          refused("defaultBelowMinimum", "@Default(\"5\") @Min(10) public Integer replicas; //!"),
          refused("defaultAboveMaximum", "@Default(\"11\") @Max(10) public Integer replicas; //!"),
          refused(
              "defaultNotMatchingPattern",
              "@Default(\"abc\") @Pattern(\"^[0-9]+$\") public String code; //!"),
          refused(
              "defaultListTooLong",
              "@Default(\"[1, 2, 3]\") @Size(max = 2) public List<Integer> ports; //!"),
          refused(
              "defaultMapTooLarge",
              "@Default(\"{\\\"a\\\": \\\"1\\\", \\\"b\\\": \\\"2\\\"}\") @MaxProperties(1) public Map<String, String> labels; //!"),
          refused(
              "defaultWithUnknownField",
              "",
              "@Default(\"{\\\"unknown\\\": 1}\") public Inner inner; //!",
              "  public static class Inner { public String name; }"),
          refused(
              "defaultMissingRequired",
              "",
              "@Default(\"{\\\"weight\\\": 1}\") public Item item; //!",
              ITEM),
          refused(
              "defaultBreaksNestedMaxLength",
              "",
              "@Default(\"{\\\"name\\\": \\\"toolong\\\"}\") public Short inner; //!",
              "  public static class Short { @Size(max = 3) public String name; }"),
          refused("ruleSyntaxError", "@ValidationRule(\"self.size() >\") public String name; //!"),
          refused(
              "ruleUnknownField",
              "@ValidationRule(\"self.nosuchfield == 1\") public String name; //!"),
          refused("ruleNotBoolean", "@ValidationRule(\"self + 1\") public Integer count; //!"),
          refused(
              "ruleWrongOperandTypes", "@ValidationRule(\"self > 'a'\") public Integer count; //!"),
          refused("ruleHasOnScalar", "@ValidationRule(\"has(self.x)\") public String name; //!"),
          refused(
              "ruleUndeclaredVariable",
              "@ValidationRule(\"other == self\") public String name; //!"),
          refused(
              "ruleUnknownFunction",
              "@ValidationRule(\"self.noSuchFunction()\") public String name; //!"),
          refused(
              "ruleOnClassNamesMissingProperty",
              "",
              "public Inner inner; //!",
              "  @ValidationRule(\"self.replicas > 0\") public static class Inner { public String name; }"),
          refused(
              "messageExpressionNotString",
              "@ValidationRule(value = \"self > 0\", messageExpression = \"self\") public Integer count; //!"),
          refused(
              "messageExpressionSyntaxError",
              "@ValidationRule(value = \"self > 0\", messageExpression = \"'a' +\") public Integer count; //!"),
          refused(
              "optionalOldSelfWithoutOldSelf",
              "@ValidationRule(value = \"self.size() > 0\", optionalOldSelf = true) public String name; //!"),
          refused(
              "transitionRuleInAtomicList",
              "",
              "public List<Pinned> pinned; //!",
              "  @ValidationRule(\"self.name == oldSelf.name\") public static class Pinned { public String name; }"),
          refused(
              "immutableInAtomicList",
              "",
              "public List<Frozen> frozen;",
              "  public static class Frozen { @Immutable public String name; } //!"),
          refused(
              "ruleReasonUnknown",
              "@ValidationRule(value = \"self > 0\", reason = \"TooSmall\") public Integer count; //!"),
          refused(
              "ruleMessageWithLineBreak",
              "@ValidationRule(value = \"self > 0\", message = \"too\\nsmall\") public Integer count; //!"),
          refused(
              "ruleFieldPathUnknown",
              "",
              "public Inner inner; //!",
              "  @ValidationRule(value = \"has(self.name)\", fieldPath = \".nosuch\") public static class Inner { public String name; }"),
          refused(
              "ruleMultiLineWithoutMessage",
              "@ValidationRule(\"self > 0 &&\\n self < 10\") public Integer count; //!"),
          refused("embeddedResourceOnString", "@EmbeddedResource public String template; //!"),
          refused(
              "embeddedResourceOnMap",
              "@EmbeddedResource public Map<String, String> template; //!"),
          refused(
              "listMapKeyNullable",
              "",
              "@ListMapKeys(\"name\") public List<Keyed> keyed;",
              "  public static class Keyed { @Required @Nullable public String name; } //!"),
          refused(
              "selectableFieldOnList", "", "@SelectableField public List<String> tags; //!", ""),
          refused("selectableFieldOnNumber", "", "@SelectableField public Double ratio; //!", ""),
          refused(
              "selectableFieldUnknownPath",
              "@AdditionalSelectableField(jsonPath = \".spec.nosuch\")",
              "public String name;",
              ""),
          refused(
              "selectableFieldInMetadata",
              "@AdditionalSelectableField(jsonPath = \".metadata.name\")",
              "public String name;",
              ""),
          refused(
              "selectableFieldTwice",
              "@AdditionalSelectableField(jsonPath = \".spec.name\")",
              "@SelectableField public String name; //!",
              ""),
          refused("nineSelectableFields", "", nineSelectable(), ""),
          refused(
              "printerColumnPathWithoutDot",
              "@AdditionalPrinterColumn(name = \"Name\", jsonPath = \"spec.name\")",
              "public String name;",
              ""),
          refused(
              "printerColumnWithoutName",
              "@AdditionalPrinterColumn(name = \"\", jsonPath = \".spec.name\")",
              "public String name;",
              ""),
          refused(
              "deprecationWarningWithLineBreak",
              "@Version(value = \"v1\", deprecated = true, deprecationWarning = \"old\\nuse v2\")",
              "public String name;",
              ""),
          refused("groupWithoutDot", "@Group(\"example\")", "public String name;", ""),
          refused("pluralUpperCase", "@Plural(\"Widgets\")", "public String name;", ""),
          refused("singularUpperCase", "@Singular(\"Widget\")", "public String name;", ""),
          refused("shortNameWithUnderscore", "@ShortNames(\"w_1\")", "public String name;", ""),
          refused("categoryWithSpace", "@Categories(\"all things\")", "public String name;", ""));

  private static String nineSelectable() {
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < 9; i++) {
      fields.append("@SelectableField public String f").append(i).append(";\n");
    }
    return fields.toString();
  }

  /** Inputs the API server accepts, each using another part of the generator. */
  static final List<Case> VALID =
      List.of(
          accepted("plain", "", "public String name;", ""),
          accepted(
              "defaultWithinBounds",
              "",
              "@Default(\"abc\") @Size(max = 3) public String size;",
              ""),
          accepted(
              "defaultInEnum",
              "",
              "@Default(\"a\") @dev.opboot.annotations.Enum({\"a\", \"b\"}) public String mode;",
              ""),
          accepted(
              "defaultListAndMap",
              "",
              "@Default(\"[1, 2]\") @Size(max = 2) public List<Integer> ports; @Default(\"{\\\"a\\\": \\\"1\\\"}\") public Map<String, String> labels;",
              ""),
          accepted(
              "defaultObjectFillsRequired",
              "",
              "@Default(\"{\\\"name\\\": \\\"x\\\"}\") public Item item;",
              ITEM),
          accepted(
              "boundsAndPattern",
              "",
              "@Min(1) @Max(10) public Integer replicas; @Pattern(\"^[a-z]+$\") @Size(min = 1, max = 63) public String name;",
              ""),
          accepted("javaEnum", "", "public Mode mode;", "  public enum Mode { FAST, SLOW }"),
          accepted("listMapKeys", "", "@ListMapKeys(\"name\") public List<Item> items;", ITEM),
          accepted("setOfStrings", "", "public Set<String> tags;", ""),
          accepted("intOrString", "", "@IntOrString public Object port;", ""),
          accepted(
              "embeddedResource",
              "",
              "@EmbeddedResource @PreserveUnknownFields public Map<String, Object> template;",
              ""),
          accepted(
              "preserveUnknownFields",
              "",
              "@PreserveUnknownFields public Map<String, Object> config;",
              ""),
          accepted(
              "printerColumnsAndSelectableField",
              "@AdditionalPrinterColumn(name = \"Phase\", jsonPath = \".status.phase\")",
              "@PrinterColumn(name = \"Name\") @SelectableField public String name;",
              ""),
          new Case(
              "scaleSubresource",
              Verdict.ACCEPTED,
              "",
              "@SpecReplicas public Integer replicas;",
              "",
              "@StatusReplicas public Integer replicas;"),
          accepted(
              "documentedGetMetadata",
              "",
              "public String name;",
              "  /** The metadata, documented. */ @Override public io.fabric8.kubernetes.api.model.ObjectMeta getMetadata() { return super.getMetadata(); }"),
          accepted("immutableField", "", "@Immutable public String name;", ""),
          accepted(
              "exactlyOneOf",
              "",
              "public Choice choice;",
              "  @ExactlyOneOf({\"a\", \"b\"}) public static class Choice { public String a; public String b; }"),
          accepted(
              "transitionRuleWithOptionalOldSelf",
              "",
              "@ValidationRule(value = \"!oldSelf.hasValue() || self >= oldSelf.value()\", optionalOldSelf = true) public Integer generation;",
              ""),
          accepted(
              "transitionRuleInMapList",
              "",
              "@ListMapKeys(\"name\") public List<Tracked> tracked;",
              "  public static class Tracked { @Required public String name; @Immutable public Integer weight; }"),
          accepted(
              "boundedRules",
              "",
              "@Size(max = 10) @ValidationRule(\"self.all(x, x.size() <= 5)\") public List<String> tags; @MaxProperties(5) @ValidationRule(\"self.all(k, k.startsWith('a'))\") public Map<String, String> annotations;",
              ""));
}
