package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How server-side apply merges a list: {@code x-kubernetes-list-type} ({@code +listType}). A {@code
 * Set} is {@code set} without this annotation.
 *
 * <p>controller-gen: {@code +listType=atomic}. For example
 *
 * <pre>{@code
 * @ListType(ListType.Kind.ATOMIC) public List<String> args;
 * }</pre>
 *
 * <p>writes into the property's schema:
 *
 * <pre>{@code
 * args:
 *   x-kubernetes-list-type: atomic
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface ListType {
  /** {@return how the list is merged} */
  Kind value();

  /** The list types Kubernetes knows. */
  enum Kind {
    /** The list is replaced as a whole. */
    ATOMIC,
    /** Items are unique scalars, merged as a set. */
    SET,
    /** Items are objects merged by the keys named in {@link ListMapKeys}. */
    MAP
  }
}
