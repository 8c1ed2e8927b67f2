package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * At least this many keys: {@code minProperties} ({@code +kubebuilder:validation:MinProperties}).
 *
 * <p>controller-gen: {@code +kubebuilder:validation:MinProperties=1}. For example
 *
 * <pre>{@code
 * @MinProperties(1) public Map<String, String> selector;
 * }</pre>
 *
 * <p>writes into the property's schema:
 *
 * <pre>{@code
 * selector:
 *   minProperties: 1
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface MinProperties {
  /** {@return the smallest number of keys} */
  long value();
}
