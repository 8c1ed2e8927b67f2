package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value is a whole Kubernetes object (apiVersion, kind, metadata): {@code
 * x-kubernetes-embedded-resource} ({@code +kubebuilder:validation:EmbeddedResource}). {@code
 * HasMetadata}, {@code RawExtension} and {@code GenericKubernetesResource} need no annotation.
 *
 * <p>controller-gen: {@code +kubebuilder:validation:EmbeddedResource}. For example
 *
 * <pre>{@code
 * @EmbeddedResource public Map<String, Object> template;
 * }</pre>
 *
 * <p>writes into the property's schema:
 *
 * <pre>{@code
 * template:
 *   x-kubernetes-embedded-resource: true
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface EmbeddedResource {}
