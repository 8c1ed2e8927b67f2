package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Nothing under this property is required: every {@code required} list of its schema is dropped,
 * but for the keys of map lists (a container's {@code name}), which the API server wants required.
 * For a Kubernetes type the operator fills in (a pod template whose {@code containers} it adds, a
 * StatefulSetSpec whose {@code selector} it sets), where Kubernetes' own required fields would make
 * the API server refuse the user's resource. {@code generate crd --relax-required-in-templates}
 * does the same for every template below the root.
 *
 * <p>controller-gen: none, op-boot's own. For example
 *
 * <pre>{@code
 * @RelaxRequired public PodSpec pod;
 * }</pre>
 *
 * <p>writes into the property's schema (none, also below):
 *
 * <pre>{@code
 * pod: {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface RelaxRequired {}
