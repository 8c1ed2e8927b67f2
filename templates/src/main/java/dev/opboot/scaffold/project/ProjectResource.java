package dev.opboot.scaffold.project;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One API version of a kind that op-boot scaffolded.
 *
 * @param group the group's short name ({@code webapp})
 * @param domain the domain it lives under ({@code example.com})
 * @param version the API version ({@code v1})
 * @param kind the kind ({@code Guestbook})
 * @param plural the resource's plural name ({@code guestbooks})
 * @param namespaced whether objects live in a namespace
 * @param apiPackage the Java package of the resource classes
 * @param api whether the resource classes were scaffolded
 * @param controller whether a reconciler was scaffolded for it
 * @param storage whether this is the version the API server stores
 * @param external whether the CRD is another project's (imported with {@code --external}): the
 *     project has typed access to it but neither generates nor installs it; written only when true
 * @param owns the built-in kinds its reconciler owns through dependent resources ({@code create api
 *     --owns}, see {@link OwnedKind}); written only when there are some
 * @param webhooks the webhooks that serve this version ({@code create webhook}); written only when
 *     there are some
 */
@JsonPropertyOrder({
  "group",
  "domain",
  "version",
  "kind",
  "plural",
  "namespaced",
  "package",
  "api",
  "controller",
  "storage",
  "external",
  "owns",
  "webhooks"
})
public record ProjectResource(
    String group,
    String domain,
    String version,
    String kind,
    String plural,
    boolean namespaced,
    @JsonProperty("package") String apiPackage,
    boolean api,
    boolean controller,
    boolean storage,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean external,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> owns,
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NoWebhooks.class)
        ProjectWebhooks webhooks) {

  /**
   * PROJECT files written before {@code external} existed leave it out: false; those before {@code
   * owns}, or of a reconciler that owns nothing, leave that out: none; those of a version without
   * webhooks leave {@code webhooks} out.
   */
  public ProjectResource {
    external = Boolean.TRUE.equals(external);
    owns = owns == null ? List.of() : List.copyOf(owns);
    webhooks = webhooks == null ? ProjectWebhooks.NONE : webhooks;
  }

  /** An API without webhooks. */
  public ProjectResource(
      String group,
      String domain,
      String version,
      String kind,
      String plural,
      boolean namespaced,
      String apiPackage,
      boolean api,
      boolean controller,
      boolean storage,
      Boolean external,
      List<String> owns) {
    this(
        group,
        domain,
        version,
        kind,
        plural,
        namespaced,
        apiPackage,
        api,
        controller,
        storage,
        external,
        owns,
        ProjectWebhooks.NONE);
  }

  /** This version with {@code added} as its webhooks. */
  public ProjectResource withWebhooks(ProjectWebhooks added) {
    return new ProjectResource(
        group,
        domain,
        version,
        kind,
        plural,
        namespaced,
        apiPackage,
        api,
        controller,
        storage,
        external,
        owns,
        added);
  }

  /**
   * Leaves {@code webhooks} out of the file when there are none, as kubebuilder does. Jackson calls
   * {@code equals} with the value: true means "leave it out".
   */
  static final class NoWebhooks {
    @Override
    public boolean equals(Object value) {
      return value == null || (value instanceof ProjectWebhooks w && !w.any());
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  /** An API that owns no other kinds. */
  public ProjectResource(
      String group,
      String domain,
      String version,
      String kind,
      String plural,
      boolean namespaced,
      String apiPackage,
      boolean api,
      boolean controller,
      boolean storage,
      Boolean external) {
    this(
        group,
        domain,
        version,
        kind,
        plural,
        namespaced,
        apiPackage,
        api,
        controller,
        storage,
        external,
        List.of(),
        ProjectWebhooks.NONE);
  }

  /** An API op-boot owns: it generates and installs the CRD. */
  public ProjectResource(
      String group,
      String domain,
      String version,
      String kind,
      String plural,
      boolean namespaced,
      String apiPackage,
      boolean api,
      boolean controller,
      boolean storage) {
    this(
        group,
        domain,
        version,
        kind,
        plural,
        namespaced,
        apiPackage,
        api,
        controller,
        storage,
        false);
  }

  /** The full API group, {@code <group>.<domain>}. */
  @JsonIgnore
  public String apiGroup() {
    return group + "." + domain;
  }
}
