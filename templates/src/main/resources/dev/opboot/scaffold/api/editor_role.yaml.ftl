# This rule is not used by [=project.name] itself.
# It is provided to allow the cluster admin to help manage permissions for users.
#
# Grants permissions to create, update, and delete [=resource.plural].[=resource.apiGroup].
# This role is intended for users who need to manage these resources
# but should not control RBAC or manage permissions for others.
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  labels:
    app.kubernetes.io/name: [=project.name]
    app.kubernetes.io/managed-by: kustomize
  name: [=resource.roleNamePrefix]-editor-role
rules:
- apiGroups:
  - [=resource.apiGroup]
  resources:
  - [=resource.plural]
  verbs:
  - create
  - delete
  - get
  - list
  - patch
  - update
  - watch
- apiGroups:
  - [=resource.apiGroup]
  resources:
  - [=resource.plural]/status
  verbs:
  - get
