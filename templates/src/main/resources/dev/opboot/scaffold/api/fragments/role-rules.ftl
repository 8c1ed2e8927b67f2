- apiGroups:
  - [=resource.apiGroup]
  resources:
  - [=resource.plural]
  verbs:
  - get
  - list
  - watch
  - patch
  - update
- apiGroups:
  - [=resource.apiGroup]
  resources:
  - [=resource.plural]/status
  verbs:
  - get
  - patch
  - update
- apiGroups:
  - [=resource.apiGroup]
  resources:
  - [=resource.plural]/finalizers
  verbs:
  - update
