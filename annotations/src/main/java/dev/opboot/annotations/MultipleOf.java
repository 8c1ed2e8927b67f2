package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The number must be a multiple of this: {@code multipleOf} ({@code
 * +kubebuilder:validation:MultipleOf}).
 *
 * <p>controller-gen: {@code +kubebuilder:validation:MultipleOf=5}. For example
 *
 * <pre>{@code
 * @MultipleOf(5) public int minutes;
 * }</pre>
 *
 * <p>writes into the property's schema:
 *
 * <pre>{@code
 * minutes:
 *   multipleOf: 5
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface MultipleOf {
  /** {@return the number every value must be a multiple of} */
  double value();
}
