# [=project.name]

A Kubernetes operator for the `[=project.domain]` domain, written in Java with the
[Java Operator SDK](https://javaoperatorsdk.io) and the fabric8 Kubernetes client.
It was scaffolded by `op-boot`.

## APIs

The `PROJECT` file lists every API this project serves. Add one with
`op-boot create api --group <group> --version <version> --kind <Kind>`.

## Prerequisites

- Java 17+ and Maven 3.8+
- `kubectl` with access to a cluster (Docker is not needed: the image is built with Jib)
- for `OperatorIT`, etcd and kube-apiserver: `op-boot envtest use` installs them once

## Build and test

```sh
mvn -B verify        # regenerate config/crd/bases, compile, run the tests, build target/[=project.artifactId].jar + target/lib/
```

- The build regenerates the CRDs under `config/crd/bases` from the API classes and the operator's
  role `config/rbac/role.yaml` from the reconcilers, their dependents and `@RbacRule`s (op-boot's
  Maven plugin, the same engines as `op-boot generate crd` and `op-boot generate rbac`); commit them
  with the code. `mvn -B verify -Dop-boot.crd.check -Dop-boot.rbac.check` fails instead when a
  committed file is stale (for CI).
- `mvn -B package -Dop-boot.docs.skip=false` also writes the API reference of your custom
  resources for their users, `docs/api-reference.md`, from the CRDs and their Javadoc (add
  `-Dop-boot.docs.format=both` for a self-contained `docs/api-reference.html` too); `op-boot
  generate docs` does the same from the command line.
- `OperatorIT` runs the operator against a real Kubernetes API server, as kubebuilder's envtest
  does: it installs the CRDs and the RBAC under `config/rbac`, runs the operator as its service
  account, creates every sample under `config/samples` and waits until each is reconciled. JOSDK
  tells it (through its `Metrics`: `OperatorMain.newOperator` takes them), so it proves something
  whatever your status looks like: a reconciler that throws or is never called fails the test, and
  where the status has `conditions` and `observedGeneration` the sample must also become Ready. The
  failure starts with the cause for each sample: the reconciler's exception and the line that threw
  it, or the permission the API server refused (resource and verb) with the `@RbacRule` to add.
  It needs `etcd` and `kube-apiserver`: run `op-boot envtest use` once, and the tests
  find them by themselves (the version is the pom's `op-boot.envtest.version`; `KUBEBUILDER_ASSETS`,
  when set, comes first, as for kubebuilder's envtest). Without them the test is skipped, and the
  build's output says so on one line; `-Dop-boot.envtest.required=true` (or `CI=true`) makes it
  fail instead.

## Run locally against the current kubeconfig context

```sh
op-boot run                                 # regenerate, compile, install the CRDs, run until Ctrl-C
kubectl apply -k config/samples             # create the samples
```

By hand, that is:

```sh
mvn -B package -DskipTests                  # also regenerates config/crd/bases/
kubectl apply --server-side -f config/crd/bases
LEADER_ELECT=false java -jar target/[=project.artifactId].jar
```

Environment variables:

| Variable        | Default                  | Meaning                                      |
|-----------------|--------------------------|----------------------------------------------|
| `LEADER_ELECT`  | `true`                   | `false` disables leader election             |
| `POD_NAMESPACE` | namespace of the client  | namespace of the leader election lease       |
| `HEALTH_PORT`   | `8081`                   | port of `/healthz` and `/readyz`             |
| `METRICS_PORT`  | `8080`                   | port of `/metrics` (Prometheus text format)  |
| `WEBHOOK_PORT`  | `9443`                   | HTTPS port of the admission webhooks (once `op-boot create webhook` added them) |
| `WEBHOOK_CERT_DIR` | `/tmp/k8s-webhook-server/serving-certs` | folder of the webhooks' `tls.crt` and `tls.key`, read again when they change |

## Build the image and the install bundle

```sh
op-boot build --image <registry>/[=project.name]:<tag> --push   # or --image-tar <file> without a registry
```

It regenerates the CRDs and the role, runs `mvn package` with the tests, builds the image with
Jib (no Docker daemon; `mvn package jib:buildTar` by hand) and renders `dist/install.yaml` from
`config/default` with the image set: CRDs, RBAC, namespace and the manager's Deployment in one file.
The `Dockerfile` builds the same image with Docker, if you prefer it.

## Deploy to a cluster

```sh
op-boot deploy                 # kubectl apply --server-side -f dist/install.yaml, reporting what changed
op-boot undeploy               # delete exactly those objects again
```

## Extending the project

```sh
op-boot create api --group <group> --version <version> --kind <Kind>   # add an API + reconciler
op-boot generate crd                                                  # regenerate CRDs from the Java API classes
```

- Edit the spec/status classes under `src/main/java/[=project.packagePath]/api/`,
  then run `op-boot generate crd`.
- Put your reconciliation logic in the reconcilers under `src/main/java/[=project.packagePath]/controller/`.
  `Reconcilers.java` builds and registers them: it is yours (pass a reconciler settings or clients
  there); `create api` only adds a line for a new reconciler, never a second one for a reconciler
  already registered however you changed it, and never edits `OperatorMain`.
- Reconcilers read the time from the `Clock` that `Reconcilers` hands them, so that their tests can
  fix it. `Events.record(...)` records a Kubernetes Event about a resource (`kubectl describe` shows
  it); the role already allows it. The reconcilers' unit tests give the mocked `Context` a client of
  fabric8's mock API server (`@EnableKubernetesMockClient(crud = true)`), so what a reconciler writes
  through `context.getClient()` can be read back.
- `op-boot create api ... --owns Deployment,Service` scaffolds a reconciler that owns built-in
  objects: one JOSDK dependent resource per kind (`<Kind><Owned>Dependent`, its `desired(...)` the
  object to keep), listed in the reconciler's `@Workflow`. JOSDK creates and updates each with an
  owner reference, watches it and puts it back when it is changed or deleted; the generated role
  grants the kind. `<Kind>OwnedResourcesIT` proves this against a real API server.
- `op-boot create webhook --group <group> --version <version> --kind <Kind> --defaulting
  --programmatic-validation` adds admission webhooks to an API: `<Kind>Webhook` under
  `webhook/<group>/<version>/` with a `@Webhook` per type and the methods to fill in (`defaults`,
  `validateCreate`/`validateUpdate`/`validateDelete` returning warnings, `NotAllowedException` to
  refuse), registered in `Webhooks.java` (yours, like `Reconcilers.java`), served by `WebhookServer`
  (HTTPS on `WEBHOOK_PORT`, the certificate in `WEBHOOK_CERT_DIR`, reloaded when it changes), which
  `OperatorMain` starts; the build writes `config/webhook` from the annotations. Run it again with
  the other type to add it to the same class; your code there is kept. `<Kind>WebhookIT` installs the
  webhooks in a real API server pointing at this JVM (`LocalWebhooks` of op-boot-testing, with a
  certificate made for 127.0.0.1) and proves the default, a refusal with its message and a warning.
- `op-boot create webhook --group <group> --version <hub> --kind <Kind> --conversion --spoke
  <v2>[,<v3>]` adds the conversion webhook between a kind's versions (create each with `create api`
  first). The hub is the storage version; each spoke gets `<Kind><V2>Mapper` (the webhook framework's
  `Mapper`, hub to spoke and back: the fields both share carry over by name, map the rest at its
  TODOs) with a round-trip test (set every field you add in its `hub()`), and the hub the identity
  `<Kind>HubMapper`. `@ConversionWebhook` is added to the hub's class, so the build writes the CRD's
  `spec.conversion` (calling `/convert`); `Webhooks.java` registers `/convert`, which
  `WebhookServer` serves for every kind. `<Kind>ConversionIT` installs the CRD with its conversion
  pointing at this JVM (`LocalWebhooks.installConversion`) and proves, on a real API server, a
  create as the hub read as each spoke and back, a create as a spoke, lists in each version, and
  that the hub is the stored version. Conversion joins a kind's admission webhooks in either order
  without `--force`.
- The first webhook also adds the certificate the API server needs to call it: `config/certmanager`
  (a self-signed `Issuer` and a `Certificate`, issued and renewed by cert-manager), the patch that
  gives the manager's Deployment port 9443 and the certificate's Secret at `WEBHOOK_CERT_DIR`, and
  in `config/default` the `../webhook` and `../certmanager` resources and the replacements that name
  the Service in the certificate and inject its CA into the webhook configurations and the
  conversion CRDs. So `op-boot build` puts them into `dist/install.yaml`; `op-boot deploy` needs
  cert-manager in the cluster and says how to install it when it is missing. `op-boot run` runs
  the operator with `ENABLE_WEBHOOKS=false` (the API server cannot call your machine).
- `create api --dry-run` prints what it would create, replace or add, with the diffs, and writes
  nothing. `create api --force` scaffolds an API's files again: it shows the diff of each file it
  replaces and saves the file first under `.op-boot/backup/<UTC time>/` (git-ignored).
- If a reconciler needs permissions the code does not show (a call through the client, such as
  `context.getClient().configMaps()...create()`), add `@RbacRule` (from `dev.opboot.annotations`)
  to it, e.g. `@RbacRule(groups = "", resources = "configmaps", verbs = {"get", "create"})`;
  `config/rbac/role.yaml` is regenerated.
- `dev.opboot.annotations` holds the schema annotations for what Jackson, Bean Validation and
  fabric8 cannot say (`@ListType(ListType.Kind.ATOMIC)`, `@ListMapKeys("name")`, `@Enum`,
  `@Format`, `@Immutable`, `@ExactlyOneOf`, ...). Each one's Javadoc (the artifact ships sources
  and Javadoc, so your IDE shows it) gives an example, the YAML it writes into the CRD and the
  controller-gen marker it stands for; op-boot's README has the table of all of them.
