package dev.opboot.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The resource's CRD belongs to someone else (cert-manager, Prometheus, another operator): the
 * class gives the reconciler typed access, and {@code generate crd} writes no CRD for it, so the
 * operator never installs or changes another project's API. {@code generate rbac} still grants the
 * access the reconciler needs. kubebuilder's {@code --external-api}; {@code op-boot create api
 * --from-crd FILE --external} writes it.
 *
 * <p>controller-gen: {@code create api --external-api}. Example (no CRD is written for it; generate
 * rbac still grants its access):
 *
 * <pre>{@code
 * @External
 * @Group("cert-manager.io")
 * @Version("v1")
 * public class Certificate extends CustomResource<CertificateSpec, CertificateStatus> {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface External {}
