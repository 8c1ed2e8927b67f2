package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A link to more documentation: {@code externalDocs} ({@code +kubebuilder:externalDocs}).
 *
 * <p>controller-gen: {@code +kubebuilder:externalDocs:url=https://crontab.guru,description="cron
 * syntax"}. For example
 *
 * <pre>{@code
 * @ExternalDocs(url = "https://crontab.guru", description = "cron syntax") public String schedule;
 * }</pre>
 *
 * <p>writes into the property's schema:
 *
 * <pre>{@code
 * schedule:
 *   externalDocs:
 *     url: https://crontab.guru
 *     description: cron syntax
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface ExternalDocs {
  /** {@return the documentation's URL} */
  String url();

  /** {@return what the link leads to; empty for no description} */
  String description() default "";
}
