package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a class: exactly one of these properties is set, checked by a CEL rule in {@code
 * x-kubernetes-validations} ({@code +kubebuilder:validation:ExactlyOneOf}). Names are JSON property
 * names.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ExactlyOneOf.List.class)
public @interface ExactlyOneOf {
  String[] value();

  /** Holds repeated {@link ExactlyOneOf} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    ExactlyOneOf[] value();
  }
}
