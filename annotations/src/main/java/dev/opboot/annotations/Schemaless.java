package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Emit no schema for this property (it is left to {@code x-kubernetes-preserve-unknown-fields} or
 * to an enclosing schema) ({@code +kubebuilder:validation:Schemaless}).
 *
 * <p>controller-gen: {@code +kubebuilder:validation:Schemaless}. For example
 *
 * <pre>{@code
 * @Schemaless @PreserveUnknownFields public Object config;
 * }</pre>
 *
 * <p>writes into the property's schema (no schema but that):
 *
 * <pre>{@code
 * config:
 *   x-kubernetes-preserve-unknown-fields: true
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Schemaless {}
