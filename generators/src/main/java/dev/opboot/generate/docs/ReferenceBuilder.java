package dev.opboot.generate.docs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.generate.docs.ApiReference.Column;
import dev.opboot.generate.docs.ApiReference.Fact;
import dev.opboot.generate.docs.ApiReference.Field;
import dev.opboot.generate.docs.ApiReference.GroupVersion;
import dev.opboot.generate.docs.ApiReference.Kind;
import dev.opboot.generate.docs.ApiReference.Sample;
import dev.opboot.generate.docs.ApiReference.Section;
import dev.opboot.generate.docs.ApiReference.Type;
import dev.opboot.generate.schema.KubernetesTypeRecognizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CRD documents into an {@link ApiReference}. It reads only the CRDs, never the Java sources,
 * so a project's generated CRDs and any CRD files ({@code --from-crd}) are documented alike: every
 * description is the one the CRD carries (for op-boot projects, the Javadoc), every constraint the
 * schema's own keyword, said in words by {@link Keyword}.
 */
final class ReferenceBuilder {
  private static final Pattern IMMUTABLE = Pattern.compile("\\s*self\\s*==\\s*oldSelf\\s*");
  private static final Pattern VERSION = Pattern.compile("v(\\d+)(?:(alpha|beta)(\\d+))?");

  private final KubernetesTypeRecognizer builtIns;
  private final KubernetesLinks links;
  private final List<SampleFile> samples;

  /**
   * An example object read from a sample file.
   *
   * @param file the file's path as shown, relative to the project
   * @param object the object, for its apiVersion and kind
   * @param yaml the object as written in the file
   */
  record SampleFile(String file, JsonNode object, String yaml) {}

  ReferenceBuilder(
      KubernetesTypeRecognizer builtIns, String kubernetesVersion, List<SampleFile> samples) {
    this.builtIns = builtIns;
    this.links = new KubernetesLinks(kubernetesVersion);
    this.samples = samples;
  }

  ApiReference build(String title, List<JsonNode> crds) {
    Map<String, List<Kind>> byGroupVersion = new TreeMap<>(ReferenceBuilder::compareGroupVersions);
    for (JsonNode crd : crds) {
      JsonNode spec = crd.path("spec");
      String group = spec.path("group").asText();
      for (JsonNode version : spec.path("versions")) {
        String key = group + "/" + version.path("name").asText();
        byGroupVersion.computeIfAbsent(key, k -> new ArrayList<>()).add(kind(spec, version));
      }
    }
    List<GroupVersion> groups = new ArrayList<>();
    byGroupVersion.forEach(
        (apiVersion, kinds) -> {
          kinds.sort(Comparator.comparing(Kind::kind));
          int slash = apiVersion.lastIndexOf('/');
          groups.add(
              new GroupVersion(
                  apiVersion.substring(0, slash),
                  apiVersion.substring(slash + 1),
                  slug(apiVersion),
                  List.copyOf(kinds)));
        });
    return new ApiReference(title, links.version(), List.copyOf(groups));
  }

  private Kind kind(JsonNode spec, JsonNode version) {
    String group = spec.path("group").asText();
    String name = version.path("name").asText();
    JsonNode names = spec.path("names");
    String kind = names.path("kind").asText();
    String anchor = slug(kind + "-" + name + "-" + group);
    JsonNode schema = version.path("schema").path("openAPIV3Schema");

    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("API version", "`" + group + "/" + name + "`"));
    facts.add(new Fact("Scope", spec.path("scope").asText("Namespaced")));
    facts.add(new Fact("Resource", "`" + names.path("plural").asText() + "`"));
    if (names.path("shortNames").size() > 0) {
      facts.add(new Fact("Short names", codes(names.path("shortNames"))));
    }
    if (names.path("categories").size() > 0) {
      facts.add(new Fact("Categories", codes(names.path("categories"))));
    }
    facts.add(
        new Fact(
            "Version",
            (version.path("served").asBoolean(false) ? "served" : "not served")
                + (version.path("storage").asBoolean(false) ? ", the storage version" : "")));
    subresources(version.path("subresources")).ifPresent(facts::add);
    String deprecation =
        version.path("deprecated").asBoolean(false)
            ? version
                .path("deprecationWarning")
                .asText(group + "/" + name + " " + kind + " is deprecated.")
            : null;
    List<Column> columns = new ArrayList<>();
    for (JsonNode column : version.path("additionalPrinterColumns")) {
      columns.add(
          new Column(
              column.path("name").asText(),
              column.path("type").asText(),
              column.path("jsonPath").asText(),
              column.path("description").asText("")));
    }
    List<Section> sections = new ArrayList<>();
    section(anchor, kind, schema, true, sections);
    List<Sample> examples = new ArrayList<>();
    for (SampleFile sample : samples) {
      if (sample.object().path("apiVersion").asText().equals(group + "/" + name)
          && sample.object().path("kind").asText().equals(kind)) {
        examples.add(new Sample(sample.file(), sample.yaml()));
      }
    }
    return new Kind(
        kind,
        anchor,
        schema.path("description").asText(""),
        List.copyOf(facts),
        deprecation,
        List.copyOf(columns),
        List.copyOf(sections),
        List.copyOf(examples));
  }

  private static Optional<Fact> subresources(JsonNode subresources) {
    List<String> parts = new ArrayList<>();
    if (subresources.has("status")) {
      parts.add("`status`");
    }
    JsonNode scale = subresources.path("scale");
    if (scale.isObject()) {
      parts.add(
          "`scale` (replicas `"
              + scale.path("specReplicasPath").asText()
              + "` → `"
              + scale.path("statusReplicasPath").asText()
              + "`"
              + (scale.has("labelSelectorPath")
                  ? ", selector `" + scale.path("labelSelectorPath").asText() + "`"
                  : "")
              + ")");
    }
    return parts.isEmpty()
        ? Optional.empty()
        : Optional.of(new Fact("Subresources", String.join(", ", parts)));
  }

  /** Adds the section of object {@code schema}, then those of the objects below it, depth first. */
  private void section(
      String anchor, String title, JsonNode schema, boolean root, List<Section> sections) {
    List<Field> fields = new ArrayList<>();
    List<Runnable> below = new ArrayList<>();
    java.util.Set<String> required = new java.util.HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      String name = property.getKey();
      JsonNode value = property.getValue();
      Type type;
      if (root && name.equals("metadata")) {
        type = links.objectMeta();
      } else {
        type = type(value, anchor + "-" + slug(name), title + "." + name, below, sections);
      }
      fields.add(
          new Field(
              name,
              type,
              required.contains(name),
              value.path("description").asText(""),
              notes(value)));
    }
    List<String> rootNotes = root ? rules(schema.path("x-kubernetes-validations")) : List.of();
    String description = root ? "" : schema.path("description").asText("");
    if (!rootNotes.isEmpty()) {
      description = String.join(" ", rootNotes);
    }
    sections.add(new Section(anchor, title, description, List.copyOf(fields)));
    below.forEach(Runnable::run);
  }

  /**
   * The type shown for {@code schema}; an object of the project's own gets a section of its own,
   * added to {@code below} so that sections follow their parent in document order.
   */
  private Type type(
      JsonNode schema, String anchor, String title, List<Runnable> below, List<Section> sections) {
    if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
      return Type.plain("int-or-string");
    }
    String type = schema.path("type").asText("");
    switch (type) {
      case "object" -> {
        if (schema.path("properties").size() > 0) {
          Optional<String> builtIn =
              builtIns == null ? Optional.empty() : builtIns.recognise(schema);
          if (builtIn.isPresent()) {
            return links.of(builtIn.get());
          }
          below.add(() -> section(anchor, title, schema, false, sections));
          return new Type("object", anchor, null);
        }
        JsonNode values = schema.path("additionalProperties");
        if (values.isObject()) {
          Type of = type(values, anchor, title + ".*", below, sections);
          return new Type("map[string]" + of.text(), of.anchor(), of.url());
        }
        return Type.plain("object");
      }
      case "array" -> {
        Type of = type(schema.path("items"), anchor, title + "[*]", below, sections);
        return new Type("[]" + of.text(), of.anchor(), of.url());
      }
      case "" -> {
        return Type.plain("any");
      }
      default -> {
        return Type.plain(type);
      }
    }
  }

  /** What constrains a field, one sentence per keyword, in the schema's order. */
  private static List<String> notes(JsonNode schema) {
    List<String> notes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : schema.properties()) {
      String name = entry.getKey();
      if (Keyword.SHOWN_ELSEWHERE.contains(name)) {
        continue;
      }
      if (name.equals("x-kubernetes-validations")) {
        notes.addAll(rules(entry.getValue()));
        continue;
      }
      Optional<Keyword> keyword = Keyword.named(name);
      String sentence =
          keyword.isPresent()
              ? keyword.get().sentence(entry.getValue(), schema)
              : Keyword.raw(name, entry.getValue());
      if (sentence != null) {
        notes.add(sentence);
      }
    }
    return List.copyOf(notes);
  }

  /** One sentence per CEL rule, with its message. */
  static List<String> rules(JsonNode validations) {
    List<String> notes = new ArrayList<>();
    for (JsonNode rule : validations) {
      String text = rule.path("rule").asText();
      String said =
          rule.has("message")
              ? " (\"" + rule.path("message").asText() + "\")"
              : rule.has("messageExpression")
                  ? " (message: `" + rule.path("messageExpression").asText() + "`)"
                  : "";
      if (IMMUTABLE.matcher(text).matches()) {
        notes.add("Cannot be changed once set" + said + ".");
      } else {
        notes.add(
            "Must satisfy the rule `"
                + text
                + "`"
                + said
                + (rule.has("reason") ? ", else " + rule.path("reason").asText() : "")
                + (rule.path("optionalOldSelf").asBoolean(false)
                    ? "; checked on create too"
                    : text.contains("oldSelf") ? "; checked on updates" : "")
                + ".");
      }
    }
    return notes;
  }

  private static String codes(JsonNode values) {
    List<String> codes = new ArrayList<>();
    values.forEach(v -> codes.add("`" + v.asText() + "`"));
    return String.join(", ", codes);
  }

  /** An HTML id and Markdown anchor: lower case, runs of other characters as one hyphen. */
  static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** Groups by name, then versions as Kubernetes orders them: GA, beta, alpha, newest first. */
  private static int compareGroupVersions(String a, String b) {
    int slashA = a.lastIndexOf('/');
    int slashB = b.lastIndexOf('/');
    int groups = a.substring(0, slashA).compareTo(b.substring(0, slashB));
    if (groups != 0) {
      return groups;
    }
    return compareVersions(a.substring(slashA + 1), b.substring(slashB + 1));
  }

  static int compareVersions(String a, String b) {
    Matcher ma = VERSION.matcher(a);
    Matcher mb = VERSION.matcher(b);
    if (!ma.matches() || !mb.matches()) {
      return ma.matches() ? -1 : mb.matches() ? 1 : a.compareTo(b);
    }
    int stability = Integer.compare(stability(mb.group(2)), stability(ma.group(2)));
    if (stability != 0) {
      return stability;
    }
    int major = Integer.compare(Integer.parseInt(mb.group(1)), Integer.parseInt(ma.group(1)));
    if (major != 0 || ma.group(3) == null) {
      return major;
    }
    return Integer.compare(Integer.parseInt(mb.group(3)), Integer.parseInt(ma.group(3)));
  }

  private static int stability(String level) {
    return level == null ? 2 : level.equals("beta") ? 1 : 0;
  }
}
