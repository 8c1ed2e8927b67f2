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
 *
 * <p>controller-gen: {@code +kubebuilder:validation:AtLeastOneOf=cron;interval}. For example
 *
 * <pre>{@code
 * @AtLeastOneOf({"cron", "interval"})
 * class Spec {
 *     public String cron;
 *     public String interval;
 * }
 * }</pre>
 *
 * <p>writes into the schema of the class's property ({@code spec} here):
 *
 * <pre>{@code
 * spec:
 *   x-kubernetes-validations:
 *   - rule: has(self.cron)||has(self.interval)
 *     message: at least one of the fields in [cron interval] must be set
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(AtLeastOneOf.List.class)
public @interface AtLeastOneOf {
  /** {@return the JSON names of the properties, at least one of which is set} */
  String[] value();

  /** Holds repeated {@link AtLeastOneOf} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** {@return the repeated annotations} */
    AtLeastOneOf[] value();
  }
}
