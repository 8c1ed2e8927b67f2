package dev.opboot.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServedKindsTest {
  private static final String API_RESOURCES =
      """
      configmaps                          cm           v1                                true         ConfigMap
      deployments                         deploy       apps/v1                           true         Deployment
      customresourcedefinitions           crd,crds     apiextensions.k8s.io/v1           false        CustomResourceDefinition
      mutatingwebhookconfigurations                    admissionregistration.k8s.io/v1   false        MutatingWebhookConfiguration
      """;

  @Test
  void readsKindAndApiVersionWhetherOrNotAResourceHasShortNames() {
    assertThat(ServedKinds.served(API_RESOURCES))
        .containsExactlyInAnyOrder(
            "ConfigMap v1",
            "Deployment apps/v1",
            "CustomResourceDefinition apiextensions.k8s.io/v1",
            "MutatingWebhookConfiguration admissionregistration.k8s.io/v1");
  }

  @Test
  void namesTheObjectsOfKindsTheClusterLacksButNotThoseTheBundleDefines() throws Exception {
    List<String> bundle =
        List.of(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: m\n  namespace: ns\n",
            "apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: c\n  namespace: ns\n",
            "apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata:\n  name: i\n  namespace: ns\n",
            "apiVersion: webapp.example.com/v2\nkind: Guestbook\nmetadata:\n  name: g\n",
            "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n"
                + "  name: guestbooks.webapp.example.com\nspec:\n  group: webapp.example.com\n"
                + "  names:\n    kind: Guestbook\n  versions:\n  - name: v1\n  - name: v2\n");
    assertThat(ServedKinds.missing(bundle, ServedKinds.served(API_RESOURCES)))
        .containsOnlyKeys("Certificate cert-manager.io/v1", "Issuer cert-manager.io/v1")
        .containsEntry("Certificate cert-manager.io/v1", new java.util.TreeSet<>(Set.of("ns/c")));
  }
}
