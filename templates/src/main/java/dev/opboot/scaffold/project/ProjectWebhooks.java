package dev.opboot.scaffold.project;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The webhooks of one API version ({@code op-boot create webhook}), recorded as kubebuilder records
 * them in its PROJECT file ({@code webhooks: {defaulting, validation, conversion, spoke,
 * webhookVersion}}), so that tools reading kubebuilder's PROJECT read op-boot's the same way. Each
 * flag is written only when true.
 *
 * @param defaulting whether a defaulting (mutating) webhook serves the kind
 * @param validation whether a validating webhook serves it ({@code --programmatic-validation})
 * @param conversion whether the kind's versions are converted by a webhook, with this version as
 *     the hub
 * @param spoke the versions converted to and from the hub, for a conversion webhook
 * @param webhookVersion the {@code AdmissionReview} version the webhooks speak: {@code v1}
 */
@JsonPropertyOrder({"defaulting", "validation", "conversion", "spoke", "webhookVersion"})
public record ProjectWebhooks(
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean defaulting,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean validation,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean conversion,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> spoke,
    String webhookVersion) {

  /** The only AdmissionReview version op-boot's webhook server speaks. */
  public static final String WEBHOOK_VERSION = "v1";

  /** No webhook: what a resource without a {@code webhooks} entry has. */
  public static final ProjectWebhooks NONE =
      new ProjectWebhooks(false, false, false, List.of(), WEBHOOK_VERSION);

  /** Flags left out of the file are false; a missing webhook version is {@code v1}. */
  public ProjectWebhooks {
    defaulting = Boolean.TRUE.equals(defaulting);
    validation = Boolean.TRUE.equals(validation);
    conversion = Boolean.TRUE.equals(conversion);
    spoke = spoke == null ? List.of() : List.copyOf(spoke);
    webhookVersion = webhookVersion == null ? WEBHOOK_VERSION : webhookVersion;
  }

  /** These webhooks with a defaulting and/or a validating webhook added. */
  public ProjectWebhooks adding(boolean addDefaulting, boolean addValidation) {
    return new ProjectWebhooks(
        defaulting || addDefaulting,
        validation || addValidation,
        conversion,
        spoke,
        webhookVersion);
  }

  /**
   * These webhooks with a conversion webhook whose hub is this version, converting {@code spokes}.
   */
  public ProjectWebhooks addingConversion(List<String> spokes) {
    return new ProjectWebhooks(defaulting, validation, true, spokes, webhookVersion);
  }

  /** Whether any webhook is recorded. */
  @JsonIgnore
  public boolean any() {
    return defaulting || validation || conversion;
  }
}
