package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The resource keeps {@code status} in its schema, but the CRD serves no status subresource: the
 * status is written with the rest of the object, as by a kind whose CRD has no {@code
 * subresources.status} ({@code +kubebuilder:subresource:status} left out). Without it op-boot turns
 * the subresource on whenever the status type is not {@code Void}, as fabric8 does.
 *
 * <p>controller-gen: {@code +kubebuilder:subresource:status}. Example (no subresources.status (the
 * status stays in the schema)):
 *
 * <pre>{@code
 * @NoStatusSubresource
 * @Group("batch.example.com")
 * @Version("v1")
 * public class CronJob extends CustomResource<CronJobSpec, CronJobStatus> {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface NoStatusSubresource {}
