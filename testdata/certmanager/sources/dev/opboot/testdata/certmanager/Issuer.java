package dev.opboot.testdata.certmanager;

import io.fabric8.certmanager.api.model.v1.IssuerSpec;
import io.fabric8.certmanager.api.model.v1.IssuerStatus;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * cert-manager's {@code Issuer} as a custom resource class over fabric8's model of its spec and
 * status, so that op-boot's {@code generate crd} makes the CRD the tests install in place of
 * cert-manager's own (see CertManagerCrds).
 */
@Group("cert-manager.io")
@Version("v1")
public class Issuer extends CustomResource<IssuerSpec, IssuerStatus> implements Namespaced {}
