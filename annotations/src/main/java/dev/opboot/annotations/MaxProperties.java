package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * At most this many keys: {@code maxProperties} ({@code +kubebuilder:validation:MaxProperties}).
 *
 * <p>controller-gen: {@code +kubebuilder:validation:MaxProperties=3}. For example
 *
 * <pre>{@code
 * @MaxProperties(3) public Map<String, String> extra;
 * }</pre>
 *
 * <p>writes into the property's schema:
 *
 * <pre>{@code
 * extra:
 *   maxProperties: 3
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface MaxProperties {
  /** {@return the largest number of keys} */
  long value();
}
