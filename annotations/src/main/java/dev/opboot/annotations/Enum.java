package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The only values a string (or number) may take: {@code enum} ({@code
 * +kubebuilder:validation:Enum}). For a Java enum the constants are used without this annotation.
 *
 * <p>controller-gen: {@code +kubebuilder:validation:Enum=Allow;Forbid;Replace}. For example
 *
 * <pre>{@code
 * @Enum({"Allow", "Forbid", "Replace"}) public String concurrencyPolicy;
 * }</pre>
 *
 * <p>writes into the property's schema:
 *
 * <pre>{@code
 * concurrencyPolicy:
 *   enum:
 *   - Allow
 *   - Forbid
 *   - Replace
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface Enum {
  /** {@return the allowed values; a number is written as its JSON text} */
  String[] value();
}
