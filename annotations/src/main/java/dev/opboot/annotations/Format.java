package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OpenAPI {@code format} of a value, such as {@code date-time}, {@code uri}, {@code email},
 * {@code uuid}, {@code int64} ({@code +kubebuilder:validation:Format}).
 *
 * <p>controller-gen: {@code +kubebuilder:validation:Format=uri}. For example
 *
 * <pre>{@code
 * @Format("uri") public String link;
 * }</pre>
 *
 * <p>writes into the property's schema:
 *
 * <pre>{@code
 * link:
 *   format: uri
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface Format {
  /** {@return the OpenAPI format} */
  String value();
}
