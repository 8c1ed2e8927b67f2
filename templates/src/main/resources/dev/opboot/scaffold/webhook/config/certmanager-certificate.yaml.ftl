# The webhook server's certificate, issued and renewed by cert-manager (https://cert-manager.io):
# a self-signed Issuer, and a Certificate whose Secret the manager's Deployment mounts
# (config/default/manager_webhook_patch.yaml). config/default fills in the DNS names from the
# webhook Service, and cert-manager's CA injector copies the CA into the webhook configurations and
# the conversion CRDs that carry the cert-manager.io/inject-ca-from annotation.
apiVersion: cert-manager.io/v1
kind: Issuer
metadata:
  labels:
    app.kubernetes.io/name: [=project.name]
    app.kubernetes.io/managed-by: kustomize
  name: selfsigned-issuer
  namespace: system
spec:
  selfSigned: {}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  labels:
    app.kubernetes.io/name: [=project.name]
    app.kubernetes.io/managed-by: kustomize
  name: serving-cert
  namespace: system
spec:
  # SERVICE_NAME and SERVICE_NAMESPACE are replaced by config/default's replacements.
  dnsNames:
  - SERVICE_NAME.SERVICE_NAMESPACE.svc
  - SERVICE_NAME.SERVICE_NAMESPACE.svc.cluster.local
  issuerRef:
    kind: Issuer
    name: selfsigned-issuer
  secretName: webhook-server-cert
