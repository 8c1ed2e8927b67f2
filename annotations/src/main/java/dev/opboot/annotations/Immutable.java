package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value cannot change once set: a CEL rule {@code self == oldSelf} in {@code
 * x-kubernetes-validations}.
 *
 * <p>controller-gen: {@code +kubebuilder:validation:XValidation:rule="self == oldSelf"}. For
 * example
 *
 * <pre>{@code
 * @Immutable public String volumeName;
 * }</pre>
 *
 * <p>writes into the property's schema:
 *
 * <pre>{@code
 * volumeName:
 *   x-kubernetes-validations:
 *   - rule: self == oldSelf
 *     message: Value is immutable
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Immutable {
  /**
   * The message the API server returns when a change is rejected.
   *
   * @return the message
   */
  String message() default "Value is immutable";
}
