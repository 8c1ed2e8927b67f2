- select:
    kind: CustomResourceDefinition
    name: [=resource.plural].[=resource.apiGroup]
  fieldPaths:
  - metadata.annotations.[cert-manager.io/inject-ca-from]
  options:
    delimiter: /
    index: 0
    create: true
