package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This property is optional even where properties are required by default ({@code +optional}).
 *
 * <p>controller-gen: {@code +optional}. For example
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
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Optional {}
