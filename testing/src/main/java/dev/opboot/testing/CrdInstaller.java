package dev.opboot.testing;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Installs a CustomResourceDefinition so that custom resources of it can be created right away.
 *
 * <p>The CRD is server-side applied (forcing conflicts, so a test may apply the same CRD again, or
 * a changed one), then two things are awaited: its {@code Established} condition, and each served
 * version listing the plural in API discovery. The second lags the first by a moment, and a client
 * that resolves the kind through discovery (fabric8's generic resources, kubectl) fails in between.
 */
final class CrdInstaller {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String FIELD_MANAGER = "op-boot-testing";

  private CrdInstaller() {}

  /**
   * Applies {@code crd}, without its status, resource version or creation time, which would make
   * the apply fail or conflict.
   *
   * @return the CRD as the server has it, Established
   * @throws IllegalStateException when it is not established and discovered within 30 s
   */
  static CustomResourceDefinition apply(KubernetesClient client, CustomResourceDefinition crd) {
    CustomResourceDefinition clean =
        new CustomResourceDefinitionBuilder(crd)
            .withStatus(null)
            .editMetadata()
            .withResourceVersion(null)
            .withCreationTimestamp(null)
            .endMetadata()
            .build();
    String name = clean.getMetadata().getName();
    var crds = client.apiextensions().v1().customResourceDefinitions();
    crds.resource(clean).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
    CustomResourceDefinition established =
        crds.withName(name)
            .waitUntilCondition(established(), TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    String group = established.getSpec().getGroup();
    String plural = established.getSpec().getNames().getPlural();
    for (CustomResourceDefinitionVersion version : established.getSpec().getVersions()) {
      if (!Boolean.TRUE.equals(version.getServed())) {
        continue;
      }
      String groupVersion = group + "/" + version.getName();
      while (!discovered(client, groupVersion, plural)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "CRD "
                  + name
                  + " is Established but "
                  + groupVersion
                  + " does not list "
                  + plural
                  + " within "
                  + TIMEOUT.toSeconds()
                  + "s");
        }
        sleep(50);
      }
    }
    return established;
  }

  private static Predicate<CustomResourceDefinition> established() {
    return crd ->
        crd != null
            && crd.getStatus() != null
            && crd.getStatus().getConditions() != null
            && crd.getStatus().getConditions().stream()
                .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  private static boolean discovered(KubernetesClient client, String groupVersion, String plural) {
    try {
      APIResourceList resources = client.getApiResources(groupVersion);
      return resources != null
          && resources.getResources().stream().map(APIResource::getName).anyMatch(plural::equals);
    } catch (KubernetesClientException e) {
      return false;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
