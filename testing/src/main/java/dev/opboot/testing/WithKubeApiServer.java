package dev.opboot.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class or method against the {@link KubeApiServer#shared() shared} API
 * server of the test JVM (started on first use), and injects a {@code KubernetesClient} or the
 * {@link KubeApiServer} into constructor, lifecycle and test method parameters.
 *
 * <p>Skipped when no kube-apiserver is found, with a line on the console ending with {@value
 * EnvTestAssets#HINT}. See {@link KubeApiServerExtension} and {@link EnvTestAssets}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(KubeApiServerExtension.class)
public @interface WithKubeApiServer {}
