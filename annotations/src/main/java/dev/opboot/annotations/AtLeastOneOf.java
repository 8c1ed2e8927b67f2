package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a class: at least one of these properties is set, checked by a CEL rule in {@code
 * x-kubernetes-validations} ({@code +kubebuilder:validation:AtLeastOneOf}). Names are JSON property
 * names.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(AtLeastOneOf.List.class)
public @interface AtLeastOneOf {
  String[] value();

  /** Holds repeated {@link AtLeastOneOf} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    AtLeastOneOf[] value();
  }
}
