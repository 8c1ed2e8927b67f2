package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value cannot change once set: a CEL rule {@code self == oldSelf} in {@code
 * x-kubernetes-validations}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Immutable {
  /** The message the API server returns when a change is rejected. */
  String message() default "Value is immutable";
}
