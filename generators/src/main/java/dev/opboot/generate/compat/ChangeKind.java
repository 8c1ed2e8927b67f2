package dev.opboot.generate.compat;

import static dev.opboot.generate.compat.Classification.BREAKING;
import static dev.opboot.generate.compat.Classification.SAFE;
import static dev.opboot.generate.compat.Classification.WARNING;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of change {@code op-boot crd diff} reports, in one table: its id (what reports print
 * and allow lists name), its classification and why. A verdict is decided here and nowhere else, so
 * the report, the allow list and the tests (one pair of CRDs per row) cannot disagree. The reasons
 * follow what the API server does with stored objects and requests: it validates every write
 * against the schema, prunes unknown fields, applies defaults when it reads from etcd, and ratchets
 * nothing that a client does not touch.
 */
public enum ChangeKind {
  CRD_REMOVED(
      "crd-removed",
      BREAKING,
      "deleting a CRD deletes every object of it, and clients of its API get 404"),
  CRD_ADDED("crd-added", SAFE, "a new API: nothing that exists depends on it"),
  SCOPE_CHANGED(
      "scope-changed",
      BREAKING,
      "the server refuses to change a CRD's scope, and objects stored under the old scope could"
          + " not be read under the new one"),
  KIND_CHANGED(
      "kind-changed",
      BREAKING,
      "clients and stored objects name the old kind, which the server no longer accepts"),
  NAME_ALIAS_REMOVED(
      "name-alias-removed",
      WARNING,
      "scripts that run kubectl with the removed short name or category stop finding the objects"),
  VERSION_REMOVED(
      "version-removed",
      BREAKING,
      "clients of the version get 404, and the server refuses the CRD while objects are still"
          + " stored in that version"),
  VERSION_ADDED("version-added", SAFE, "a new version: clients of the others are unaffected"),
  VERSION_UNSERVED(
      "version-unserved", BREAKING, "the version is no longer served: its clients get 404"),
  VERSION_SERVED("version-served", SAFE, "the version is served again"),
  VERSION_DEPRECATED(
      "version-deprecated",
      WARNING,
      "clients of the version get a deprecation warning with every response"),
  STORAGE_VERSION_CHANGED(
      "storage-version-changed",
      WARNING,
      "writes are stored in the new version while objects stored in the old one stay until"
          + " rewritten: keep the old version in the CRD (and convertible) until they are migrated"),
  STATUS_SUBRESOURCE_REMOVED(
      "status-subresource-removed",
      BREAKING,
      "clients that write /status get 404, and status becomes writable through the main resource"),
  STATUS_SUBRESOURCE_ADDED(
      "status-subresource-added",
      WARNING,
      "status sent with the main resource is now ignored: clients must write /status instead"),
  SCALE_SUBRESOURCE_CHANGED(
      "scale-subresource-changed",
      BREAKING,
      "autoscalers and kubectl scale use /scale, which is gone or now reads other fields"),
  SCALE_SUBRESOURCE_ADDED("scale-subresource-added", SAFE, "a new subresource: /scale"),
  SELECTABLE_FIELD_REMOVED(
      "selectable-field-removed",
      BREAKING,
      "list and watch requests with a field selector on it are refused"),
  SELECTABLE_FIELD_ADDED("selectable-field-added", SAFE, "a new field selector"),
  PROPERTY_REMOVED(
      "property-removed",
      BREAKING,
      "the server prunes it: values clients send are dropped without a word, and stored values"
          + " are lost at the next write"),
  PROPERTY_UNDESCRIBED(
      "property-undescribed",
      WARNING,
      "the schema no longer names it, but x-kubernetes-preserve-unknown-fields keeps its values:"
          + " they are no longer validated or defaulted"),
  PROPERTY_ADDED("property-added", SAFE, "a new optional property: existing objects lack it"),
  TYPE_CHANGED(
      "type-changed",
      BREAKING,
      "stored objects and requests holding the old type are refused, and clients decode the"
          + " wrong type"),
  INT_OR_STRING_REMOVED(
      "int-or-string-removed",
      BREAKING,
      "objects holding the other of integer or string are refused"),
  INT_OR_STRING_ADDED("int-or-string-added", SAFE, "accepts an integer or a string now"),
  REQUIRED_ADDED(
      "property-newly-required",
      BREAKING,
      "stored objects and requests without it are refused (updates of stored objects included)"),
  REQUIRED_REMOVED("property-no-longer-required", SAFE, "objects without it are accepted now"),
  NULLABLE_REMOVED(
      "nullable-removed",
      BREAKING,
      "a null value is refused now (or dropped where a default applies)"),
  NULLABLE_ADDED("nullable-added", SAFE, "accepts null now"),
  ENUM_ADDED("enum-added", BREAKING, "values outside the new list of values are refused"),
  ENUM_REMOVED("enum-removed", SAFE, "any value of the type is accepted now"),
  ENUM_VALUES_REMOVED(
      "enum-values-removed", BREAKING, "objects holding a removed value are refused"),
  ENUM_VALUES_ADDED(
      "enum-values-added",
      SAFE,
      "more values are accepted (clients that switch over every value should expect new ones)"),
  MINIMUM_TIGHTENED("minimum-tightened", BREAKING, "smaller values, once valid, are refused"),
  MINIMUM_LOOSENED("minimum-loosened", SAFE, "smaller values are accepted now"),
  MAXIMUM_TIGHTENED("maximum-tightened", BREAKING, "larger values, once valid, are refused"),
  MAXIMUM_LOOSENED("maximum-loosened", SAFE, "larger values are accepted now"),
  MULTIPLE_OF_TIGHTENED(
      "multiple-of-tightened", BREAKING, "values that are no multiple of the new step are refused"),
  MULTIPLE_OF_LOOSENED(
      "multiple-of-loosened", SAFE, "every multiple of the old step is one of the new step"),
  MIN_LENGTH_TIGHTENED(
      "min-length-tightened", BREAKING, "shorter strings, once valid, are refused"),
  MIN_LENGTH_LOOSENED("min-length-loosened", SAFE, "shorter strings are accepted now"),
  MAX_LENGTH_TIGHTENED("max-length-tightened", BREAKING, "longer strings, once valid, are refused"),
  MAX_LENGTH_LOOSENED("max-length-loosened", SAFE, "longer strings are accepted now"),
  MIN_ITEMS_TIGHTENED("min-items-tightened", BREAKING, "shorter lists, once valid, are refused"),
  MIN_ITEMS_LOOSENED("min-items-loosened", SAFE, "shorter lists are accepted now"),
  MAX_ITEMS_TIGHTENED("max-items-tightened", BREAKING, "longer lists, once valid, are refused"),
  MAX_ITEMS_LOOSENED("max-items-loosened", SAFE, "longer lists are accepted now"),
  MIN_PROPERTIES_TIGHTENED(
      "min-properties-tightened", BREAKING, "objects with fewer entries, once valid, are refused"),
  MIN_PROPERTIES_LOOSENED(
      "min-properties-loosened", SAFE, "objects with fewer entries are accepted now"),
  MAX_PROPERTIES_TIGHTENED(
      "max-properties-tightened", BREAKING, "objects with more entries, once valid, are refused"),
  MAX_PROPERTIES_LOOSENED(
      "max-properties-loosened", SAFE, "objects with more entries are accepted now"),
  PATTERN_ADDED("pattern-added", BREAKING, "strings that do not match the pattern are refused"),
  PATTERN_CHANGED(
      "pattern-changed",
      BREAKING,
      "strings that matched the old pattern may not match the new one"),
  PATTERN_REMOVED("pattern-removed", SAFE, "any string is accepted now"),
  FORMAT_CHANGED(
      "format-changed",
      BREAKING,
      "the server checks the formats it knows (date-time, uuid, email, ...): values valid before"
          + " may be refused"),
  FORMAT_REMOVED("format-removed", SAFE, "values are no longer checked against a format"),
  VALIDATION_RULE_ADDED(
      "validation-rule-added",
      BREAKING,
      "objects the CEL rule rejects are refused: new ones, and stored ones when a client"
          + " changes the fields it reads"),
  TRANSITION_RULE_ADDED(
      "transition-rule-added",
      WARNING,
      "stored objects stay valid, but updates the rule (it reads oldSelf) forbids are refused"),
  VALIDATION_RULE_CHANGED(
      "validation-rule-changed",
      BREAKING,
      "the changed CEL rule may reject objects the old one accepted"),
  VALIDATION_RULE_REMOVED("validation-rule-removed", SAFE, "objects are checked by fewer rules"),
  VALIDATION_MESSAGE_CHANGED(
      "validation-message-changed",
      SAFE,
      "only what a refusal says changed (message, reason or field path), not what is refused"),
  DEFAULT_ADDED(
      "default-added",
      WARNING,
      "stored objects without a value get the default when read from etcd: what clients see"
          + " changes without anyone writing"),
  DEFAULT_CHANGED(
      "default-changed",
      BREAKING,
      "objects that relied on the old default get the new one when read or written: behaviour"
          + " changes without the user asking"),
  DEFAULT_REMOVED(
      "default-removed",
      BREAKING,
      "new objects without a value no longer get one, and clients that relied on it see none"),
  LIST_TYPE_CHANGED(
      "list-type-changed",
      BREAKING,
      "x-kubernetes-list-type changes what the server accepts (set and map lists refuse"
          + " duplicates) and how server-side apply merges the list"),
  LIST_MAP_KEYS_CHANGED(
      "list-map-keys-changed",
      BREAKING,
      "items are told apart by other keys: stored lists may hold duplicates, and server-side"
          + " apply merges them differently"),
  MAP_TYPE_CHANGED(
      "map-type-changed",
      WARNING,
      "server-side apply merges the object differently; nothing stored is refused"),
  PRESERVE_UNKNOWN_FIELDS_REMOVED(
      "preserve-unknown-fields-removed",
      BREAKING,
      "fields the schema does not name are pruned now: values clients send are dropped and"
          + " stored ones are lost at the next write"),
  PRESERVE_UNKNOWN_FIELDS_ADDED(
      "preserve-unknown-fields-added", SAFE, "fields the schema does not name are kept now"),
  EMBEDDED_RESOURCE_CHANGED(
      "embedded-resource-changed",
      BREAKING,
      "x-kubernetes-embedded-resource changes whether apiVersion, kind and metadata are required"
          + " and validated there"),
  COMBINATOR_CHANGED(
      "schema-combinator-changed",
      WARNING,
      "allOf, anyOf, oneOf or not changed: op-boot cannot tell whether it accepts less, so review"
          + " it");

  private final String id;
  private final Classification classification;
  private final String reason;

  ChangeKind(String id, Classification classification, String reason) {
    this.id = id;
    this.classification = classification;
    this.reason = reason;
  }

  /** What reports print and allow lists name: {@code property-removed}. */
  public String id() {
    return id;
  }

  public Classification classification() {
    return classification;
  }

  /** Why the change is classified so, in one clause. */
  public String reason() {
    return reason;
  }

  /** The kind with this id, if any. */
  public static Optional<ChangeKind> byId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }
}
