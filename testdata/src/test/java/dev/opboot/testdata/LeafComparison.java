package dev.opboot.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.generate.compat.ChangeKind;
import dev.opboot.generate.compat.CrdDiff;
import dev.opboot.generate.compat.CrdSet;
import dev.opboot.generate.compat.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * op-boot's CRDs against a reference, leaf by leaf (#14). The differences are {@code crd diff}'s
 * ({@link CrdDiff}, reference as the old side, op-boot's as the new one), so there is one differ;
 * this class only says what each difference means for a user switching from the reference: op-boot
 * is <em>stricter</em> (refuses or prunes something the reference keeps), <em>looser</em> (keeps
 * something the reference refuses or prunes), or <em>richer</em> (validations and schema facts
 * Kubernetes itself applies to the type, which the reference leaves out). Each difference gets its
 * cause, and a stricter one the option or annotation that relaxes it.
 *
 * <p>Two facts decide causes that the diff alone cannot: {@code relaxed}, op-boot's CRDs made with
 * the options op-boot's template warnings name, tells a required field of a Kubernetes template
 * from one the API declares; {@code bareBuiltins}, made with {@code --drop-builtin-descriptions},
 * tells a leaf of a Kubernetes type (its description is dropped) from one of the API's own classes.
 */
final class LeafComparison {
  /** What a difference means for a user of the reference. */
  enum Verdict {
    STRICTER,
    LOOSER,
    RICHER
  }

  /**
   * One group of differences with one cause.
   *
   * @param remedy for a stricter cause, what relaxes it; for others, why op-boot differs
   */
  record Cause(Verdict verdict, String kind, String what, String remedy) {}

  /** Every difference of one target, grouped by cause, with the leaves in each group. */
  final SortedMap<String, Map<Cause, List<String>>> byCrd = new TreeMap<>();

  /** Leaves in both schemas with no difference, per CRD. */
  final SortedMap<String, Integer> same = new TreeMap<>();

  /** Leaves per CRD in op-boot's and in the reference's schema. */
  final SortedMap<String, int[]> leaves = new TreeMap<>();

  /** Leaves that have a description in op-boot's schema and none in the reference's, per CRD. */
  final SortedMap<String, Integer> moreDescribed = new TreeMap<>();

  private final Map<String, JsonNode> opBoot;
  private final Map<String, JsonNode> relaxed;
  private final Map<String, JsonNode> bareBuiltins;

  LeafComparison(
      Map<String, JsonNode> reference,
      Map<String, JsonNode> opBoot,
      Map<String, JsonNode> relaxed,
      Map<String, JsonNode> bareBuiltins) {
    this.opBoot = opBoot;
    this.relaxed = relaxed;
    this.bareBuiltins = bareBuiltins;
    Map<String, Set<String>> differing = new TreeMap<>();
    for (Finding finding : CrdDiff.between(new CrdSet(reference), new CrdSet(opBoot))) {
      Cause cause = causeOf(finding);
      byCrd
          .computeIfAbsent(finding.crd(), k -> new TreeMap<>(LeafComparison::compare))
          .computeIfAbsent(cause, k -> new ArrayList<>())
          .add(finding.path());
      differing.computeIfAbsent(finding.crd(), k -> new TreeSet<>()).add(finding.path());
    }
    for (String crd : new TreeSet<>(reference.keySet())) {
      Map<String, JsonNode> ours = Leaves.of(schema(opBoot.get(crd)));
      Map<String, JsonNode> theirs = Leaves.of(schema(reference.get(crd)));
      leaves.put(crd, new int[] {ours.size(), theirs.size()});
      Set<String> diff = differing.getOrDefault(crd, Set.of());
      same.put(
          crd,
          (int)
              ours.keySet().stream()
                  .filter(p -> theirs.containsKey(p) && !diff.contains(p))
                  .count());
      moreDescribed.put(
          crd,
          (int)
              ours.entrySet().stream()
                  .filter(
                      e ->
                          e.getValue().has("description")
                              && theirs.containsKey(e.getKey())
                              && !theirs.get(e.getKey()).has("description"))
                  .count());
    }
  }

  private static int compare(Cause a, Cause b) {
    int verdict = a.verdict().compareTo(b.verdict());
    if (verdict != 0) {
      return verdict;
    }
    int kind = a.kind().compareTo(b.kind());
    return kind != 0 ? kind : a.what().compareTo(b.what());
  }

  static JsonNode schema(JsonNode crd) {
    return crd == null ? null : crd.at("/spec/versions/0/schema/openAPIV3Schema");
  }

  private Cause causeOf(Finding f) {
    ChangeKind kind = f.kind();
    String path = f.path();
    JsonNode ours = schema(opBoot.get(f.crd()));
    if ((kind == ChangeKind.ENUM_ADDED || kind == ChangeKind.REQUIRED_ADDED)
        && isTypeId(ours, path)) {
      return new Cause(
          Verdict.STRICTER,
          kind.id(),
          "the type id of a @JsonTypeInfo/@JsonSubTypes class",
          "none needed: Jackson cannot read the object back without a type id naming one of the"
              + " subtypes (no defaultImpl), so op-boot requires it and lists the names"
              + " (DIFFERENCES.md D11)");
    }
    return switch (kind) {
      case PROPERTY_ADDED ->
          List.of(".apiVersion", ".kind", ".metadata").contains(path)
              ? new Cause(
                  Verdict.RICHER,
                  kind.id(),
                  "the root's apiVersion, kind and metadata",
                  "named as controller-gen names them; the server fills and checks them either way")
              : Leaves.describedOnlyWithBuiltins(ours, schema(bareBuiltins.get(f.crd())), path)
                  ? new Cause(
                      Verdict.LOOSER,
                      kind.id(),
                      "a Kubernetes field the reference's fabric8 model lacks",
                      "op-boot describes Kubernetes types at the class path's Kubernetes version"
                          + " (1.34 for fabric8 7.5.2), so the field is kept where the reference"
                          + " prunes it")
                  : new Cause(
                      Verdict.LOOSER,
                      kind.id(),
                      "a property of the API's classes that Jackson writes and the reference lacks",
                      "mostly a @JsonSubTypes subtype's: op-boot describes the union of the"
                          + " subtypes' properties (Jackson writes each subtype's), the reference"
                          + " only the base class's, so it prunes or refuses them");
      case PROPERTY_REMOVED -> {
        if (Leaves.keptByAncestor(ours, path)) {
          yield new Cause(
              Verdict.LOOSER,
              kind.id(),
              "a property inside an object that keeps unknown fields",
              "Jackson reads and writes these entries through @JsonAnySetter/@JsonAnyGetter, a"
                  + " Map<String, Object> or a JsonNode: op-boot keeps any value there"
                  + " (x-kubernetes-preserve-unknown-fields), the reference names the Java accessor");
        }
        if (parent(path).endsWith(".metadata")) {
          yield new Cause(
              Verdict.STRICTER,
              kind.id(),
              "a server-set field of an embedded ObjectMeta",
              "none needed: a template's metadata carries name, namespace, labels, annotations"
                  + " and finalizers (controller-gen's generateEmbeddedObjectMeta); the server sets"
                  + " the others. @PreserveUnknownFields on the property keeps any field");
        }
        yield new Cause(
            Verdict.STRICTER,
            kind.id(),
            "a field Kubernetes dropped from the type",
            "--kube-version with the minor version whose type still has it");
      }
      case REQUIRED_ADDED -> {
        if (!Leaves.isRequired(schema(relaxed.get(f.crd())), path)) {
          yield new Cause(
              Verdict.STRICTER,
              kind.id(),
              "required by Kubernetes inside a template the operator fills in",
              "--relax-required-in-templates (Maven: opboot.relaxRequiredInTemplates), or"
                  + " @RelaxRequired on the template's property; op-boot warns of each");
        }
        if (Leaves.describedOnlyWithBuiltins(ours, schema(bareBuiltins.get(f.crd())), path)) {
          yield new Cause(
              Verdict.STRICTER,
              kind.id(),
              "required by Kubernetes inside one of its types",
              "@RelaxRequired on the property that holds the type");
        }
        yield new Cause(
            Verdict.STRICTER,
            kind.id(),
            "declared required by the API (@JsonProperty(required = true))",
            "none needed: the API declares it required; the reference's generator ignores that");
      }
      case PROPERTY_UNDESCRIBED ->
          new Cause(
              Verdict.LOOSER,
              kind.id(),
              "a property the reference makes of an @JsonAnyGetter declared on an interface",
              "Jackson merges the annotations of the interface method the class implements, so it"
                  + " writes the any-getter's entries inline and never this property: op-boot"
                  + " keeps those entries (x-kubernetes-preserve-unknown-fields) where the"
                  + " reference's generator, reading the class's own annotations, names a property");
      case PRESERVE_UNKNOWN_FIELDS_ADDED ->
          new Cause(
              Verdict.LOOSER,
              kind.id(),
              "an object that keeps unknown fields",
              "Jackson writes the class's @JsonAnyGetter entries inline, so op-boot keeps unknown"
                  + " fields there as Jackson does");
      case DEFAULT_REMOVED ->
          new Cause(
              Verdict.LOOSER,
              kind.id(),
              "a default from @JsonProperty(defaultValue)",
              "Jackson documents defaultValue as metadata it never applies; op-boot writes defaults"
                  + " from @Default and Kubernetes' types only, so the server fills nothing in");
      case DEFAULT_ADDED, FORMAT_CHANGED, PATTERN_ADDED, LIST_TYPE_CHANGED, MAP_TYPE_CHANGED ->
          new Cause(
              Verdict.RICHER,
              kind.id(),
              "a fact of the field's type",
              "Kubernetes' own schema for its types (formats, quantity patterns, list and map"
                  + " types, defaults) or the Java type's range (int32/int64)");
      default ->
          new Cause(
              kind.classification() == dev.opboot.generate.compat.Classification.SAFE
                  ? Verdict.LOOSER
                  : Verdict.STRICTER,
              kind.id(),
              "as crd diff reports it",
              kind.reason());
    };
  }

  /**
   * A required string property limited to names, in an object (maybe its only property, as in a
   * base whose subtypes add none): how op-boot writes a type id.
   */
  private static boolean isTypeId(JsonNode ours, String path) {
    JsonNode node = ours == null ? null : Leaves.at(ours, path);
    return node != null
        && node.has("enum")
        && "string".equals(node.path("type").asText())
        && Leaves.isRequired(ours, path)
        && Leaves.at(ours, parent(path)) != null
        && Leaves.at(ours, parent(path)).path("properties").size() > 0;
  }

  private static String parent(String path) {
    int dot = path.lastIndexOf('.');
    return dot <= 0 ? "" : path.substring(0, dot);
  }
}
