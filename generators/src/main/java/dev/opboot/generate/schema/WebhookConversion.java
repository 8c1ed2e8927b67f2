package dev.opboot.generate.schema;

import dev.opboot.generate.problem.SourceLocation;
import java.util.List;

/**
 * A kind converted between its versions by the operator's webhook ({@code @ConversionWebhook}): the
 * CRD's {@code spec.conversion} with strategy {@code Webhook} calling this Service.
 *
 * @param location the annotation, for a disagreement between versions
 */
public record WebhookConversion(
    String path,
    String serviceName,
    String serviceNamespace,
    int port,
    List<String> reviewVersions,
    SourceLocation location) {

  public WebhookConversion {
    reviewVersions = List.copyOf(reviewVersions);
  }

  /** Whether {@code other} asks for the same conversion (wherever it is written). */
  public boolean sameAs(WebhookConversion other) {
    return path.equals(other.path)
        && serviceName.equals(other.serviceName)
        && serviceNamespace.equals(other.serviceNamespace)
        && port == other.port
        && reviewVersions.equals(other.reviewVersions);
  }
}
