package dev.opboot.generate.crd.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per row of {@link Check}: a valid CRD, changed in one place so that it breaks the row,
 * must produce a finding of that row (and the unchanged CRD none at all).
 */
class CrdValidatorTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final String VALID =
      """
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata: {name: widgets.example.com}
      spec:
        group: example.com
        names: {kind: Widget, listKind: WidgetList, plural: widgets, singular: widget}
        scope: Namespaced
        versions:
        - name: v1
          served: true
          storage: true
          subresources: {status: {}}
          schema:
            openAPIV3Schema:
              type: object
              properties:
                apiVersion: {type: string}
                kind: {type: string}
                metadata: {type: object}
                spec:
                  type: object
                  properties:
                    size: {type: string, maxLength: 3}
                    items: {type: array, items: {type: string}}
                status: {type: object}
      """;

  private static final String V = "spec.versions[0]";
  private static final String ROOT = V + ".schema.openAPIV3Schema";
  private static final String SPEC = ROOT + ".properties.spec";
  private static final String SIZE = SPEC + ".properties.size";
  private static final String ITEMS = SPEC + ".properties.items";

  /** The rows, each with the change that breaks it. */
  private static final Map<Check, Consumer<ObjectNode>> BREAK = new EnumMap<>(Check.class);

  static {
    BREAK.put(Check.NAME_MATCHES, set("metadata.name", "'gadgets.example.com'"));
    BREAK.put(Check.GROUP_DNS, set("spec.group", "'Example.com'"));
    BREAK.put(Check.GROUP_DOT, set("spec.group", "'example'"));
    BREAK.put(Check.NAMES_REQUIRED, remove("spec.names", "plural"));
    BREAK.put(Check.NAME_DNS_LABEL, set("spec.names.plural", "'Widgets'"));
    BREAK.put(Check.KIND_SYNTAX, set("spec.names.kind", "'Wid_get'"));
    BREAK.put(Check.KIND_NOT_LIST_KIND, set("spec.names.listKind", "'Widget'"));
    BREAK.put(Check.SCOPE, set("spec.scope", "'Global'"));
    BREAK.put(Check.VERSIONS_PRESENT, set("spec.versions", "[]"));
    BREAK.put(Check.VERSION_NAME, set(V + ".name", "'V1'"));
    BREAK.put(
        Check.VERSION_UNIQUE,
        crd -> {
          ObjectNode copy = at(crd, V).deepCopy().put("storage", false);
          ((ArrayNode) crd.get("spec").get("versions")).add(copy);
        });
    BREAK.put(Check.ONE_STORAGE, set(V + ".storage", "false"));
    BREAK.put(Check.SCHEMA_REQUIRED, remove(V, "schema"));
    BREAK.put(
        Check.DEPRECATION_WARNING,
        set(V + ".deprecated", "true").andThen(set(V + ".deprecationWarning", "\"two\\nlines\"")));
    BREAK.put(
        Check.SCALE_SPEC_PATH,
        set(
            V + ".subresources.scale",
            "{specReplicasPath: .status.a, statusReplicasPath: .status.b}"));
    BREAK.put(
        Check.SCALE_STATUS_PATH,
        set(V + ".subresources.scale", "{specReplicasPath: .spec.a, statusReplicasPath: .spec.b}"));
    BREAK.put(
        Check.SCALE_SELECTOR_PATH,
        set(
            V + ".subresources.scale",
            "{specReplicasPath: .spec.a, statusReplicasPath: .status.b, labelSelectorPath: .c}"));
    BREAK.put(Check.COLUMN_NAME, columns("{type: string, jsonPath: .spec.size}"));
    BREAK.put(Check.COLUMN_TYPE, columns("{name: S, type: text, jsonPath: .spec.size}"));
    BREAK.put(
        Check.COLUMN_FORMAT,
        columns("{name: S, type: string, format: uuid, jsonPath: .spec.size}"));
    BREAK.put(Check.COLUMN_PATH, columns("{name: S, type: string, jsonPath: spec.size}"));
    BREAK.put(Check.COLUMN_RESOLVES, columns("{name: S, type: string, jsonPath: .spec.nothing}"));
    BREAK.put(Check.SELECTABLE_PATH, selectable(".spec.nothing"));
    BREAK.put(Check.SELECTABLE_METADATA, selectable(".metadata.name"));
    BREAK.put(Check.SELECTABLE_TYPE, selectable(".spec.items"));
    BREAK.put(Check.SELECTABLE_UNIQUE, selectable(".spec.size", ".spec.size"));
    BREAK.put(
        Check.SELECTABLE_COUNT,
        crd -> {
          for (int i = 0; i < 9; i++) {
            set(SPEC + ".properties.f" + i, "{type: string}").accept(crd);
          }
          selectable(
                  Stream.iterate(0, i -> i + 1)
                      .limit(9)
                      .map(i -> ".spec.f" + i)
                      .toArray(String[]::new))
              .accept(crd);
        });
    BREAK.put(Check.ROOT_OBJECT, set(ROOT + ".type", "'string'"));
    BREAK.put(Check.ROOT_NOT_NULLABLE, set(ROOT + ".nullable", "true"));
    BREAK.put(Check.ROOT_WITH_STATUS, set(ROOT + ".anyOf", "[{required: [spec]}]"));
    BREAK.put(Check.ROOT_METADATA, set(ROOT + ".properties.metadata.description", "'Meta.'"));
    BREAK.put(Check.RESOURCE_META_TYPES, set(ROOT + ".properties.kind.type", "'integer'"));
    BREAK.put(Check.DEFAULT_IN_META, set(ROOT + ".properties.apiVersion.default", "'v1'"));
    BREAK.put(Check.TYPE_REQUIRED, set(SPEC + ".properties.loose", "{description: Any.}"));
    BREAK.put(Check.TYPE_KNOWN, set(SIZE + ".type", "'text'"));
    BREAK.put(Check.ARRAY_ITEMS, remove(ITEMS, "items"));
    BREAK.put(Check.ITEMS_SINGLE, set(ITEMS + ".items", "[{type: string}]"));
    BREAK.put(
        Check.PROPERTIES_OR_ADDITIONAL, set(SPEC + ".additionalProperties", "{type: string}"));
    BREAK.put(Check.ADDITIONAL_NOT_AT_ROOT, set(ROOT + ".additionalProperties", "{type: string}"));
    BREAK.put(Check.UNSUPPORTED_KEYWORD, set(SIZE + ".$ref", "'#/definitions/size'"));
    BREAK.put(Check.UNIQUE_ITEMS, set(ITEMS + ".uniqueItems", "true"));
    BREAK.put(Check.PRESERVE_TRUE, set(SPEC + ".x-kubernetes-preserve-unknown-fields", "false"));
    BREAK.put(Check.VALUE_VALIDATION_ONLY, set(SPEC + ".anyOf", "[{type: object}]"));
    BREAK.put(
        Check.VALUE_VALIDATION_METADATA, set(SPEC + ".anyOf", "[{properties: {metadata: {}}}]"));
    BREAK.put(Check.PATTERN_RE2, set(SIZE + ".pattern", "'(?=a)b'"));
    BREAK.put(
        Check.INT_OR_STRING,
        set(
            SPEC + ".properties.port",
            "{x-kubernetes-int-or-string: true, x-kubernetes-preserve-unknown-fields: true}"));
    BREAK.put(
        Check.EMBEDDED_OBJECT,
        set(SPEC + ".properties.template", "{type: string, x-kubernetes-embedded-resource: true}"));
    BREAK.put(
        Check.EMBEDDED_NOT_IN_META,
        set(ROOT + ".properties.kind.x-kubernetes-embedded-resource", "true"));
    BREAK.put(Check.MAP_TYPE, set(SIZE + ".x-kubernetes-map-type", "atomic"));
    BREAK.put(Check.LIST_TYPE, set(SIZE + ".x-kubernetes-list-type", "set"));
    BREAK.put(
        Check.LIST_SET_ITEMS,
        set(
            SPEC + ".properties.pairs",
            "{type: array, x-kubernetes-list-type: set, items: {type: object, properties: {a:"
                + " {type: string}}}}"));
    BREAK.put(
        Check.LIST_MAP_KEYS,
        set(
            SPEC + ".properties.pairs",
            "{type: array, x-kubernetes-list-type: map, x-kubernetes-list-map-keys: [a], items:"
                + " {type: object, properties: {a: {type: string}}}}"));
    BREAK.put(
        Check.LIST_ITEMS_NOT_NULLABLE,
        set(ITEMS, "{x-kubernetes-list-type: set, items: {type: string, nullable: true}}"));
    BREAK.put(Check.DEFAULT_VALID, set(SIZE + ".default", "toolong"));
    BREAK.put(Check.DEFAULT_PRUNED, set(SPEC + ".default", "{unknown: 1}"));
    BREAK.put(Check.ENUM_TYPE, set(SIZE + ".enum", "[1]"));
    BREAK.put(Check.RULE_FIELDS, rules(SPEC, "{rule: 'true', reason: Bad}"));
    BREAK.put(
        Check.RULE_NOT_NESTED,
        set(SPEC + ".anyOf", "[{x-kubernetes-validations: [{rule: 'true'}]}]"));
    BREAK.put(Check.CEL_COMPILES, rules(SIZE, "{rule: 'self.size() >'}"));
    BREAK.put(Check.CEL_MESSAGE_EXPRESSION, rules(SIZE, "{rule: 'true', messageExpression: '1'}"));
    BREAK.put(
        Check.CEL_OLD_SELF_CORRELATABLE, rules(ITEMS + ".items", "{rule: 'self == oldSelf'}"));
    BREAK.put(
        Check.CEL_OPTIONAL_OLD_SELF,
        rules(SIZE, "{rule: 'self.size() > 0', optionalOldSelf: true}"));
    BREAK.put(Check.CEL_COST, rules(ITEMS, "{rule: 'self.all(x, x.matches(\"^a\"))'}"));
  }

  @Test
  void theValidCrdHasNoFinding() throws Exception {
    assertThat(CrdValidator.validate(valid())).isEmpty();
  }

  @Test
  void everyRowOfTheTableHasATest() {
    assertThat(BREAK.keySet()).isEqualTo(EnumSet.allOf(Check.class));
  }

  static Stream<Arguments> rows() {
    return BREAK.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachRowFindsItsProblem(Check check, Consumer<ObjectNode> breakIt) throws Exception {
    ObjectNode crd = valid();
    breakIt.accept(crd);
    List<Finding> findings = CrdValidator.validate(crd);
    assertThat(findings).as("%s in %s", check, crd).anyMatch(f -> f.check() == check);
    Finding finding = findings.stream().filter(f -> f.check() == check).findFirst().orElseThrow();
    assertThat(finding.message()).isNotBlank().doesNotContain("\n");
    assertThat(finding.isError()).isEqualTo(check.refusedByServer());
  }

  @Test
  void aSchemaFindingNamesTheProperty() throws Exception {
    ObjectNode crd = valid();
    set(SIZE + ".default", "toolong").accept(crd);
    Finding finding = CrdValidator.validate(crd).get(0);
    assertThat(finding.schemaPath()).isEqualTo(".spec.size");
    assertThat(finding.version()).isZero();
    assertThat(finding.path())
        .isEqualTo(
            "spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[size].default");
    assertThat(finding.message()).contains("more than maxLength 3");
  }

  @Test
  void aRuleIsTypedAgainstItsSchema() throws Exception {
    ObjectNode crd = valid();
    rules(SIZE, "{rule: 'self.nosuchfield == 1'}").accept(crd);
    rules(SPEC, "{rule: 'self.size.startsWith(\"a\") && self.items.all(i, i.matches(\"^a\"))'}")
        .accept(crd);
    List<Finding> findings = CrdValidator.validate(crd);
    assertThat(findings)
        .extracting(Finding::check)
        .containsExactlyInAnyOrder(Check.CEL_COMPILES, Check.CEL_COST);
    assertThat(findings)
        .filteredOn(f -> f.check() == Check.CEL_COMPILES)
        .singleElement()
        .satisfies(f -> assertThat(f.schemaPath()).isEqualTo(".spec.size"))
        .satisfies(f -> assertThat(f.message()).contains("nosuchfield"));
    assertThat(findings)
        .filteredOn(f -> f.check() == Check.CEL_COST)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains(".spec.items", "maxItems", "maxLength"));
  }

  // --- editing the CRD ---

  private static ObjectNode valid() throws Exception {
    return (ObjectNode) YAML.readTree(VALID);
  }

  private static Consumer<ObjectNode> columns(String column) {
    return set(V + ".additionalPrinterColumns", "[" + column + "]");
  }

  private static Consumer<ObjectNode> selectable(String... paths) {
    return crd -> {
      ArrayNode fields = at(crd, V).putArray("selectableFields");
      for (String path : paths) {
        fields.addObject().put("jsonPath", path);
      }
    };
  }

  private static Consumer<ObjectNode> rules(String schema, String rule) {
    return crd -> {
      ObjectNode node = at(crd, schema);
      ArrayNode rules =
          node.has("x-kubernetes-validations")
              ? (ArrayNode) node.get("x-kubernetes-validations")
              : node.putArray("x-kubernetes-validations");
      rules.add(yaml(rule));
    };
  }

  /** Sets the value at a dotted path (the last part a key); an object value is merged. */
  private static Consumer<ObjectNode> set(String path, String yamlValue) {
    return crd -> {
      int dot = path.lastIndexOf('.');
      ObjectNode parent = at(crd, path.substring(0, dot));
      String key = path.substring(dot + 1);
      JsonNode value = yaml(yamlValue);
      if (value.isObject() && parent.get(key) instanceof ObjectNode existing) {
        existing.setAll((ObjectNode) value);
      } else {
        parent.set(key, value);
      }
    };
  }

  private static Consumer<ObjectNode> remove(String path, String key) {
    return crd -> at(crd, path).remove(key);
  }

  private static ObjectNode at(ObjectNode crd, String path) {
    JsonNode node = crd;
    for (String part : path.split("\\.")) {
      int bracket = part.indexOf('[');
      String key = bracket < 0 ? part : part.substring(0, bracket);
      JsonNode next = node.get(key);
      if (next == null) {
        next = ((ObjectNode) node).putObject(key);
      }
      node = next;
      if (bracket >= 0) {
        node = node.get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
      }
    }
    return (ObjectNode) node;
  }

  private static JsonNode yaml(String text) {
    try {
      return YAML.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
