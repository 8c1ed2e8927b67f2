package dev.opboot.generate.schema;

import static dev.opboot.generate.schema.AnnotationRule.Phase.CONSTRAINT;
import static dev.opboot.generate.schema.AnnotationRule.Phase.DOC;
import static dev.opboot.generate.schema.AnnotationRule.Phase.NAME;
import static dev.opboot.generate.schema.AnnotationRule.Phase.RESOURCE;
import static dev.opboot.generate.schema.AnnotationRule.Phase.SHAPE;
import static dev.opboot.generate.schema.AnnotationRule.Site.CLASS;
import static dev.opboot.generate.schema.AnnotationRule.Site.PACKAGE;
import static dev.opboot.generate.schema.AnnotationRule.Site.PROPERTY;
import static dev.opboot.generate.schema.AnnotationRule.Site.TYPE_USE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.generate.problem.GeneratorException;
import dev.opboot.generate.schema.AnnotationRule.Effect;
import dev.opboot.generate.schema.AnnotationRule.Phase;
import dev.opboot.generate.schema.AnnotationRule.Site;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every annotation op-boot understands, each defined once: Jackson's, Bean Validation's, fabric8's
 * and op-boot's own. The schema builder asks this table and names no annotation itself, so
 * honouring a new annotation is adding one entry here, plus its test. Where an import writes the
 * annotation, the entry also says how (its {@link AnnotationRule.Inverse}): the importer reads its
 * keyword table from the registry it is given, so the two directions are defined side by side.
 *
 * <p>Rules apply phase by phase ({@link Phase}) and, within a phase, in the order of this table.
 */
public final class AnnotationRegistry {
  public static final String JACKSON = "com.fasterxml.jackson.annotation.";
  public static final String JAKARTA = "jakarta.validation.constraints.";
  public static final String FABRIC8_GEN = "io.fabric8.generator.annotation.";
  public static final String FABRIC8_CRD = "io.fabric8.crd.generator.annotation.";
  public static final String FABRIC8_MODEL = "io.fabric8.kubernetes.model.annotation.";
  public static final String OP_BOOT = "dev.opboot.annotations.";

  private static final Set<Site> ON_PROPERTY = EnumSet.of(PROPERTY);
  private static final Set<Site> ON_VALUE = EnumSet.of(PROPERTY, TYPE_USE);
  private static final Set<Site> ON_PROPERTY_OR_CLASS = EnumSet.of(PROPERTY, CLASS);
  private static final Set<Site> ON_RESOURCE = EnumSet.of(Site.RESOURCE);
  private static final Set<Site> ON_CLASS_OR_PACKAGE = EnumSet.of(CLASS, PACKAGE);
  private static final Set<Site> ON_CLASS = EnumSet.of(CLASS);

  private static final AnnotationRegistry DEFAULT = new AnnotationRegistry(defaultRules());

  private final List<AnnotationRule> rules;

  public AnnotationRegistry(List<AnnotationRule> rules) {
    List<AnnotationRule> ordered = new ArrayList<>(rules);
    ordered.sort(Comparator.comparing(AnnotationRule::phase)); // stable: table order within a phase
    this.rules = List.copyOf(ordered);
  }

  /** The registry of everything op-boot understands. */
  public static AnnotationRegistry defaults() {
    return DEFAULT;
  }

  /** Every rule, in the order they apply: phase by phase, and within a phase in table order. */
  public List<AnnotationRule> rules() {
    return rules;
  }

  /** The rules for annotations at {@code site}, in the order they apply. */
  public List<AnnotationRule> rules(Site site) {
    return rules.stream().filter(r -> r.sites().contains(site)).toList();
  }

  /** The rules of one phase at {@code site}, in order. */
  public List<AnnotationRule> rules(Site site, Phase phase) {
    return rules.stream().filter(r -> r.sites().contains(site) && r.phase() == phase).toList();
  }

  /** Whether {@code annotation} is known at {@code site}. */
  public boolean knows(String annotation, Site site) {
    return rules.stream()
        .anyMatch(r -> r.annotation().equals(annotation) && r.sites().contains(site));
  }

  private static List<AnnotationRule> defaultRules() {
    List<AnnotationRule> t = new ArrayList<>();

    // --- the resource class: names, scope, versions (fabric8 model annotations) ---
    t.add(
        rule(
            FABRIC8_MODEL + "Group",
            ON_RESOURCE,
            NAME,
            (a, s) -> s.resource().group = a.string("value")));
    t.add(
        rule(
            FABRIC8_MODEL + "Version",
            ON_RESOURCE,
            NAME,
            (a, s) -> {
              ResourceFacts r = s.resource();
              r.version = a.string("value");
              r.storage = a.bool("storage");
              r.served = a.bool("served");
              r.deprecated = a.bool("deprecated");
              String warning = a.string("deprecationWarning");
              r.deprecationWarning = warning == null || warning.isEmpty() ? null : warning;
            }));
    t.add(
        rule(
            FABRIC8_MODEL + "Kind",
            ON_RESOURCE,
            NAME,
            (a, s) -> s.resource().kind = a.string("value")));
    t.add(
        rule(
            FABRIC8_MODEL + "Plural",
            ON_RESOURCE,
            NAME,
            (a, s) -> s.resource().plural = a.string("value")));
    t.add(
        rule(
            FABRIC8_MODEL + "Singular",
            ON_RESOURCE,
            NAME,
            (a, s) -> s.resource().singular = a.string("value")));
    t.add(
        rule(
            FABRIC8_MODEL + "ShortNames",
            ON_RESOURCE,
            NAME,
            (a, s) -> s.resource().shortNames.addAll(a.strings("value"))));
    t.add(
        rule(
            FABRIC8_MODEL + "Categories",
            ON_RESOURCE,
            NAME,
            (a, s) -> s.resource().categories.addAll(a.strings("value"))));
    t.add(rule(OP_BOOT + "SkipVersion", ON_RESOURCE, NAME, (a, s) -> s.resource().skipped = true));
    t.add(rule(OP_BOOT + "External", ON_RESOURCE, NAME, (a, s) -> s.resource().external = true));
    t.add(
        rule(
            OP_BOOT + "NoStatusSubresource",
            ON_RESOURCE,
            NAME,
            (a, s) -> s.resource().noStatusSubresource = true));
    t.add(
        rule(
            OP_BOOT + "ConversionWebhook",
            ON_RESOURCE,
            NAME,
            (a, s) -> s.resource().conversion = ConversionWebhooks.read(a)));
    t.add(rule(FABRIC8_CRD + "SchemaSwap", ON_RESOURCE, NAME, AnnotationRegistry::schemaSwap));
    t.add(
        rule(
            FABRIC8_CRD + "SchemaSwaps",
            ON_RESOURCE,
            NAME,
            (a, s) -> {
              for (AnnotationValues swap : a.annotations("value")) {
                schemaSwap(swap, s);
              }
            }));
    t.add(
        rule(
            FABRIC8_CRD + "Annotations",
            ON_RESOURCE,
            NAME,
            (a, s) -> keyValues(a, s.resource().annotations)));
    t.add(
        rule(
            FABRIC8_CRD + "Labels",
            ON_RESOURCE,
            NAME,
            (a, s) -> keyValues(a, s.resource().labels)));
    t.add(
        rule(
            FABRIC8_CRD + "AdditionalPrinterColumn",
            ON_RESOURCE,
            RESOURCE,
            AnnotationRegistry::additionalPrinterColumn));
    t.add(
        rule(
            FABRIC8_CRD + "AdditionalPrinterColumns",
            ON_RESOURCE,
            RESOURCE,
            (a, s) -> {
              for (AnnotationValues column : a.annotations("value")) {
                additionalPrinterColumn(column, s);
              }
            }));
    t.add(
        rule(
            FABRIC8_CRD + "AdditionalSelectableField",
            ON_RESOURCE,
            RESOURCE,
            (a, s) -> s.resource().selectableFields.add(a.string("jsonPath"))));
    t.add(
        rule(
            FABRIC8_CRD + "AdditionalSelectableFields",
            ON_RESOURCE,
            RESOURCE,
            (a, s) -> {
              for (AnnotationValues field : a.annotations("value")) {
                s.resource().selectableFields.add(field.string("jsonPath"));
              }
            }));

    // --- defaults for required-ness of a class's or package's properties ---
    t.add(
        rule(
            OP_BOOT + "RequiredByDefault",
            ON_CLASS_OR_PACKAGE,
            NAME,
            (a, s) -> s.classFacts().requiredByDefault(true)));
    t.add(
        rule(
            OP_BOOT + "OptionalByDefault",
            ON_CLASS_OR_PACKAGE,
            NAME,
            (a, s) -> s.classFacts().requiredByDefault(false)));

    // --- naming and inclusion of properties ---
    t.add(
        rule(
            JACKSON + "JsonProperty",
            ON_PROPERTY,
            NAME,
            (a, s) -> {
              String name = a.string("value");
              if (name != null && !name.isEmpty()) {
                s.property().jsonName = name;
              }
              if (a.bool("required")) {
                s.property().required = true;
              }
            }));
    t.add(
        rule(
            JACKSON + "JsonIgnore",
            EnumSet.of(PROPERTY, Site.ENUM_CONSTANT),
            NAME,
            (a, s) -> s.property().ignored = a.bool("value")));
    t.add(
        rule(
            JACKSON + "JsonProperty",
            EnumSet.of(Site.ENUM_CONSTANT),
            NAME,
            (a, s) -> {
              if (a.has("value")) {
                s.property().jsonName = a.string("value");
              }
            }));
    t.add(
        rule(
            JACKSON + "JsonFormat",
            EnumSet.of(PROPERTY, CLASS),
            SHAPE,
            (a, s) -> JsonFormatShapes.apply(a, s)));
    t.add(
        rule(
            JACKSON + "JsonIgnoreProperties",
            ON_CLASS,
            NAME,
            (a, s) -> IgnoredProperties.onClass(a, s)));
    t.add(
        rule(
            JACKSON + "JsonIgnoreProperties",
            ON_PROPERTY,
            SHAPE,
            (a, s) -> IgnoredProperties.onProperty(a, s)));
    t.add(rule(JACKSON + "JsonTypeInfo", ON_CLASS, NAME, Polymorphism::typeInfo));
    t.add(rule(JACKSON + "JsonSubTypes", ON_CLASS, SHAPE, Polymorphism::subTypes));
    for (String rename : List.of("JsonGetter", "JsonSetter")) {
      t.add(
          rule(
              JACKSON + rename,
              ON_PROPERTY,
              NAME,
              (a, s) -> {
                String name = a.string("value");
                if (name != null && !name.isEmpty()) {
                  s.property().jsonName = name;
                }
              }));
    }
    t.add(
        rule(
            JACKSON + "JsonUnwrapped",
            ON_PROPERTY,
            NAME,
            (a, s) -> {
              s.property().unwrapped = a.bool("enabled");
              s.property().unwrapPrefix = a.string("prefix");
              s.property().unwrapSuffix = a.string("suffix");
            }));
    t.add(rule(JACKSON + "JsonAnySetter", ON_PROPERTY, NAME, AnnotationRegistry::anyProperties));
    t.add(rule(JACKSON + "JsonAnyGetter", ON_PROPERTY, NAME, AnnotationRegistry::anyProperties));
    t.add(
        rule(FABRIC8_GEN + "Required", ON_PROPERTY, NAME, (a, s) -> s.property().required = true));
    t.add(rule(JAKARTA + "NotNull", ON_PROPERTY, NAME, (a, s) -> s.property().required = true));
    t.add(rule(JAKARTA + "NotBlank", ON_PROPERTY, NAME, (a, s) -> s.property().required = true));
    t.add(rule(JAKARTA + "NotEmpty", ON_PROPERTY, NAME, (a, s) -> s.property().required = true));
    t.add(rule(OP_BOOT + "Optional", ON_PROPERTY, NAME, (a, s) -> s.property().optional = true));
    // a Kubernetes template the operator fills in: its required fields are the operator's to set
    t.add(
        rule(
            OP_BOOT + "RelaxRequired",
            ON_PROPERTY,
            NAME,
            (a, s) -> s.property().relaxRequired = true));

    // --- the shape of the schema ---
    t.add(
        rule(
            FABRIC8_CRD + "SchemaFrom",
            ON_PROPERTY,
            SHAPE,
            (a, s) -> s.replaceSchema(s.schemaOf(a.type("type")))));
    t.add(
        rule(
            OP_BOOT + "Schemaless",
            ON_PROPERTY,
            SHAPE,
            (a, s) -> s.replaceSchema(JsonSchema.empty())));
    t.add(
        rule(
                FABRIC8_CRD + "PreserveUnknownFields",
                ON_PROPERTY_OR_CLASS,
                SHAPE,
                (a, s) -> s.schema().preserveUnknownFields(true))
            .readFrom(
                List.of(JsonSchema.PRESERVE_UNKNOWN),
                ON_PROPERTY_OR_CLASS,
                (s, site) -> List.of(JavaAnnotation.of(FABRIC8_CRD + "PreserveUnknownFields"))));
    t.add(
        rule(
            OP_BOOT + "IntOrString",
            ON_PROPERTY,
            SHAPE,
            (a, s) -> {
              // on a String: what controller-gen writes for +kubebuilder:validation:XIntOrString
              // on a Go string; otherwise the anyOf of fabric8's IntOrString
              if ("string".equals(s.schema().type())) {
                s.schema().intOrString(true);
              } else {
                s.replaceSchema(Schemas.intOrString());
              }
            }));
    t.add(
        rule(
                OP_BOOT + "EmbeddedResource",
                ON_PROPERTY,
                SHAPE,
                (a, s) -> {
                  s.schema().embeddedResource(true);
                  if (s.schema().type() == null) {
                    s.schema().type("object");
                  }
                })
            .readFrom(
                List.of(JsonSchema.EMBEDDED_RESOURCE),
                ON_PROPERTY,
                (s, site) -> List.of(JavaAnnotation.of(OP_BOOT + "EmbeddedResource"))));

    // --- bounds on numbers ---
    t.add(
        rule(
                FABRIC8_GEN + "Min",
                ON_VALUE,
                CONSTRAINT,
                (a, s) -> minimum(a, s, Schemas.decimal(a.number("value")), !a.bool("inclusive")))
            .readFrom(
                List.of("minimum", "exclusiveMinimum"),
                ON_VALUE,
                (s, site) ->
                    List.of(
                        ReadBack.bound(FABRIC8_GEN + "Min", s, "minimum", "exclusiveMinimum"))));
    t.add(
        rule(
                FABRIC8_GEN + "Max",
                ON_VALUE,
                CONSTRAINT,
                (a, s) -> maximum(a, s, Schemas.decimal(a.number("value")), !a.bool("inclusive")))
            .readFrom(
                List.of("maximum", "exclusiveMaximum"),
                ON_VALUE,
                (s, site) ->
                    List.of(
                        ReadBack.bound(FABRIC8_GEN + "Max", s, "maximum", "exclusiveMaximum"))));
    t.add(
        rule(
            JAKARTA + "Min",
            ON_VALUE,
            CONSTRAINT,
            (a, s) -> minimum(a, s, Schemas.decimal(a.number("value")), false)));
    t.add(
        rule(
            JAKARTA + "Max",
            ON_VALUE,
            CONSTRAINT,
            (a, s) -> maximum(a, s, Schemas.decimal(a.number("value")), false)));
    t.add(
        rule(
            JAKARTA + "DecimalMin",
            ON_VALUE,
            CONSTRAINT,
            (a, s) -> minimum(a, s, decimal(a), !a.bool("inclusive"))));
    t.add(
        rule(
            JAKARTA + "DecimalMax",
            ON_VALUE,
            CONSTRAINT,
            (a, s) -> maximum(a, s, decimal(a), !a.bool("inclusive"))));
    t.add(
        rule(
            JAKARTA + "Positive",
            ON_VALUE,
            CONSTRAINT,
            (a, s) -> minimum(a, s, BigDecimal.ZERO, true)));
    t.add(
        rule(
            JAKARTA + "PositiveOrZero",
            ON_VALUE,
            CONSTRAINT,
            (a, s) -> minimum(a, s, BigDecimal.ZERO, false)));
    t.add(
        rule(
            JAKARTA + "Negative",
            ON_VALUE,
            CONSTRAINT,
            (a, s) -> maximum(a, s, BigDecimal.ZERO, true)));
    t.add(
        rule(
            JAKARTA + "NegativeOrZero",
            ON_VALUE,
            CONSTRAINT,
            (a, s) -> maximum(a, s, BigDecimal.ZERO, false)));
    t.add(
        rule(
                OP_BOOT + "MultipleOf",
                ON_VALUE,
                CONSTRAINT,
                (a, s) -> {
                  requireNumeric(a, s);
                  s.schema().multipleOf(Schemas.decimal(a.number("value")));
                })
            .readFrom(
                List.of("multipleOf"),
                ON_VALUE,
                (s, site) ->
                    List.of(
                        JavaAnnotation.of(
                            OP_BOOT + "MultipleOf",
                            ReadBack.exactDouble(s.get("multipleOf"), "multipleOf")))));

    // --- strings ---
    t.add(
        rule(
                FABRIC8_GEN + "Pattern",
                ON_VALUE,
                CONSTRAINT,
                (a, s) -> pattern(a, s, a.string("value")))
            .readFrom(
                List.of("pattern"),
                ON_VALUE,
                (s, site) ->
                    List.of(
                        JavaAnnotation.of(FABRIC8_GEN + "Pattern", s.get("pattern").asText()))));
    t.add(
        rule(
            JAKARTA + "Pattern",
            ON_VALUE,
            CONSTRAINT,
            (a, s) -> pattern(a, s, a.string("regexp"))));
    t.add(rule(JAKARTA + "Email", ON_VALUE, CONSTRAINT, (a, s) -> s.schema().format("email")));
    t.add(
        rule(
                OP_BOOT + "Format",
                ON_VALUE,
                CONSTRAINT,
                (a, s) -> s.schema().format(a.string("value")))
            .readFrom(
                List.of("format"),
                ON_VALUE,
                (s, site) ->
                    List.of(JavaAnnotation.of(OP_BOOT + "Format", s.get("format").asText()))));
    t.add(
        rule(OP_BOOT + "Enum", ON_VALUE, CONSTRAINT, AnnotationRegistry::enumValues)
            .readFrom(
                List.of("enum"),
                ON_VALUE,
                (s, site) ->
                    List.of(JavaAnnotation.of(OP_BOOT + "Enum", AnnotationTexts.enumTexts(s)))));
    t.add(
        rule(
            JAKARTA + "NotBlank",
            ON_VALUE,
            CONSTRAINT,
            (a, s) -> {
              if (s.schema().minLength() == null) {
                s.schema().minLength(1L);
              }
              if (s.schema().pattern() == null) {
                s.schema().pattern("\\S");
              }
            }));

    // --- sizes of strings, lists and maps ---
    t.add(
        rule(FABRIC8_GEN + "Size", ON_VALUE, CONSTRAINT, AnnotationRegistry::size)
            .readFrom(
                List.of("minLength", "maxLength"),
                ON_VALUE,
                (s, site) -> List.of(ReadBack.size(s, "minLength", "maxLength")))
            .readFrom(
                List.of("minItems", "maxItems"),
                ON_VALUE,
                (s, site) -> List.of(ReadBack.size(s, "minItems", "maxItems")))
            .readFrom(
                List.of("minProperties", "maxProperties"),
                ON_VALUE,
                (s, site) -> site != CLASS,
                (s, site) -> List.of(ReadBack.size(s, "minProperties", "maxProperties"))));
    t.add(rule(JAKARTA + "Size", ON_VALUE, CONSTRAINT, AnnotationRegistry::size));
    t.add(rule(JAKARTA + "NotEmpty", ON_VALUE, CONSTRAINT, AnnotationRegistry::notEmpty));
    t.add(
        rule(
                OP_BOOT + "MinProperties",
                ON_PROPERTY_OR_CLASS,
                CONSTRAINT,
                (a, s) -> s.schema().minProperties(a.number("value").longValue()))
            .readFrom(
                List.of("minProperties"),
                ON_CLASS,
                (s, site) -> site == CLASS,
                (s, site) ->
                    List.of(
                        JavaAnnotation.of(
                            OP_BOOT + "MinProperties", s.get("minProperties").longValue()))));
    t.add(
        rule(
                OP_BOOT + "MaxProperties",
                ON_PROPERTY_OR_CLASS,
                CONSTRAINT,
                (a, s) -> s.schema().maxProperties(a.number("value").longValue()))
            .readFrom(
                List.of("maxProperties"),
                ON_CLASS,
                (s, site) -> site == CLASS,
                (s, site) ->
                    List.of(
                        JavaAnnotation.of(
                            OP_BOOT + "MaxProperties", s.get("maxProperties").longValue()))));
    // Kubernetes refuses uniqueItems: true in a CRD (quadratic cost); a set list is what it
    // enforces instead
    t.add(
        rule(
                OP_BOOT + "UniqueItems",
                ON_PROPERTY,
                CONSTRAINT,
                (a, s) -> {
                  requireType(a, s, "array", "a list or array");
                  JsonSchema items = s.schema().items();
                  if (items == null
                      || !(items.isType("string")
                          || items.isType("integer")
                          || items.isType("number")
                          || items.isType("boolean"))) {
                    throw fail(
                        a,
                        "needs scalar items: Kubernetes refuses uniqueItems in a CRD, so op-boot makes the list a"
                            + " set (x-kubernetes-list-type: set), which holds only scalars. For objects, use @ListMapKeys");
                  }
                  s.schema().listType("set");
                })
            .readFrom(
                List.of("uniqueItems"),
                ON_PROPERTY,
                (s, site) -> List.of(JavaAnnotation.of(OP_BOOT + "UniqueItems"))));

    // --- how server-side apply merges ---
    t.add(
        rule(
                OP_BOOT + "ListType",
                ON_PROPERTY,
                CONSTRAINT,
                (a, s) -> {
                  requireType(a, s, "array", "a list or array");
                  s.schema().listType(a.enumConstant("value").toLowerCase(Locale.ROOT));
                })
            .readFrom(
                List.of(JsonSchema.LIST_TYPE),
                ON_PROPERTY,
                (s, site) -> !s.has(JsonSchema.LIST_MAP_KEYS),
                (s, site) ->
                    List.of(JavaAnnotation.of(OP_BOOT + "ListType", ReadBack.listKind(s)))));
    t.add(
        rule(
                OP_BOOT + "ListMapKeys",
                ON_PROPERTY,
                CONSTRAINT,
                (a, s) -> {
                  requireType(a, s, "array", "a list or array");
                  s.schema().listType("map").listMapKeys(a.strings("value"));
                })
            .readFrom(
                List.of(JsonSchema.LIST_TYPE, JsonSchema.LIST_MAP_KEYS),
                ON_PROPERTY,
                (s, site) -> s.has(JsonSchema.LIST_MAP_KEYS),
                (s, site) -> ReadBack.listMapKeys(s)));
    t.add(
        rule(
                OP_BOOT + "MapType",
                ON_PROPERTY,
                CONSTRAINT,
                (a, s) -> {
                  if (!s.schema().isMap()) {
                    throw fail(a, "applies to a Map property; this property is not a map");
                  }
                  s.schema().mapType(a.enumConstant("value").toLowerCase(Locale.ROOT));
                })
            .readFrom(
                List.of(JsonSchema.MAP_TYPE),
                ON_PROPERTY,
                (s, site) -> s.has("additionalProperties"),
                (s, site) -> List.of(JavaAnnotation.of(OP_BOOT + "MapType", ReadBack.mapKind(s)))));
    t.add(
        rule(
                OP_BOOT + "StructType",
                ON_PROPERTY_OR_CLASS,
                CONSTRAINT,
                (a, s) -> {
                  requireType(a, s, "object", "an object");
                  s.schema().mapType(a.enumConstant("value").toLowerCase(Locale.ROOT));
                })
            .readFrom(
                List.of(JsonSchema.MAP_TYPE),
                ON_PROPERTY_OR_CLASS,
                (s, site) -> !s.has("additionalProperties"),
                (s, site) ->
                    List.of(JavaAnnotation.of(OP_BOOT + "StructType", ReadBack.mapKind(s)))));

    // --- documentation-like keywords ---
    t.add(
        rule(
                OP_BOOT + "Title",
                ON_PROPERTY_OR_CLASS,
                CONSTRAINT,
                (a, s) -> s.schema().title(a.string("value")))
            .readFrom(
                List.of("title"),
                ON_PROPERTY_OR_CLASS,
                (s, site) ->
                    List.of(JavaAnnotation.of(OP_BOOT + "Title", s.get("title").asText()))));
    t.add(
        rule(
                OP_BOOT + "Example",
                ON_PROPERTY_OR_CLASS,
                CONSTRAINT,
                (a, s) -> s.schema().example(Json.parse(a, a.string("value"))))
            .readFrom(
                List.of("example"),
                ON_PROPERTY_OR_CLASS,
                (s, site) ->
                    List.of(
                        JavaAnnotation.of(
                            OP_BOOT + "Example", AnnotationTexts.json(s.get("example"))))));
    t.add(
        rule(
                OP_BOOT + "ExternalDocs",
                ON_PROPERTY_OR_CLASS,
                CONSTRAINT,
                (a, s) -> {
                  String description = a.string("description");
                  s.schema()
                      .externalDocs(
                          new JsonSchema.ExternalDocs(
                              a.string("url"),
                              description == null || description.isEmpty() ? null : description));
                })
            .readFrom(
                List.of("externalDocs"),
                ON_PROPERTY_OR_CLASS,
                (s, site) -> ReadBack.externalDocs(s)));

    // --- values: nullable, defaults ---
    t.add(
        rule(FABRIC8_GEN + "Nullable", ON_PROPERTY, CONSTRAINT, (a, s) -> s.schema().nullable(true))
            .readFrom(
                List.of("nullable"),
                ON_PROPERTY,
                (s, site) -> List.of(JavaAnnotation.of(FABRIC8_GEN + "Nullable"))));
    t.add(
        rule(
                FABRIC8_GEN + "Default",
                ON_PROPERTY,
                CONSTRAINT,
                (a, s) -> s.schema().defaultValue(Defaults.parse(a, a.string("value"), s.schema())))
            .readFrom(
                List.of("default"),
                ON_PROPERTY,
                (s, site) ->
                    List.of(
                        JavaAnnotation.of(
                            FABRIC8_GEN + "Default", AnnotationTexts.defaultText(s)))));

    // --- CEL rules ---
    // read back with @Immutable and the one-of annotations, which write rules of the same list
    t.add(
        rule(
                FABRIC8_GEN + "ValidationRule",
                ON_PROPERTY_OR_CLASS,
                CONSTRAINT,
                AnnotationRegistry::validationRule)
            .readFrom(
                List.of(JsonSchema.VALIDATIONS),
                ON_PROPERTY_OR_CLASS,
                (s, site) -> ValidationRules.annotations(s.get(JsonSchema.VALIDATIONS), site)));
    t.add(
        rule(
            FABRIC8_GEN + "ValidationRules",
            ON_PROPERTY_OR_CLASS,
            CONSTRAINT,
            (a, s) -> {
              for (AnnotationValues rule : a.annotations("value")) {
                validationRule(rule, s);
              }
            }));
    t.add(
        rule(
            OP_BOOT + "Immutable",
            ON_PROPERTY,
            CONSTRAINT,
            (a, s) ->
                s.schema()
                    .addValidation(
                        Map.of("rule", "self == oldSelf", "message", a.string("message")))));
    // controller-gen v0.23's rules and order: AtMostOneOf, ExactlyOneOf, AtLeastOneOf
    t.add(
        rule(
            OP_BOOT + "AtMostOneOf",
            EnumSet.of(CLASS),
            CONSTRAINT,
            (a, s) -> oneOf(a, s, OneOf.AT_MOST)));
    t.add(
        rule(
            OP_BOOT + "AtMostOneOf.List",
            EnumSet.of(CLASS),
            CONSTRAINT,
            (a, s) -> {
              for (AnnotationValues each : a.annotations("value")) {
                oneOf(each, s, OneOf.AT_MOST);
              }
            }));
    t.add(
        rule(
            OP_BOOT + "ExactlyOneOf",
            EnumSet.of(CLASS),
            CONSTRAINT,
            (a, s) -> oneOf(a, s, OneOf.EXACTLY)));
    t.add(
        rule(
            OP_BOOT + "ExactlyOneOf.List",
            EnumSet.of(CLASS),
            CONSTRAINT,
            (a, s) -> {
              for (AnnotationValues each : a.annotations("value")) {
                oneOf(each, s, OneOf.EXACTLY);
              }
            }));
    t.add(
        rule(
            OP_BOOT + "AtLeastOneOf",
            EnumSet.of(CLASS),
            CONSTRAINT,
            (a, s) -> oneOf(a, s, OneOf.AT_LEAST)));
    t.add(
        rule(
            OP_BOOT + "AtLeastOneOf.List",
            EnumSet.of(CLASS),
            CONSTRAINT,
            (a, s) -> {
              for (AnnotationValues each : a.annotations("value")) {
                oneOf(each, s, OneOf.AT_LEAST);
              }
            }));

    // --- what a property gives the CRD ---
    t.add(
        rule(
            FABRIC8_CRD + "PrinterColumn",
            ON_PROPERTY,
            RESOURCE,
            (a, s) -> {
              String name = a.string("name");
              String jsonPath = s.jsonPath();
              if (name == null || name.isEmpty()) {
                name = s.property().jsonName().toUpperCase(Locale.ROOT);
              }
              String format = a.enumConstant("format");
              s.resource()
                  .printerColumns
                  .add(
                      new PrinterColumn(
                          name,
                          columnType(s.schema()),
                          format == null || format.equals("NONE")
                              ? null
                              : format.toLowerCase(Locale.ROOT).replace('_', '-'),
                          null,
                          jsonPath,
                          a.number("priority").intValue()));
            }));
    t.add(
        rule(
            FABRIC8_CRD + "SelectableField",
            ON_PROPERTY,
            RESOURCE,
            (a, s) -> s.resource().selectableFields.add(s.jsonPath())));
    t.add(
        rule(
            FABRIC8_MODEL + "SpecReplicas",
            ON_PROPERTY,
            RESOURCE,
            (a, s) -> s.resource().specReplicasPath = s.jsonPath()));
    t.add(
        rule(
            FABRIC8_MODEL + "StatusReplicas",
            ON_PROPERTY,
            RESOURCE,
            (a, s) -> s.resource().statusReplicasPath = s.jsonPath()));
    t.add(
        rule(
            FABRIC8_MODEL + "LabelSelector",
            ON_PROPERTY,
            RESOURCE,
            (a, s) -> s.resource().labelSelectorPath = s.jsonPath()));

    // --- descriptions given by annotation win over doc comments ---
    t.add(
        rule(
            JACKSON + "JsonPropertyDescription",
            ON_PROPERTY,
            DOC,
            (a, s) -> s.property().description = a.string("value")));
    t.add(
        rule(
            JACKSON + "JsonClassDescription",
            EnumSet.of(CLASS),
            DOC,
            (a, s) -> s.schema().description(a.string("value"))));
    return t;
  }

  private static AnnotationRule rule(
      String annotation, Set<Site> sites, Phase phase, Effect effect) {
    return new AnnotationRule(annotation, sites, phase, effect);
  }

  private static void schemaSwap(AnnotationValues a, Subject s) {
    javax.lang.model.type.TypeMirror original = a.type("originalType");
    javax.lang.model.type.TypeMirror target = a.type("targetType");
    boolean remove =
        target.getKind() == javax.lang.model.type.TypeKind.VOID
            || target.toString().equals("java.lang.Void");
    s.resource()
        .schemaSwaps
        .add(
            new ResourceFacts.SchemaSwap(
                original.toString(),
                a.string("fieldName"),
                remove ? null : target,
                a.number("depth").intValue()));
  }

  private static void anyProperties(AnnotationValues a, Subject s) {
    s.property().ignored = true;
    s.property().anyProperties = true;
  }

  private static void additionalPrinterColumn(AnnotationValues a, Subject s) {
    String format = a.enumConstant("format");
    String type = a.enumConstant("type");
    String description = a.string("getDescription");
    s.resource()
        .printerColumns
        .add(
            new PrinterColumn(
                a.string("name"),
                type == null ? "string" : type.toLowerCase(Locale.ROOT),
                format == null || format.equals("NONE")
                    ? null
                    : format.toLowerCase(Locale.ROOT).replace('_', '-'),
                description == null || description.isEmpty() ? null : description,
                a.string("jsonPath"),
                a.number("priority").intValue()));
  }

  private static void keyValues(AnnotationValues a, Map<String, String> into)
      throws GeneratorException {
    for (String pair : a.strings("value")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw fail(a, "'" + pair + "' is not key=value");
      }
      into.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
  }

  private static BigDecimal decimal(AnnotationValues a) throws GeneratorException {
    try {
      return Schemas.decimal(new BigDecimal(a.string("value")));
    } catch (NumberFormatException e) {
      throw fail(a, "'" + a.string("value") + "' is not a number");
    }
  }

  private static void minimum(AnnotationValues a, Subject s, BigDecimal value, boolean exclusive)
      throws GeneratorException {
    requireNumeric(a, s);
    s.schema().minimum(value).exclusiveMinimum(exclusive);
  }

  private static void maximum(AnnotationValues a, Subject s, BigDecimal value, boolean exclusive)
      throws GeneratorException {
    requireNumeric(a, s);
    s.schema().maximum(value).exclusiveMaximum(exclusive);
  }

  private static void pattern(AnnotationValues a, Subject s, String regex)
      throws GeneratorException {
    if (!s.schema().isType("string") && !s.schema().intOrString()) {
      throw fail(a, "applies to strings; this value is " + describe(s.schema()));
    }
    Optional<String> problem = Re2Patterns.problem(regex);
    if (problem.isPresent()) {
      throw fail(
          a,
          "the pattern is not valid for Kubernetes, which checks patterns with Go's RE2 engine: "
              + problem.get());
    }
    s.schema().pattern(regex);
  }

  private static void size(AnnotationValues a, Subject s) throws GeneratorException {
    Long min = a.has("min") ? a.number("min").longValue() : null;
    Long max = a.has("max") ? a.number("max").longValue() : null;
    JsonSchema schema = s.schema();
    if (schema.isType("string")) {
      schema.minLength(min).maxLength(max);
    } else if (schema.isType("array")) {
      schema.minItems(min).maxItems(max);
    } else if (schema.isType("object")) {
      schema.minProperties(min).maxProperties(max);
    } else {
      throw fail(a, "applies to strings, lists and maps; this value is " + describe(schema));
    }
  }

  private static void notEmpty(AnnotationValues a, Subject s) throws GeneratorException {
    JsonSchema schema = s.schema();
    if (schema.isType("string") && schema.minLength() == null) {
      schema.minLength(1L);
    } else if (schema.isType("array") && schema.minItems() == null) {
      schema.minItems(1L);
    } else if (schema.isType("object") && schema.minProperties() == null) {
      schema.minProperties(1L);
    }
  }

  private static void enumValues(AnnotationValues a, Subject s) throws GeneratorException {
    JsonSchema schema = s.schema();
    List<JsonNode> values = new ArrayList<>();
    for (String raw : a.strings("value")) {
      values.add(Defaults.parse(a, raw, schema));
    }
    schema.enumValues(values);
  }

  private static void validationRule(AnnotationValues a, Subject s) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("rule", a.string("value"));
    putIfSet(rule, "message", a.string("message"));
    putIfSet(rule, "messageExpression", a.string("messageExpression"));
    putIfSet(rule, "reason", a.string("reason"));
    putIfSet(rule, "fieldPath", a.string("fieldPath"));
    if (a.bool("optionalOldSelf")) {
      rule.put("optionalOldSelf", true);
    }
    s.schema().addValidation(rule);
  }

  /** How many of a group of properties may be set, and the CEL rule that says so. */
  private enum OneOf {
    AT_MOST("at most one of the fields in %s may be set"),
    EXACTLY("exactly one of the fields in %s must be set"),
    AT_LEAST("at least one of the fields in %s must be set");

    final String message;

    OneOf(String message) {
      this.message = message;
    }

    String rule(List<String> fields) {
      if (this == AT_LEAST) {
        return String.join("||", fields.stream().map(f -> "has(self." + f + ")").toList());
      }
      String count =
          String.join("+", fields.stream().map(f -> "(has(self." + f + ")?1:0)").toList());
      return count + (this == AT_MOST ? " <= 1" : " == 1");
    }
  }

  /**
   * The {@code x-kubernetes-validations} rule that {@code @AtMostOneOf}, {@code @ExactlyOneOf} or
   * {@code @AtLeastOneOf} (by qualified name) writes for {@code fields}, so that an import can
   * recognise one; empty for another annotation.
   */
  static Optional<Map<String, Object>> oneOfValidation(String annotation, List<String> fields) {
    OneOf kind =
        switch (annotation) {
          case OP_BOOT + "AtMostOneOf" -> OneOf.AT_MOST;
          case OP_BOOT + "ExactlyOneOf" -> OneOf.EXACTLY;
          case OP_BOOT + "AtLeastOneOf" -> OneOf.AT_LEAST;
          default -> null;
        };
    return kind == null ? Optional.empty() : Optional.of(oneOfRule(kind, fields));
  }

  private static Map<String, Object> oneOfRule(OneOf kind, List<String> fields) {
    return Map.of(
        "rule",
        kind.rule(fields),
        "message",
        String.format(Locale.ROOT, kind.message, "[" + String.join(" ", fields) + "]"));
  }

  private static void oneOf(AnnotationValues a, Subject s, OneOf kind) {
    s.schema().addValidation(oneOfRule(kind, a.strings("value")));
  }

  private static void putIfSet(Map<String, Object> map, String key, String value) {
    if (value != null && !value.isEmpty()) {
      map.put(key, value);
    }
  }

  /** A printer column's type for a property: its schema type, {@code date} for date-times. */
  private static String columnType(JsonSchema schema) {
    if ("date-time".equals(schema.format()) || "date".equals(schema.format())) {
      return "date";
    }
    return schema.type() != null ? schema.type() : "string";
  }

  private static void requireNumeric(AnnotationValues a, Subject s) throws GeneratorException {
    if (!s.schema().isNumeric()) {
      throw fail(a, "applies to numbers; this value is " + describe(s.schema()));
    }
  }

  private static void requireType(AnnotationValues a, Subject s, String type, String what)
      throws GeneratorException {
    if (!s.schema().isType(type)) {
      throw fail(a, "applies to " + what + "; this value is " + describe(s.schema()));
    }
  }

  static String describe(JsonSchema schema) {
    if (schema.intOrString()) {
      return "an int-or-string";
    }
    if (schema.isMap()) {
      return "a map";
    }
    return schema.type() == null ? "untyped" : "of type " + schema.type();
  }

  static GeneratorException fail(AnnotationValues a, String message) {
    return new GeneratorException(a.location(), a.source() + " " + message + ".");
  }
}
