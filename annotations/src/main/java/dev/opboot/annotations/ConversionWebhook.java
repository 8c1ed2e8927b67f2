package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The kind's versions are converted by the operator's webhook: {@code generate crd} writes the
 * CRD's {@code spec.conversion} with strategy {@code Webhook}, calling the {@code webhook-service}
 * Service in the operator's namespace at {@code /convert}, as kubebuilder's {@code create webhook
 * --conversion} does with its {@code webhook_in_<kind>.yaml} patch. Without it the API server
 * converts between versions by changing {@code apiVersion} only (strategy {@code None}), which
 * loses every field the versions do not share.
 *
 * <p>Put it on the resource class of any version of the kind (usually the hub, the storage
 * version); where several versions carry it, they must agree. controller-gen: none (kubebuilder's
 * {@code create webhook --conversion}). Example:
 *
 * <pre>{@code
 * @ConversionWebhook
 * @Group("batch.example.com")
 * @Version("v1")
 * public class CronJob extends CustomResource<CronJobSpec, CronJobStatus> {}
 * }</pre>
 *
 * <p>becomes
 *
 * <pre>{@code
 * spec:
 *   conversion:
 *     strategy: Webhook
 *     webhook:
 *       clientConfig:
 *         service:
 *           name: webhook-service
 *           namespace: system
 *           path: /convert
 *       conversionReviewVersions:
 *       - v1
 * }</pre>
 *
 * <p>The Service's namespace is {@code system}, as in every manifest under {@code config/}, which
 * kustomize's {@code namespace} replaces with the operator's; its port is the Service's 443. Values
 * are checked as the API server checks them, each problem at its file:line.
 *
 * <p>Compile-only, like the schema annotations: it has no effect at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ConversionWebhook {
  /**
   * The path the API server calls on the webhook Service.
   *
   * @return a path starting with {@code /}
   */
  String path() default "/convert";

  /**
   * The webhook Service, as {@code config/webhook/service.yaml} names it.
   *
   * @return the Service's name
   */
  String serviceName() default "webhook-service";

  /**
   * The Service's namespace as the manifests under {@code config/} write it.
   *
   * @return the namespace kustomize's {@code namespace} replaces with the operator's
   */
  String serviceNamespace() default "system";

  /**
   * The Service's port the API server calls.
   *
   * @return a port, 1 to 65535
   */
  int port() default 443;

  /**
   * The {@code ConversionReview} versions the webhook understands.
   *
   * @return {@code v1} and/or {@code v1beta1}, in order of preference
   */
  String[] conversionReviewVersions() default {"v1"};
}
