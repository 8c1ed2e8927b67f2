package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every item of the list must be different ({@code +kubebuilder:validation:UniqueItems}): {@code
 * x-kubernetes-list-type: set}, as the API server refuses {@code uniqueItems} in a CRD's schema.
 *
 * <p>controller-gen: {@code +kubebuilder:validation:UniqueItems=true}. For example
 *
 * <pre>{@code
 * @UniqueItems public List<String> tags;
 * }</pre>
 *
 * <p>writes into the property's schema (the API server refuses {@code uniqueItems}):
 *
 * <pre>{@code
 * tags:
 *   x-kubernetes-list-type: set
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface UniqueItems {}
