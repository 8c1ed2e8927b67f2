# The webhooks (op-boot create webhook): their configurations and Service, and their certificate
# from cert-manager. Without cert-manager, remove ../certmanager and the replacements below, and
# give the manager's Deployment the certificate's Secret yourself.
- ../webhook
- ../certmanager

patches:
# the webhook server's port and certificate in the manager's Deployment
- path: manager_webhook_patch.yaml

replacements:
# the Certificate's DNS names are the webhook Service's, as namePrefix and namespace make them
- source:
    kind: Service
    version: v1
    name: webhook-service
    fieldPath: metadata.name
  targets:
  - select:
      kind: Certificate
      group: cert-manager.io
      name: serving-cert
    fieldPaths:
    - spec.dnsNames.0
    - spec.dnsNames.1
    options:
      delimiter: .
      index: 0
- source:
    kind: Service
    version: v1
    name: webhook-service
    fieldPath: metadata.namespace
  targets:
  - select:
      kind: Certificate
      group: cert-manager.io
      name: serving-cert
    fieldPaths:
    - spec.dnsNames.0
    - spec.dnsNames.1
    options:
      delimiter: .
      index: 1
# cert-manager's CA injector puts the Certificate's CA into the objects that name it
# (cert-manager.io/inject-ca-from: <namespace>/<name>): the webhook configurations, and the CRDs
# whose conversion webhook the server calls
- source:
    kind: Certificate
    group: cert-manager.io
    name: serving-cert
    fieldPath: metadata.namespace
  targets:
  - select:
      kind: MutatingWebhookConfiguration
    fieldPaths:
    - metadata.annotations.[cert-manager.io/inject-ca-from]
    options:
      delimiter: /
      index: 0
      create: true
  - select:
      kind: ValidatingWebhookConfiguration
    fieldPaths:
    - metadata.annotations.[cert-manager.io/inject-ca-from]
    options:
      delimiter: /
      index: 0
      create: true
  # op-boot:scaffold:ca-namespace-targets
- source:
    kind: Certificate
    group: cert-manager.io
    name: serving-cert
    fieldPath: metadata.name
  targets:
  - select:
      kind: MutatingWebhookConfiguration
    fieldPaths:
    - metadata.annotations.[cert-manager.io/inject-ca-from]
    options:
      delimiter: /
      index: 1
      create: true
  - select:
      kind: ValidatingWebhookConfiguration
    fieldPaths:
    - metadata.annotations.[cert-manager.io/inject-ca-from]
    options:
      delimiter: /
      index: 1
      create: true
  # op-boot:scaffold:ca-name-targets
