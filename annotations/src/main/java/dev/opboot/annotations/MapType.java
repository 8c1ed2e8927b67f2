package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How server-side apply merges a map: {@code x-kubernetes-map-type} ({@code +mapType}).
 *
 * <p>controller-gen: {@code +mapType=atomic}. For example
 *
 * <pre>{@code
 * @MapType(MapType.Kind.ATOMIC) public Map<String, String> labels;
 * }</pre>
 *
 * <p>writes into the property's schema:
 *
 * <pre>{@code
 * labels:
 *   x-kubernetes-map-type: atomic
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface MapType {
  /** {@return how the map is merged} */
  Kind value();

  /** The map types Kubernetes knows. */
  enum Kind {
    /** Keys are merged one by one. */
    GRANULAR,
    /** The map is replaced as a whole. */
    ATOMIC
  }
}
