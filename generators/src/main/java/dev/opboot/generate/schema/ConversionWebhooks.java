package dev.opboot.generate.schema;

import dev.opboot.core.names.KubernetesNames;
import dev.opboot.generate.problem.GeneratorException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code @ConversionWebhook}, checking its values as the API server checks a CRD's {@code
 * spec.conversion.webhook}, so that a bad value is reported at its file:line rather than as a
 * refused CRD at deploy time.
 */
final class ConversionWebhooks {
  /** The ConversionReview versions the API server sends. */
  private static final List<String> REVIEW_VERSIONS = List.of("v1", "v1beta1");

  private ConversionWebhooks() {}

  static WebhookConversion read(AnnotationValues a) throws GeneratorException {
    List<String> problems = new ArrayList<>();
    String path = a.string("path");
    if (!path.startsWith("/")) {
      problems.add("path '" + path + "' must start with /, as in /convert");
    } else if (path.contains("?") || path.contains("#") || path.contains("//")) {
      problems.add(
          "path '" + path + "' must be a plain path (no query, fragment or empty segment)");
    }
    String name = a.string("serviceName");
    KubernetesNames.checkDns1035Label(name)
        .ifPresent(p -> problems.add("serviceName '" + name + "' is no Service name: " + p));
    String namespace = a.string("serviceNamespace");
    KubernetesNames.checkDns1123Label(namespace)
        .ifPresent(p -> problems.add("serviceNamespace '" + namespace + "' is no namespace: " + p));
    int port = a.number("port").intValue();
    if (port < 1 || port > 65535) {
      problems.add("port " + port + " is outside 1..65535");
    }
    List<String> versions = a.strings("conversionReviewVersions");
    Set<String> seen = new HashSet<>();
    for (String version : versions) {
      if (!seen.add(version)) {
        problems.add("conversionReviewVersions names " + version + " twice");
      }
    }
    if (versions.stream().noneMatch(REVIEW_VERSIONS::contains)) {
      problems.add(
          "conversionReviewVersions "
              + versions
              + " holds no version the API server sends; use v1 (or v1beta1)");
    }
    if (!problems.isEmpty()) {
      throw AnnotationRegistry.fail(a, String.join("; ", problems));
    }
    return new WebhookConversion(path, name, namespace, port, versions, a.location());
  }
}
