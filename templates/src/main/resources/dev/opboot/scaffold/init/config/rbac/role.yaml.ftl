# Permissions of the operator itself. Generated from the code by 'op-boot generate rbac', which the
# build runs (op-boot's Maven plugin): edit the reconcilers or add @RbacRule, not this file.
apiVersion: rbac.authorization.k8s.io/v1
kind: <#if project.namespaced>Role<#else>ClusterRole</#if>
metadata:
  name: manager-role
rules: []
