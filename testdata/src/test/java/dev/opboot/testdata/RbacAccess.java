package dev.opboot.testdata;

import io.fabric8.kubernetes.api.model.authorization.v1.NonResourceAttributesBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.ResourceAttributesBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewStatus;
import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * One request as the authorizer sees it: a verb on a resource (maybe named, maybe a subresource as
 * {@code pods/exec}) or on a non-resource URL.
 */
record RbacAccess(String group, String resource, String name, String url, String verb) {
  static RbacAccess on(String group, String resource, String verb) {
    return new RbacAccess(group, resource, null, null, verb);
  }

  static RbacAccess named(String group, String resource, String name, String verb) {
    return new RbacAccess(group, resource, name, null, verb);
  }

  static RbacAccess url(String url, String verb) {
    return new RbacAccess(null, null, null, url, verb);
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

  /** Asks the API server (SubjectAccessReview) whether a service account may do something. */
  static final class Reviewer {
    private final KubernetesClient client;
    private final String accountNamespace;
    private final String namespace;
    private final String serviceAccount;

    /** Reviews for the service account of {@code namespace} on objects in that namespace. */
    Reviewer(KubernetesClient client, String namespace, String serviceAccount) {
      this(client, namespace, namespace, serviceAccount);
    }

    private Reviewer(
        KubernetesClient client, String accountNamespace, String namespace, String serviceAccount) {
      this.client = client;
      this.accountNamespace = accountNamespace;
      this.namespace = namespace;
      this.serviceAccount = serviceAccount;
    }

    /**
     * Reviews for the same account on objects in {@code other} namespace, or in every namespace
     * when {@code other} is null.
     */
    Reviewer in(String other) {
      return new Reviewer(client, accountNamespace, other, serviceAccount);
    }

    boolean allowed(RbacAccess access) {
      SubjectAccessReviewBuilder review =
          new SubjectAccessReviewBuilder()
              .withNewSpec()
              .withUser("system:serviceaccount:" + accountNamespace + ":" + serviceAccount)
              .withGroups(
                  "system:serviceaccounts",
                  "system:serviceaccounts:" + accountNamespace,
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

    /**
     * Waits (up to 30 s) until the authorizer, which sees new bindings through an informer, allows
     * it.
     */
    void awaitAllowed(RbacAccess access) throws InterruptedException {
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (!allowed(access) && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
    }
  }
}
