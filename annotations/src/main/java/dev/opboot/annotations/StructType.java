package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How server-side apply merges an object: {@code x-kubernetes-map-type} on a struct ({@code
 * +structType}). On a class it applies wherever the class is used.
 *
 * <p>controller-gen: {@code +structType=atomic}. For example
 *
 * <pre>{@code
 * @StructType(MapType.Kind.ATOMIC) public Port endpoint;
 * }</pre>
 *
 * <p>writes into the property's schema:
 *
 * <pre>{@code
 * endpoint:
 *   x-kubernetes-map-type: atomic
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface StructType {
  /** {@return how the object is merged} */
  MapType.Kind value();
}
