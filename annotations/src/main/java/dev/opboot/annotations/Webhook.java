package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An admission webhook the operator serves ({@code +kubebuilder:webhook:path=...,mutating=...,
 * failurePolicy=...,sideEffects=...,groups=...,resources=...,verbs=...,versions=...,name=...,
 * admissionReviewVersions=...}), written by {@code op-boot generate webhook} into {@code
 * config/webhook/manifests.yaml}: a {@code MutatingWebhookConfiguration} named {@code
 * mutating-webhook-configuration} for the mutating ones, a {@code ValidatingWebhookConfiguration}
 * named {@code validating-webhook-configuration} for the others, each webhook calling the {@code
 * webhook-service} Service in the operator's namespace at {@link #path()}. Put it on the class that
 * serves the path; repeat it for several webhooks.
 *
 * <pre>{@code
 * @Webhook(path = "/mutate-webapp-example-com-v1-guestbook",
 *     mutating = true,
 *     groups = "webapp.example.com",
 *     resources = "guestbooks",
 *     verbs = {"create", "update"},
 *     versions = "v1",
 *     name = "mguestbook-v1.kb.io",
 *     namespaceSelector = "environment in (production, staging)")
 * public class GuestbookWebhook { ... }
 * }</pre>
 *
 * <p>becomes
 *
 * <pre>{@code
 * ---
 * apiVersion: admissionregistration.k8s.io/v1
 * kind: MutatingWebhookConfiguration
 * metadata:
 *   name: mutating-webhook-configuration
 * webhooks:
 * - admissionReviewVersions:
 *   - v1
 *   clientConfig:
 *     service:
 *       name: webhook-service
 *       namespace: system
 *       path: /mutate-webapp-example-com-v1-guestbook
 *   failurePolicy: Fail
 *   name: mguestbook-v1.kb.io
 *   namespaceSelector:
 *     matchExpressions:
 *     - key: environment
 *       operator: In
 *       values:
 *       - production
 *       - staging
 *   rules:
 *   - apiGroups:
 *     - webapp.example.com
 *     apiVersions:
 *     - v1
 *     operations:
 *     - CREATE
 *     - UPDATE
 *     resources:
 *     - guestbooks
 *   sideEffects: None
 * }</pre>
 *
 * <p>Values are checked as the API server checks them, each problem reported at its file:line.
 * Where controller-gen's marker requires a value that every kubebuilder scaffold writes the same
 * way, this annotation has it as its default ({@code failurePolicy = "Fail"}, {@code sideEffects =
 * "None"}, {@code admissionReviewVersions = "v1"}). The selectors, which controller-gen's marker
 * does not have, take kubectl's label selector syntax.
 *
 * <p>Compile-only, like the schema annotations: it has no effect at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Webhook.List.class)
public @interface Webhook {
  /**
   * The URL path the API server calls on the webhook service, starting with {@code /}; kubebuilder
   * names it {@code /mutate-<group with dots as dashes>-<version>-<kind in lower case>} or {@code
   * /validate-...}. Each segment must be a DNS subdomain (lower case).
   *
   * @return the path
   */
  String path();

  /**
   * Whether the webhook may change the object (defaulting): it then goes into the {@code
   * MutatingWebhookConfiguration} and runs before every validating webhook; otherwise into the
   * {@code ValidatingWebhookConfiguration}.
   *
   * @return whether it mutates
   */
  boolean mutating();

  /**
   * What the API server does when it cannot reach the webhook or the call fails: {@code Fail}
   * (refuse the request) or {@code Ignore} (go on without it).
   *
   * @return the failure policy
   */
  String failurePolicy() default "Fail";

  /**
   * Whether calling the webhook changes anything besides the object: {@code None}, or {@code
   * NoneOnDryRun} when it has side effects that it leaves out on a dry-run request. The API server
   * calls only such webhooks on dry runs ({@code Some} and {@code Unknown} are not allowed in
   * {@code admissionregistration.k8s.io/v1}).
   *
   * @return the side effects
   */
  String sideEffects() default "None";

  /**
   * The API groups of the resources: {@code ""} (or {@code "core"}) for the core group.
   *
   * @return the API groups
   */
  String[] groups();

  /**
   * The resources, by plural name ({@code guestbooks}), with subresources as {@code
   * plural/subresource}, or {@code *}.
   *
   * @return the resources
   */
  String[] resources();

  /**
   * The operations that call the webhook: {@code create update delete connect}, or {@code *}.
   *
   * @return the operations
   */
  String[] verbs();

  /**
   * The API versions of the resources, or {@code *}.
   *
   * @return the API versions
   */
  String[] versions();

  /**
   * The webhook's name, a domain of at least three segments ({@code mguestbook-v1.kb.io}), unique
   * among the mutating webhooks or among the validating ones.
   *
   * @return the webhook's name
   */
  String name();

  /**
   * The {@code AdmissionReview} versions the webhook understands, in the order it prefers them; one
   * of them must be {@code v1} or {@code v1beta1}.
   *
   * @return the AdmissionReview versions
   */
  String[] admissionReviewVersions() default {"v1"};

  /**
   * How long the API server waits for an answer, 1 to 30 seconds; left out (the API server's
   * default, 10 seconds) when not given.
   *
   * @return the timeout in seconds, or 0
   */
  int timeoutSeconds() default 0;

  /**
   * How requests for the resources under another group or version are matched: {@code Exact} or
   * {@code Equivalent}; left out (the API server's default, {@code Equivalent}) when empty.
   *
   * @return the match policy, or empty
   */
  String matchPolicy() default "";

  /**
   * For a mutating webhook: {@code Never}, or {@code IfNeeded} to be called again when later
   * mutations change the object; left out (the API server's default, {@code Never}) when empty.
   *
   * @return the reinvocation policy, or empty
   */
  String reinvocationPolicy() default "";

  /**
   * Which namespaces' objects call the webhook, as a label selector in kubectl's syntax: {@code
   * "environment in (production, staging), !legacy, webhooks=enabled"}. Requirements are separated
   * by commas: {@code key=value} (or {@code ==}), {@code key!=value}, {@code key in (a,b)}, {@code
   * key notin (a,b)}, {@code key} (exists), {@code !key} (does not exist). Empty: every namespace.
   *
   * @return the namespace selector, or empty
   */
  String namespaceSelector() default "";

  /**
   * Which objects call the webhook, by their labels, in the syntax of {@link #namespaceSelector()}.
   * Empty: every object.
   *
   * @return the object selector, or empty
   */
  String objectSelector() default "";

  /** Holds repeated {@link Webhook} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /**
     * The repeated annotations.
     *
     * @return the annotations, in source order
     */
    Webhook[] value();
  }
}
