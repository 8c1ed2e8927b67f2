apiVersion: rbac.authorization.k8s.io/v1
kind: <#if project.namespaced>RoleBinding<#else>ClusterRoleBinding</#if>
metadata:
  labels:
    app.kubernetes.io/name: [=project.name]
    app.kubernetes.io/managed-by: kustomize
  name: manager-rolebinding
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: <#if project.namespaced>Role<#else>ClusterRole</#if>
  name: manager-role
subjects:
- kind: ServiceAccount
  name: controller-manager
  namespace: system
