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
 *
 * <p>controller-gen: {@code +listMapKey=name} (with {@code +listType=map}). For example
 *
 * <pre>{@code
 * @ListMapKeys("name") public List<Port> ports;
 * }</pre>
 *
 * <p>writes into the property's schema:
 *
 * <pre>{@code
 * ports:
 *   x-kubernetes-list-type: map
 *   x-kubernetes-list-map-keys:
 *   - name
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface ListMapKeys {
  /** {@return the JSON names of the key properties of an item} */
  String[] value();
}
