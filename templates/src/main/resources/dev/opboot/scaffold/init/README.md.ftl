# [=project.name]

A Kubernetes operator for the `[=project.domain]` domain, written in Java with the
[Java Operator SDK](https://javaoperatorsdk.io) and the fabric8 Kubernetes client.
It was scaffolded by `op-boot`.

## APIs

The `PROJECT` file lists every API this project serves. Add one with
`op-boot create api --group <group> --version <version> --kind <Kind>`.

## Prerequisites

- Java 17+ and Maven 3.8+
- Docker (to build the image) and `kubectl` with access to a cluster

## Build and test

```sh
mvn -B verify        # regenerate config/crd/bases, compile, run the tests, build target/[=project.artifactId].jar + target/lib/
```

- The build regenerates the CRDs under `config/crd/bases` from the API classes and the operator's
  role `config/rbac/role.yaml` from the reconcilers, their dependents and `@RbacRule`s (op-boot's
  Maven plugin, the same engines as `op-boot generate crd` and `op-boot generate rbac`); commit them
  with the code. `mvn -B verify -Dop-boot.crd.check -Dop-boot.rbac.check` fails instead when a
  committed file is stale (for CI).
- `OperatorIT` runs the operator against a real Kubernetes API server, as kubebuilder's envtest
  does: it installs the CRDs, creates every sample under `config/samples` and waits until each is
  reconciled. It needs `KUBEBUILDER_ASSETS`, a folder holding `etcd` and `kube-apiserver`
  (op-boot's `envtest/provision` builds one); without it the test is skipped and says so.

## Run locally against the current kubeconfig context

```sh
mvn -B package -DskipTests                  # also regenerates config/crd/bases/
kubectl apply -k config/crd                 # install the CRDs
LEADER_ELECT=false java -jar target/[=project.artifactId].jar
kubectl apply -k config/samples             # create the samples
```

Environment variables:

| Variable        | Default                  | Meaning                                      |
|-----------------|--------------------------|----------------------------------------------|
| `LEADER_ELECT`  | `true`                   | `false` disables leader election             |
| `POD_NAMESPACE` | namespace of the client  | namespace of the leader election lease       |
| `HEALTH_PORT`   | `8081`                   | port of `/healthz` and `/readyz`             |
| `METRICS_PORT`  | `8080`                   | port of `/metrics` (Prometheus text format)  |

## Deploy to a cluster

```sh
docker build -t <registry>/[=project.name]:<tag> .
docker push <registry>/[=project.name]:<tag>
# point config/manager/kustomization.yaml at the image:
(cd config/manager && kustomize edit set image controller=<registry>/[=project.name]:<tag>)
kubectl apply -k config/default
```

Undeploy with `kubectl delete -k config/default`.

## Extending the project

```sh
op-boot create api --group <group> --version <version> --kind <Kind>   # add an API + reconciler
op-boot generate crd                                                  # regenerate CRDs from the Java API classes
```

- Edit the spec/status classes under `src/main/java/[=project.packagePath]/api/`,
  then run `op-boot generate crd`.
- Put your reconciliation logic in the reconcilers under `src/main/java/[=project.packagePath]/controller/`.
- If a reconciler needs permissions the code does not show, add `@RbacRule` (from
  `dev.opboot.annotations`) to it; `config/rbac/role.yaml` is regenerated.
