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
 *
 * <p>controller-gen: {@code +kubebuilder:validation:AtMostOneOf=cron;interval}. For example
 *
 * <pre>{@code
 * @AtMostOneOf({"cron", "interval"})
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
 *   - rule: (has(self.cron)?1:0)+(has(self.interval)?1:0) <= 1
 *     message: at most one of the fields in [cron interval] may be set
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(AtMostOneOf.List.class)
public @interface AtMostOneOf {
  /** {@return the JSON names of the properties, at most one of which is set} */
  String[] value();

  /** Holds repeated {@link AtMostOneOf} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** {@return the repeated annotations} */
    AtMostOneOf[] value();
  }
}
