package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leave this version of the kind out of the generated CRD ({@code +kubebuilder:skipversion}), for
 * example while it is being written.
 *
 * <p>controller-gen: {@code +kubebuilder:skipversion}. Example (the version is left out of the
 * CRD):
 *
 * <pre>{@code
 * @SkipVersion
 * @Group("batch.example.com")
 * @Version(value = "v2alpha1", storage = false)
 * public class CronJob extends CustomResource<CronJobSpec, CronJobStatus> {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SkipVersion {}
