package [=project.package];

import static org.assertj.core.api.Assertions.assertThat;

import [=resource.apiPackage].[=resource.kind];
<#list resource.owns as owned>
import [=owned.modelClass];
</#list>
import dev.opboot.testing.KubeApiServer;
import dev.opboot.testing.WithKubeApiServer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.monitoring.micrometer.MicrometerMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The objects a [=resource.kind] owns ('op-boot create api --owns'), against a real Kubernetes API server
 * with the operator running as its own service account (so the role 'op-boot generate rbac' wrote must be
 * enough): each is created with an owner reference to the [=resource.kind], and created again when it is
 * deleted.
 *
 * <p>Needs etcd and kube-apiserver, as OperatorIT does: 'op-boot envtest use' installs them. The API server
 * runs no controllers, so the owned workloads get no pods; what is proven is what the operator does.
 */
@WithKubeApiServer
class [=resource.kind]OwnedResourcesIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void ownsItsObjectsAndPutsThemBackWhenDeleted(KubernetesClient client, KubeApiServer server) throws Exception {
        server.applyCrd(Path.of("config/crd/bases/[=resource.crdFile]"));
        String namespace = "owns-it-" + Long.toString(System.nanoTime(), 36);
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
                .create();
        KubernetesClient operatorClient = asServiceAccount(client, installRbac(client<#if project.namespaced>, namespace</#if>));

        Operator operator = [=project.mainClass].newOperator(operatorClient, <#if project.namespaced>java.util.Set.of(namespace), </#if>Optional.empty(),
                MicrometerMetrics.withoutPerResourceMetrics(new SimpleMeterRegistry()));
        operator.start();
        try {
            [=resource.kind] primary;
            try (InputStream in = Files.newInputStream(Path.of("config/samples/[=resource.sampleFile]"))) {
                primary = client.getKubernetesSerialization().unmarshal(in, [=resource.kind].class);
            }
<#if resource.namespaced>
            primary.getMetadata().setNamespace(namespace);
            String ownedNamespace = namespace;
<#else>
            primary.getMetadata().setName(primary.getMetadata().getName() + "-" + namespace);
            String ownedNamespace = "default"; // where the dependents put what a cluster-scoped kind owns
</#if>
            String uid = client.resource(primary).create().getMetadata().getUid();
            String name = primary.getMetadata().getName();
<#list resource.owns as owned>

            Resource<[=owned.kind]> [=owned.kindLower] = client.resources([=owned.kind].class).inNamespace(ownedNamespace).withName(name);
            [=owned.kind] first[=owned.kind] = awaitOwned([=owned.kindLower], uid, null);
            [=owned.kindLower].delete();
            awaitOwned([=owned.kindLower], uid, first[=owned.kind].getMetadata().getUid());
</#list>
        } finally {
            operator.stop();
        }
    }

    /**
     * Waits for the object to exist with an owner reference to {@code owner} (a uid); when {@code deletedUid} is
     * given, as a new object (the one deleted had that uid).
     */
    private static <T extends HasMetadata> T awaitOwned(Resource<T> resource, String owner, String deletedUid)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        T current = null;
        while (Instant.now().isBefore(deadline)) {
            current = resource.get();
            if (current != null && !current.getMetadata().getUid().equals(deletedUid)
                    && current.getMetadata().getOwnerReferences().stream()
                            .anyMatch(ref -> owner.equals(ref.getUid()))) {
                return current;
            }
            Thread.sleep(250);
        }
        throw new AssertionError((deletedUid == null ? "not created" : "not created again after it was deleted")
                + " with an owner reference to " + owner + " within " + TIMEOUT + ": " + current);
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
            if (namespace == null && (object instanceof io.fabric8.kubernetes.api.model.rbac.Role
                    || object instanceof io.fabric8.kubernetes.api.model.rbac.RoleBinding)) {
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
