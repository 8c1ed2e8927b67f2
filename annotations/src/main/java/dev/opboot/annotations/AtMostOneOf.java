package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a class: at most one of these properties is set, checked by a CEL rule in {@code
 * x-kubernetes-validations} ({@code +kubebuilder:validation:AtMostOneOf}). Names are JSON property
 * names.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(AtMostOneOf.List.class)
public @interface AtMostOneOf {
  String[] value();

  /** Holds repeated {@link AtMostOneOf} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    AtMostOneOf[] value();
  }
}
