resources:
- certificate.yaml

configurations:
- kustomizeconfig.yaml
