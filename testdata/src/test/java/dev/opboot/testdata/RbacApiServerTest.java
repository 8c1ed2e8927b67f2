package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.generate.rbac.RbacGenerator;
import dev.opboot.testing.WithKubeApiServer;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The role {@code generate rbac} makes for {@code testdata/rbac}'s operator: byte for byte the
 * reviewed {@code expected/role.yaml}, and, on a real kube-apiserver, bound to a service account,
 * it lets that account do every verb on every resource its rules name and denies a sample of what
 * they do not name, as the API server's own authorizer answers SubjectAccessReviews.
 */
class RbacApiServerTest {
  private static final String SERVICE_ACCOUNT = "shop-operator";

  private static Path dir() {
    return TestdataDir.path().resolve("rbac");
  }

  /** This test's class path, which holds JOSDK's core (a test-scoped dependency). */
  private static List<Path> classpath() {
    return TestClasspath.entries();
  }

  private static String generated() throws Exception {
    return RbacGenerator.generate(
            new RbacGenerator.Options(List.of(dir().resolve("src/main/java")), classpath(), null))
        .get(RbacGenerator.FILE_NAME);
  }

  @Test
  void theGeneratedRoleIsTheReviewedOne() throws Exception {
    assertThat(generated())
        .as("rbac/expected/role.yaml is stale; see rbac/README.md")
        .isEqualTo(Files.readString(dir().resolve("expected/role.yaml")));
  }

  @Test
  @WithKubeApiServer
  void boundToAServiceAccountItAllowsWhatItSaysAndNoMore(KubernetesClient client) throws Exception {
    String suffix = Long.toString(System.nanoTime(), 36);
    String namespace = "rbac-" + suffix;
    client
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
        .create();
    client
        .serviceAccounts()
        .inNamespace(namespace)
        .resource(
            new ServiceAccountBuilder()
                .withNewMetadata()
                .withName(SERVICE_ACCOUNT)
                .endMetadata()
                .build())
        .create();
    ClusterRole role =
        client.getKubernetesSerialization().unmarshal(generated(), ClusterRole.class);
    assertThat(role.getMetadata().getName()).isEqualTo("manager-role");
    role.getMetadata()
        .setName("rbac-test-manager-role-" + suffix); // the server is shared: a name of its own
    ClusterRoleBinding binding =
        new ClusterRoleBindingBuilder()
            .withNewMetadata()
            .withName("rbac-test-manager-" + suffix)
            .endMetadata()
            .withNewRoleRef()
            .withApiGroup("rbac.authorization.k8s.io")
            .withKind("ClusterRole")
            .withName(role.getMetadata().getName())
            .endRoleRef()
            .addNewSubject()
            .withKind("ServiceAccount")
            .withName(SERVICE_ACCOUNT)
            .withNamespace(namespace)
            .endSubject()
            .build();
    client.resource(role).create();
    client.resource(binding).create();
    try {
      RbacAccess.Reviewer reviewer = new RbacAccess.Reviewer(client, namespace, SERVICE_ACCOUNT);
      List<RbacAccess> allowed = allowedBy(role);
      assertThat(allowed).hasSizeGreaterThan(25);
      reviewer.awaitAllowed(allowed.get(0)); // the authorizer sees new bindings through an informer
      List<String> wrong = new ArrayList<>();
      for (RbacAccess access : allowed) {
        if (!reviewer.allowed(access)) {
          wrong.add("denied but the role allows it: " + access);
        }
      }
      for (RbacAccess access :
          List.of(
              RbacAccess.on("", "secrets", "delete"),
              RbacAccess.on("", "secrets", "create"),
              RbacAccess.on("", "secrets", "update"),
              RbacAccess.on("", "pods", "get"),
              RbacAccess.on("", "pods/exec", "create"),
              RbacAccess.on("", "configmaps", "update"),
              RbacAccess.named("", "configmaps", "other-settings", "update"),
              RbacAccess.on("", "services", "delete"),
              RbacAccess.on("", "events", "delete"),
              RbacAccess.on("apps", "statefulsets", "get"),
              RbacAccess.on("apps", "deployments", "deletecollection"),
              RbacAccess.on("apps", "deployments/scale", "update"),
              RbacAccess.on("shop.example.com", "shops", "delete"),
              RbacAccess.on("shop.example.com", "shops", "create"),
              RbacAccess.on("shop.example.com", "shops/status", "delete"),
              RbacAccess.on("shop.example.org", "shops", "get"),
              RbacAccess.on("extensions", "deployments", "get"),
              RbacAccess.on("coordination.k8s.io", "leases", "get"),
              RbacAccess.url("/metrics", "post"),
              RbacAccess.url("/debug/pprof/", "get"))) {
        if (reviewer.allowed(access)) {
          wrong.add("allowed but the role does not say so: " + access);
        }
      }
      assertThat(wrong).isEmpty();
    } finally {
      client.resource(binding).delete();
      client.resource(role).delete();
    }
  }

  /** Every verb on every resource (and name, and URL) the role's rules name. */
  static List<RbacAccess> allowedBy(ClusterRole role) {
    return allowedBy(role.getRules());
  }

  /** Every access {@code rules} allow, one per verb, resource and name. */
  static List<RbacAccess> allowedBy(List<PolicyRule> rules) {
    List<RbacAccess> accesses = new ArrayList<>();
    for (PolicyRule rule : rules) {
      for (String verb : rule.getVerbs()) {
        for (String url : rule.getNonResourceURLs()) {
          accesses.add(RbacAccess.url(url, verb));
        }
        for (String group : rule.getApiGroups()) {
          for (String resource : rule.getResources()) {
            if (rule.getResourceNames().isEmpty()) {
              accesses.add(RbacAccess.on(group, resource, verb));
            }
            for (String name : rule.getResourceNames()) {
              accesses.add(RbacAccess.named(group, resource, name, verb));
            }
          }
        }
      }
    }
    return accesses;
  }
}
