# Teaches kustomize that a Certificate names its Issuer, so that config/default's namePrefix
# renames the reference with the Issuer.
nameReference:
- kind: Issuer
  group: cert-manager.io
  fieldSpecs:
  - kind: Certificate
    group: cert-manager.io
    path: spec/issuerRef/name
