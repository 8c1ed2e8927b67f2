package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value is an integer or a string: {@code x-kubernetes-int-or-string} ({@code
 * +kubebuilder:validation:XIntOrString}). fabric8's {@code IntOrString} needs no annotation.
 *
 * <p>controller-gen: {@code +kubebuilder:validation:XIntOrString}. For example
 *
 * <pre>{@code
 * @IntOrString public String port;
 * }</pre>
 *
 * <p>writes into the property's schema:
 *
 * <pre>{@code
 * port:
 *   x-kubernetes-int-or-string: true
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface IntOrString {}
