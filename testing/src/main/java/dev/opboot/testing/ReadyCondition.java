package dev.opboot.testing;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.util.List;
import java.util.Map;

/**
 * The {@code Ready} condition of kubebuilder's status convention: {@code status.conditions} with
 * {@code type: Ready, status: "True"}, and {@code status.observedGeneration} equal to the object's
 * generation, so that Ready speaks of the spec as it is now.
 */
public final class ReadyCondition {

  private ReadyCondition() {}

  /**
   * Whether the kind's stored version has a status with {@code conditions} and {@code
   * observedGeneration}, so that its objects can say they are Ready. Other status shapes (an
   * imported API's, a tutorial's {@code active}/{@code lastScheduleTime}) cannot.
   */
  public static boolean reportedBy(CustomResourceDefinition crd) {
    return crd.getSpec().getVersions().stream()
        .filter(v -> Boolean.TRUE.equals(v.getStorage()) && v.getSchema() != null)
        .map(v -> v.getSchema().getOpenAPIV3Schema().getProperties().get("status"))
        .anyMatch(
            status ->
                status != null
                    && status.getProperties() != null
                    && status.getProperties().containsKey("conditions")
                    && status.getProperties().containsKey("observedGeneration"));
  }

  /** Whether {@code object} is Ready for its current generation. */
  public static boolean isMet(GenericKubernetesResource object) {
    if (object == null
        || !(object.getAdditionalProperties().get("status") instanceof Map<?, ?> status)) {
      return false;
    }
    boolean ready =
        status.get("conditions") instanceof List<?> conditions
            && conditions.stream()
                .anyMatch(
                    c ->
                        c instanceof Map<?, ?> condition
                            && "Ready".equals(condition.get("type"))
                            && "True".equals(condition.get("status")));
    Long generation = object.getMetadata().getGeneration();
    return ready
        && status.get("observedGeneration") instanceof Number observed
        && generation != null
        && observed.longValue() == generation;
  }
}
