package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Properties of the classes in this package, or of this class, are required unless marked {@link
 * Optional} or nullable ({@code +kubebuilder:validation:Required} on a package). Without it,
 * properties are optional unless marked required, as in controller-gen.
 *
 * <p>controller-gen: {@code +kubebuilder:validation:Required}. For example
 *
 * <pre>{@code
 * @RequiredByDefault
 * class Spec {
 *     public String schedule;
 *     @Optional public String suffix;
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
public @interface RequiredByDefault {}
