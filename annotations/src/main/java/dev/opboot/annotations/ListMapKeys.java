package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The keys that identify an item of a {@code map} list: {@code x-kubernetes-list-map-keys} ({@code
 * +listMapKey}). Each must be a required scalar property of the item. Implies
 * {@code @ListType(MAP)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface ListMapKeys {
  String[] value();
}
