# The webhook configurations and their Service. manifests.yaml and service.yaml are written by
# `op-boot generate webhook` from the @Webhook classes; this file is yours.
resources:
- manifests.yaml
- service.yaml

configurations:
- kustomizeconfig.yaml
