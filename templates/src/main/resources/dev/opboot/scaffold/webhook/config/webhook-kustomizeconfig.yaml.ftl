# Teaches kustomize that a CRD's conversion webhook names the webhook Service, so that
# config/default's namePrefix renames the reference with the Service. (kustomize already knows
# the references in Mutating/ValidatingWebhookConfigurations.)
nameReference:
- kind: Service
  version: v1
  fieldSpecs:
  - kind: CustomResourceDefinition
    group: apiextensions.k8s.io
    version: v1
    path: spec/conversion/webhook/clientConfig/service/name
