package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An example value, written as JSON ({@code "\"text\""}, {@code 3}, {@code {"a": 1}}): {@code
 * example} ({@code +kubebuilder:example}).
 *
 * <p>controller-gen: {@code +kubebuilder:example="0 3 * * 1"}. For example
 *
 * <pre>{@code
 * @Example("\"0 3 * * 1\"") public String schedule;
 * }</pre>
 *
 * <p>writes into the property's schema:
 *
 * <pre>{@code
 * schedule:
 *   example: 0 3 * * 1
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Example {
  /** {@return the example value, as JSON} */
  String value();
}
