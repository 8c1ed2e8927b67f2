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
 * <p>writes into the property's schema what controller-gen writes for the marker on a Go {@code
 * string}:
 *
 * <pre>{@code
 * port:
 *   type: string
 *   x-kubernetes-int-or-string: true
 * }</pre>
 *
 * <p>On a property of another type it writes the schema of fabric8's {@code IntOrString}: {@code
 * anyOf} of an integer and a string, with the flag.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface IntOrString {}
