package dev.opboot.generate.model;

import dev.opboot.generate.schema.WebhookConversion;
import java.util.List;
import java.util.SortedMap;

/**
 * One CustomResourceDefinition: a group and kind with all its versions, gathered from every
 * resource class that declares them, whatever package they live in.
 *
 * @param versions in Kubernetes' version priority order (GA before beta before alpha, higher first)
 * @param conversion the conversion webhook ({@code @ConversionWebhook}), or null for the API
 *     server's own conversion (strategy {@code None})
 */
public record Crd(
    String group,
    String kind,
    String plural,
    String singular,
    List<String> shortNames,
    List<String> categories,
    boolean namespaced,
    List<CrdVersion> versions,
    SortedMap<String, String> annotations,
    SortedMap<String, String> labels,
    WebhookConversion conversion) {

  public Crd {
    shortNames = List.copyOf(shortNames);
    categories = List.copyOf(categories);
    versions = List.copyOf(versions);
  }

  /** The CRD's name: {@code <plural>.<group>}. */
  public String name() {
    return plural + "." + group;
  }
}
