# This rule is not used by [=project.name] itself.
# It is provided to allow the cluster admin to help manage permissions for users.
#
# Grants read-only access to [=resource.plural].[=resource.apiGroup].
# This role is intended for users who need visibility into these resources
# without permissions to modify them.
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  labels:
    app.kubernetes.io/name: [=project.name]
    app.kubernetes.io/managed-by: kustomize
  name: [=resource.roleNamePrefix]-viewer-role
rules:
- apiGroups:
  - [=resource.apiGroup]
  resources:
  - [=resource.plural]
  verbs:
  - get
  - list
  - watch
- apiGroups:
  - [=resource.apiGroup]
  resources:
  - [=resource.plural]/status
  verbs:
  - get
