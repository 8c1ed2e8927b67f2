package [=project.package];

import static org.assertj.core.api.Assertions.assertThat;

import dev.opboot.testing.KubeApiServer;
import dev.opboot.testing.OperatorErrors;
import dev.opboot.testing.ReadyCondition;
import dev.opboot.testing.ReconciliationRecorder;
import dev.opboot.testing.WithKubeApiServer;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
<#if project.namespaced>
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
</#if>
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.RegisteredController;
import io.javaoperatorsdk.operator.api.config.informer.InformerConfiguration;
import io.javaoperatorsdk.operator.api.monitoring.AggregatedMetrics;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The operator against a real Kubernetes API server, as kubebuilder's envtest suite does: the CRDs
 * under config/crd/bases and the RBAC under config/rbac are installed, the operator runs with all
 * its reconcilers as its own service account (so the role must be enough), and every sample under
 * config/samples is created and must be reconciled: JOSDK must report a reconciliation that ended
 * without an exception, whatever the status looks like, and where the status has conditions and
 * observedGeneration, the sample must also become Ready for its generation.
 *
 * <p>When a sample is not reconciled, the failure names why first: the reconciler's exception and
 * the line that threw it, or the permission the API server refused with the @RbacRule to add.
 *
 * <p>Needs etcd and kube-apiserver: run 'op-boot envtest use' once to install them (the pom's
 * op-boot.envtest.version), or set KUBEBUILDER_ASSETS to a folder holding them. Without them the
 * test is skipped and the build's output says so on one line.
 */
@WithKubeApiServer
class OperatorIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void reconcilesEverySample(KubernetesClient client, KubeApiServer server) throws Exception {
        Map<String, Boolean> namespacedByKind = new HashMap<>();
        Map<String, Boolean> reportsReadyByKind = new HashMap<>();
        for (Path crd : yamlFiles(Path.of("config/crd/bases"))) {
            CustomResourceDefinition applied = server.applyCrd(crd);
            String kind = applied.getSpec().getGroup() + "/" + applied.getSpec().getNames().getKind();
            namespacedByKind.put(kind, "Namespaced".equals(applied.getSpec().getScope()));
            reportsReadyByKind.put(kind, ReadyCondition.reportedBy(applied));
        }
        Assumptions.assumeFalse(namespacedByKind.isEmpty(),
                "no CRDs under config/crd/bases yet: add an API with 'op-boot create api', then build");
        // other projects' CRDs that reconcilers here use (create api --from-crd --external): their
        // owners install them in a cluster, so the test installs them itself
        for (Path crd : yamlFiles(Path.of("config/crd/external"))) {
            server.applyCrd(crd);
        }
        // op-boot:scaffold:operator-it-webhooks

        String namespace = "operator-it-" + Long.toString(System.nanoTime(), 36);
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
                .create();
<#if project.namespaced>
        KubernetesClient operatorClient = asServiceAccount(client, installRbac(client, namespace));
<#else>
        KubernetesClient operatorClient = asServiceAccount(client, installRbac(client));
</#if>

        ReconciliationRecorder reconciliations = new ReconciliationRecorder();
        Operator operator = [=project.mainClass].newOperator(operatorClient, <#if project.namespaced>Set.of(namespace), </#if>Optional.empty(), new AggregatedMetrics(
                List.of(MicrometerMetrics.withoutPerResourceMetrics(new SimpleMeterRegistry()), reconciliations)));
        try {
            operator.start();
        } catch (RuntimeException e) {
            throw new AssertionError("the operator did not start: " + OperatorErrors.describe(e), e);
        }
        try {
            List<ReconciliationRecorder.Sample> samples = new ArrayList<>();
            for (Path sample : yamlFiles(Path.of("config/samples"))) {
                if (sample.getFileName().toString().equals("kustomization.yaml")) {
                    continue;
                }
                GenericKubernetesResource resource;
                try (InputStream in = Files.newInputStream(sample)) {
                    resource = client.getKubernetesSerialization().unmarshal(in, GenericKubernetesResource.class);
                }
                String group = resource.getApiVersion().substring(0, resource.getApiVersion().indexOf('/'));
                boolean namespaced = namespacedByKind.getOrDefault(group + "/" + resource.getKind(), true);
                String where = watchedNamespace(operator, resource, namespace);
                if (namespaced && client.namespaces().withName(where).get() == null) {
                    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(where).endMetadata()
                            .build()).create();
                }
                NonNamespaceOperation<GenericKubernetesResource, ?, Resource<GenericKubernetesResource>> kind =
                        namespaced
                                ? client.genericKubernetesResources(resource.getApiVersion(), resource.getKind())
                                        .inNamespace(where)
                                : client.genericKubernetesResources(resource.getApiVersion(), resource.getKind());
                kind.resource(resource).create();
                samples.add(new ReconciliationRecorder.Sample(sample.toString(),
                        kind.withName(resource.getMetadata().getName()),
                        reportsReadyByKind.getOrDefault(group + "/" + resource.getKind(), false)));
            }
            assertThat(samples).as("samples under config/samples").isNotEmpty();
            reconciliations.awaitReconciled(samples, TIMEOUT);
        } finally {
            operator.stop();
        }
    }

    /**
     * Where to create a sample so that its controller sees it: the test's own namespace, unless the
     * controller watches named namespaces only ({@code @Informer(namespaces = ...)}); then the first of
     * them, whose Role 'op-boot generate rbac' wrote to config/rbac/namespaces.
     */
    private static String watchedNamespace(Operator operator, HasMetadata sample, String testNamespace) {
        for (RegisteredController<?> controller : operator.getRegisteredControllers()) {
            Class<? extends HasMetadata> type = controller.getConfiguration().getResourceClass();
            if (HasMetadata.getApiVersion(type).equals(sample.getApiVersion())
                    && HasMetadata.getKind(type).equals(sample.getKind())) {
                Set<String> watched = controller.getConfiguration().getInformerConfig().getNamespaces();
                if (!InformerConfiguration.allNamespacesWatched(watched)
                        && !InformerConfiguration.currentNamespaceWatched(watched)) {
                    return watched.stream().sorted().findFirst().orElse(testNamespace);
                }
            }
        }
        return testNamespace;
    }

    /**
     * Applies config/rbac as written (before kustomize's name prefix and namespace): its service
     * account, in the namespace the manifests name, is the operator's identity. Returns that account.
     * Also applies config/rbac/namespaces, the Roles and RoleBindings 'generate rbac' writes when the
     * controllers watch named namespaces (config/default leaves them out), creating those namespaces.
     */
<#if project.namespaced>
    private static ServiceAccount installRbac(KubernetesClient client, String watched) throws IOException {
<#else>
    private static ServiceAccount installRbac(KubernetesClient client) throws IOException {
</#if>
        ServiceAccount account = null;
        List<Path> files = new ArrayList<>(yamlFiles(Path.of("config/rbac")));
        files.addAll(yamlFiles(Path.of("config/rbac/namespaces")));
        List<HasMetadata> objects = new ArrayList<>();
        for (Path file : files) {
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                objects.addAll(client.load(in).items());
            }
        }
        for (HasMetadata object : objects) {
            String namespace = object.getMetadata().getNamespace();
<#if project.namespaced>
            if (namespace == null && (object instanceof Role || object instanceof RoleBinding)) {
                // kustomize puts them in the operator's namespace, the one it watches: here the test's
                namespace = watched;
                object.getMetadata().setNamespace(namespace);
            }
</#if>
            if (namespace != null && client.namespaces().withName(namespace).get() == null) {
                client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
                        .build()).create();
            }
            client.resource(object).serverSideApply();
            if (object instanceof ServiceAccount serviceAccount) {
                account = serviceAccount;
            }
        }
        assertThat(account).as("a ServiceAccount under config/rbac").isNotNull();
        return account;
    }

    /** A client that acts as the service account, as the operator does in the cluster. */
    private static KubernetesClient asServiceAccount(KubernetesClient admin, ServiceAccount account) {
        String namespace = account.getMetadata().getNamespace();
        return new KubernetesClientBuilder().withConfig(new ConfigBuilder(admin.getConfiguration())
                .withImpersonateUsername("system:serviceaccount:" + namespace + ":" + account.getMetadata().getName())
                .withImpersonateGroups("system:serviceaccounts", "system:serviceaccounts:" + namespace,
                        "system:authenticated")
                .build()).build();
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }
}
