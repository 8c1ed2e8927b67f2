package dev.opboot.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.generate.rbac.RbacGenerator;
import dev.opboot.testing.WithKubeApiServer;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.NonResourceAttributesBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.ResourceAttributesBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewStatus;
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
      Reviewer reviewer = new Reviewer(client, namespace);
      List<Access> allowed = allowedBy(role);
      assertThat(allowed).hasSizeGreaterThan(25);
      reviewer.awaitAllowed(allowed.get(0)); // the authorizer sees new bindings through an informer
      List<String> wrong = new ArrayList<>();
      for (Access access : allowed) {
        if (!reviewer.allowed(access)) {
          wrong.add("denied but the role allows it: " + access);
        }
      }
      for (Access access :
          List.of(
              Access.on("", "secrets", "delete"),
              Access.on("", "secrets", "create"),
              Access.on("", "secrets", "update"),
              Access.on("", "pods", "get"),
              Access.on("", "pods/exec", "create"),
              Access.on("", "configmaps", "update"),
              Access.named("", "configmaps", "other-settings", "update"),
              Access.on("", "services", "delete"),
              Access.on("", "events", "delete"),
              Access.on("apps", "statefulsets", "get"),
              Access.on("apps", "deployments", "deletecollection"),
              Access.on("apps", "deployments/scale", "update"),
              Access.on("shop.example.com", "shops", "delete"),
              Access.on("shop.example.com", "shops", "create"),
              Access.on("shop.example.com", "shops/status", "delete"),
              Access.on("shop.example.org", "shops", "get"),
              Access.on("extensions", "deployments", "get"),
              Access.on("coordination.k8s.io", "leases", "get"),
              Access.url("/metrics", "post"),
              Access.url("/debug/pprof/", "get"))) {
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
  private static List<Access> allowedBy(ClusterRole role) {
    List<Access> accesses = new ArrayList<>();
    for (PolicyRule rule : role.getRules()) {
      for (String verb : rule.getVerbs()) {
        for (String url : rule.getNonResourceURLs()) {
          accesses.add(Access.url(url, verb));
        }
        for (String group : rule.getApiGroups()) {
          for (String resource : rule.getResources()) {
            if (rule.getResourceNames().isEmpty()) {
              accesses.add(Access.on(group, resource, verb));
            }
            for (String name : rule.getResourceNames()) {
              accesses.add(Access.named(group, resource, name, verb));
            }
          }
        }
      }
    }
    return accesses;
  }

  /**
   * One request as the authorizer sees it: a verb on a resource (maybe named) or on a non-resource
   * URL.
   */
  private record Access(String group, String resource, String name, String url, String verb) {
    static Access on(String group, String resource, String verb) {
      return new Access(group, resource, null, null, verb);
    }

    static Access named(String group, String resource, String name, String verb) {
      return new Access(group, resource, name, null, verb);
    }

    static Access url(String url, String verb) {
      return new Access(null, null, null, url, verb);
    }

    @Override
    public String toString() {
      return url != null
          ? verb + " " + url
          : verb
              + " "
              + (group.isEmpty() ? "" : group + "/")
              + resource
              + (name == null ? "" : " named " + name);
    }
  }

  /** Asks the API server whether the service account may do something. */
  private static final class Reviewer {
    private final KubernetesClient client;
    private final String namespace;

    Reviewer(KubernetesClient client, String namespace) {
      this.client = client;
      this.namespace = namespace;
    }

    boolean allowed(Access access) {
      SubjectAccessReviewBuilder review =
          new SubjectAccessReviewBuilder()
              .withNewSpec()
              .withUser("system:serviceaccount:" + namespace + ":" + SERVICE_ACCOUNT)
              .withGroups(
                  "system:serviceaccounts",
                  "system:serviceaccounts:" + namespace,
                  "system:authenticated")
              .endSpec();
      if (access.url() != null) {
        review
            .editSpec()
            .withNonResourceAttributes(
                new NonResourceAttributesBuilder()
                    .withPath(access.url())
                    .withVerb(access.verb())
                    .build())
            .endSpec();
      } else {
        String[] resource = access.resource().split("/", 2);
        review
            .editSpec()
            .withResourceAttributes(
                new ResourceAttributesBuilder()
                    .withNamespace(namespace)
                    .withGroup(access.group())
                    .withResource(resource[0])
                    .withSubresource(resource.length > 1 ? resource[1] : null)
                    .withName(access.name())
                    .withVerb(access.verb())
                    .build())
            .endSpec();
      }
      SubjectAccessReview answer =
          client.authorization().v1().subjectAccessReview().create(review.build());
      SubjectAccessReviewStatus status = answer.getStatus();
      return Boolean.TRUE.equals(status.getAllowed()) && !Boolean.TRUE.equals(status.getDenied());
    }

    void awaitAllowed(Access access) throws InterruptedException {
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (!allowed(access) && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
    }
  }
}
