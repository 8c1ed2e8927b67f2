apiVersion: [=resource.apiGroup]/[=resource.version]
kind: [=resource.kind]
metadata:
  labels:
    app.kubernetes.io/name: [=project.name]
    app.kubernetes.io/managed-by: kustomize
  name: [=resource.kindLower]-[=resource.version]-sample
<#if resource.sampleSpec??>
[=resource.sampleSpec]<#t>
<#else>
spec:
  # TODO(user): Add fields here
  foo: bar
<#if resource.ownsPods>
  image: nginx:1.27
</#if>
</#if>
