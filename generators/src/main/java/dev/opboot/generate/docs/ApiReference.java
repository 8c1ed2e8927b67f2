package dev.opboot.generate.docs;

import java.util.List;

/**
 * The API reference of a set of CRDs, independent of how it is written: group versions, their
 * kinds, each kind's facts and its sections of fields. {@link ReferenceBuilder} makes it; {@link
 * MarkdownWriter} and {@link HtmlWriter} write it, so the two formats say the same.
 *
 * @param title the reference's heading
 * @param kubernetesVersion the Kubernetes minor whose reference built-in types link to
 * @param groups the group versions, by group then version
 */
record ApiReference(String title, String kubernetesVersion, List<GroupVersion> groups) {

  /** One API group version and its kinds, by kind. */
  record GroupVersion(String group, String version, String anchor, List<Kind> kinds) {
    String apiVersion() {
      return group + "/" + version;
    }
  }

  /**
   * One kind in one version.
   *
   * @param facts rows of label and value: scope, names, served and storage, subresources
   * @param deprecation the deprecation warning, or null when the version is not deprecated
   * @param columns the printer columns ({@code kubectl get}), possibly none
   * @param sections the kind's own section first, then one per object type below it
   * @param samples example objects from the project's samples
   */
  record Kind(
      String kind,
      String anchor,
      String description,
      List<Fact> facts,
      String deprecation,
      List<Column> columns,
      List<Section> sections,
      List<Sample> samples) {}

  /** A label and its value, in the kind's table of facts. */
  record Fact(String label, String value) {}

  /** A printer column: {@code kubectl get}'s heading, type and JSONPath. */
  record Column(String name, String type, String jsonPath, String description) {}

  /** The fields of one object: the kind itself, its spec, its status, and every object below. */
  record Section(String anchor, String title, String description, List<Field> fields) {}

  /**
   * One field of a section.
   *
   * @param notes what constrains the field, one sentence each
   */
  record Field(String name, Type type, boolean required, String description, List<String> notes) {}

  /**
   * A field's type as shown: plain text, or linked to a section of this reference ({@code anchor})
   * or to Kubernetes' own reference ({@code url}).
   */
  record Type(String text, String anchor, String url) {
    static Type plain(String text) {
      return new Type(text, null, null);
    }
  }

  /** An example object from the project's samples. */
  record Sample(String file, String yaml) {}
}
