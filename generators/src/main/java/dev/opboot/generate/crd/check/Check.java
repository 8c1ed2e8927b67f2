package dev.opboot.generate.crd.check;

/**
 * Every check {@link CrdValidator} applies to a CRD, in one table: what it checks and the message
 * kube-apiserver 1.32 answers when a CRD breaks it (from apiextensions-apiserver's validation and
 * structural-schema packages), so a reader can find the server's rule behind each op-boot error.
 * Rows whose server message is empty are op-boot's own advice: the server accepts the CRD, so they
 * are warnings.
 */
public enum Check {
  // --- the CRD's names and scope ---
  NAME_MATCHES("metadata.name is <plural>.<group>", "must be spec.names.plural+\".\"+spec.group"),
  GROUP_DNS("spec.group is a DNS subdomain", "a lowercase RFC 1123 subdomain must consist of"),
  GROUP_DOT("spec.group has a dot", "should be a domain with at least one dot"),
  NAMES_REQUIRED("plural, singular, kind and listKind are set", "Required value"),
  NAME_DNS_LABEL(
      "plural, singular, shortNames and categories are DNS-1035 labels",
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-'"),
  KIND_SYNTAX(
      "kind and listKind are DNS-1035 labels but for case",
      "may have mixed case, but should otherwise match"),
  KIND_NOT_LIST_KIND("kind and listKind differ", "kind and listKind may not be the same"),
  SCOPE("spec.scope is Namespaced or Cluster", "Unsupported value"),

  // --- versions ---
  VERSIONS_PRESENT(
      "at least one version", "must have exactly one version marked as storage version"),
  VERSION_NAME("version names are DNS-1035 labels", "a DNS-1035 label must consist of"),
  VERSION_UNIQUE("version names are unique", "must contain unique version names"),
  ONE_STORAGE(
      "exactly one storage version", "must have exactly one version marked as storage version"),
  SCHEMA_REQUIRED("every version has a schema", "schemas are required"),
  DEPRECATION_WARNING(
      "a deprecation warning is at most 256 printable ASCII characters",
      "must be <= 256 characters long"),

  // --- subresources, printer columns, selectable fields ---
  SCALE_SPEC_PATH(
      "specReplicasPath is a JSON path under .spec", "should be a json path under .spec"),
  SCALE_STATUS_PATH(
      "statusReplicasPath is a JSON path under .status", "should be a json path under .status"),
  SCALE_SELECTOR_PATH(
      "labelSelectorPath is a JSON path under .spec or .status",
      "should be a json path under either .spec or .status"),
  COLUMN_NAME("a printer column has a name", "Required value"),
  COLUMN_TYPE(
      "a printer column's type is integer, number, string, boolean or date", "must be one of"),
  COLUMN_FORMAT(
      "a printer column's format is int32, int64, float, double, byte, date, date-time or password",
      "must be one of"),
  COLUMN_PATH("a printer column's jsonPath is a JSONPath", "Required value"),
  COLUMN_RESOLVES("a printer column's jsonPath names a property of the schema", ""),
  SELECTABLE_PATH(
      "a selectable field is a simple JSON path to a property",
      "is an invalid path: must be a simple json path starting with ."),
  SELECTABLE_METADATA(
      "a selectable field is not in metadata", "must not point to fields in metadata"),
  SELECTABLE_TYPE(
      "a selectable field is a string, boolean or integer",
      "must point to a field of type string, boolean or integer"),
  SELECTABLE_UNIQUE("selectable fields are unique", "Duplicate value"),
  SELECTABLE_COUNT("at most 8 selectable fields", "Too many"),

  // --- the schema's root ---
  ROOT_OBJECT("the root schema is of type object", "must be object at the root"),
  ROOT_NOT_NULLABLE("the root schema is not nullable", "nullable cannot be true at the root"),
  ROOT_WITH_STATUS(
      "with the status subresource, the root uses only keywords that survive extracting status",
      "fields are allowed at the root of the schema if the status subresource is enabled"),
  ROOT_METADATA(
      "the root metadata says nothing but type: object (and name/generateName)",
      "must not specify anything other than name and generateName, but metadata is implicitly"
          + " specified"),
  RESOURCE_META_TYPES(
      "apiVersion and kind are strings and metadata an object, at the root and in embedded"
          + " resources",
      "must be string"),
  DEFAULT_IN_META(
      "no default in the root apiVersion, kind or metadata", "must not be set in top-level"),

  // --- structural schema ---
  TYPE_REQUIRED(
      "every node has a type, unless it preserves unknown fields or is int-or-string",
      "must not be empty for specified object fields"),
  TYPE_KNOWN("type is one of array, boolean, integer, number, object, string", "Unsupported value"),
  ARRAY_ITEMS("an array has items", "items: Required value: must be specified"),
  ITEMS_SINGLE("items is one schema, not a list", "items must be a schema object and not an array"),
  PROPERTIES_OR_ADDITIONAL(
      "properties and additionalProperties are not both set",
      "additionalProperties and properties are mutual exclusive"),
  ADDITIONAL_NOT_AT_ROOT("no additionalProperties at the root", "must not be used at the root"),
  UNSUPPORTED_KEYWORD(
      "no id, $ref, definitions, dependencies, patternProperties or additionalItems",
      "is not supported"),
  UNIQUE_ITEMS("uniqueItems is not true", "uniqueItems cannot be set to true"),
  PRESERVE_TRUE(
      "x-kubernetes-preserve-unknown-fields is true or absent", "must be true or undefined"),
  VALUE_VALIDATION_ONLY(
      "anyOf, allOf, oneOf and not hold only value validations (no type, description, default,"
          + " nullable, additionalProperties or x-kubernetes-*)",
      "must be empty to be structural"),
  VALUE_VALIDATION_METADATA(
      "anyOf, allOf, oneOf and not say nothing about metadata",
      "must not be specified in a nested context"),
  PATTERN_RE2("a pattern compiles with Go's RE2", "must be a valid regular expression"),
  INT_OR_STRING(
      "x-kubernetes-int-or-string has no type and neither preserves unknown fields nor embeds a"
          + " resource",
      "must be false if x-kubernetes-int-or-string is true"),
  EMBEDDED_OBJECT(
      "x-kubernetes-embedded-resource is on an object with properties or preserving unknown fields",
      "must be object if x-kubernetes-embedded-resource is true"),
  EMBEDDED_NOT_IN_META(
      "x-kubernetes-embedded-resource is not inside resource metadata",
      "must not be used inside of resource meta"),
  MAP_TYPE("x-kubernetes-map-type is atomic or granular, on an object", "must be object if"),
  LIST_TYPE("x-kubernetes-list-type is atomic, set or map, on an array", "must be array if"),
  LIST_SET_ITEMS(
      "the items of a set are scalars or atomic", "must be atomic as item of a list with"),
  LIST_MAP_KEYS(
      "a list of type map names its keys, each a required (or defaulted), non-nullable, scalar"
          + " property of its object items",
      "must be map if x-kubernetes-list-map-keys is non-empty"),
  LIST_ITEMS_NOT_NULLABLE(
      "the items of a set or map list are not nullable", "cannot be nullable when"),

  // --- defaults and enums ---
  DEFAULT_VALID("a default is valid against its own schema", "Invalid value"),
  DEFAULT_PRUNED("a default has no fields its schema would prune", "must not have unknown fields"),
  ENUM_TYPE("enum values are of the schema's type and within its bounds", ""),

  // --- x-kubernetes-validations ---
  RULE_FIELDS(
      "a rule is set; message and fieldPath, when set, are non-empty single lines; reason is"
          + " known",
      "rule is not specified"),
  RULE_NOT_NESTED(
      "rules appear only on the schema or in allOf, not in anyOf, oneOf or not",
      "must be empty to be structural"),
  CEL_COMPILES("a rule parses and type-checks against its schema", "compilation failed"),
  CEL_MESSAGE_EXPRESSION(
      "a messageExpression compiles and returns a string", "messageExpression compilation failed"),
  CEL_OLD_SELF_CORRELATABLE(
      "oldSelf is used only where old and new values correlate (not under atomic lists or sets)",
      "oldSelf cannot be used on the uncorrelatable portion of the schema"),
  CEL_OPTIONAL_OLD_SELF(
      "optionalOldSelf only on a transition rule (one that uses oldSelf)",
      "may not be set if oldSelf is not used in rule"),
  CEL_COST(
      "a rule iterating a list, map or string is bounded by maxItems / maxProperties / maxLength",
      "estimated rule cost exceeds budget");

  private final String description;
  private final String serverMessage;

  Check(String description, String serverMessage) {
    this.description = description;
    this.serverMessage = serverMessage;
  }

  /** What a CRD must satisfy. */
  public String description() {
    return description;
  }

  /** What kube-apiserver says when a CRD breaks the check; empty when it accepts the CRD. */
  public String serverMessage() {
    return serverMessage;
  }

  /**
   * Whether the API server refuses a CRD that breaks this check. Checks it does not enforce are
   * warnings: the CRD works but is likely not what was meant (or is refused for cost only at
   * scale).
   */
  public boolean refusedByServer() {
    return !serverMessage.isEmpty() && this != CEL_COST;
  }

  /** The check's id as written in messages: {@code list-map-keys}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
