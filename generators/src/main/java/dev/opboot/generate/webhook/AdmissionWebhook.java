package dev.opboot.generate.webhook;

import dev.opboot.generate.problem.SourceLocation;
import java.util.List;

/**
 * One admission webhook as a {@code @Webhook} declares it, checked, with its values as the API
 * writes them ({@code Fail}, {@code CREATE}, the core group as {@code ""}).
 *
 * @param name the webhook's name, unique within its configuration
 * @param mutating whether it belongs to the mutating configuration
 * @param path the path on the webhook service
 * @param failurePolicy {@code Fail} or {@code Ignore}
 * @param sideEffects {@code None} or {@code NoneOnDryRun}
 * @param groups the API groups of its one rule
 * @param versions the API versions of its rule
 * @param resources the resources of its rule
 * @param operations the operations of its rule, upper case
 * @param admissionReviewVersions the review versions, in preferred order
 * @param timeoutSeconds the timeout, or null for the API server's default
 * @param matchPolicy {@code Exact}, {@code Equivalent}, or null
 * @param reinvocationPolicy {@code Never}, {@code IfNeeded}, or null
 * @param namespaceSelector the namespaces, or null for all
 * @param objectSelector the objects, or null for all
 * @param location where the annotation is written
 * @param packageName the package of the class it is written on, which orders webhooks as
 *     controller-gen orders them (by Go package, then by name)
 */
record AdmissionWebhook(
    String name,
    boolean mutating,
    String path,
    String failurePolicy,
    String sideEffects,
    List<String> groups,
    List<String> versions,
    List<String> resources,
    List<String> operations,
    List<String> admissionReviewVersions,
    Integer timeoutSeconds,
    String matchPolicy,
    String reinvocationPolicy,
    LabelSelector namespaceSelector,
    LabelSelector objectSelector,
    SourceLocation location,
    String packageName) {
  AdmissionWebhook {
    groups = List.copyOf(groups);
    versions = List.copyOf(versions);
    resources = List.copyOf(resources);
    operations = List.copyOf(operations);
    admissionReviewVersions = List.copyOf(admissionReviewVersions);
  }
}
