# Adds namespace to all resources.
namespace: [=project.namespace]

# Value of this field is prepended to the names of all resources, e.g. a deployment named
# "controller-manager" becomes "[=project.name]-controller-manager".
namePrefix: [=project.name]-

# Labels to add to all resources and selectors.
#labels:
#- includeSelectors: true
#  pairs:
#    someName: someValue

resources:
# op-boot:scaffold:crd
- ../rbac
- ../manager
# op-boot:scaffold:webhook
