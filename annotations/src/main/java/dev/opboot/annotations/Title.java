package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A short title: {@code title} ({@code +kubebuilder:title}).
 *
 * <p>controller-gen: {@code +kubebuilder:title=Schedule}. For example
 *
 * <pre>{@code
 * @Title("Schedule") public String schedule;
 * }</pre>
 *
 * <p>writes into the property's schema:
 *
 * <pre>{@code
 * schedule:
 *   title: Schedule
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Title {
  /** {@return the title} */
  String value();
}
