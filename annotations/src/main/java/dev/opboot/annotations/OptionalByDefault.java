package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Properties of this class are optional unless marked required, overriding a {@link
 * RequiredByDefault} on its package ({@code +kubebuilder:validation:Optional} on a type).
 *
 * <p>controller-gen: {@code +kubebuilder:validation:Optional}. For example
 *
 * <pre>{@code
 * @OptionalByDefault
 * class Spec {
 *     @Required public String schedule;
 *     public String suffix;
 * }
 * }</pre>
 *
 * <p>writes into the schema of the class's property ({@code spec} here):
 *
 * <pre>{@code
 * spec:
 *   required:
 *   - schedule
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface OptionalByDefault {}
