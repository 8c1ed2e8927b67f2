package [=webhook.package];

import static org.assertj.core.api.Assertions.assertThat;

import [=resource.apiPackage].[=resource.kind];
<#if resource.fooExample>
import [=resource.apiPackage].[=resource.kind]Spec;
</#if>
import [=project.package].WebhookServer;
import [=project.package].Webhooks;
import dev.opboot.testing.LocalWebhooks;
import dev.opboot.testing.WithKubeApiServer;
<#if resource.namespaced>
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
</#if>
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conversion webhook of [=resource.kind] through a real API server, as envtest's webhook tests run it:
 * the operator's {@link WebhookServer} serves {@link Webhooks} (its /convert) in this JVM with a
 * certificate made for 127.0.0.1, and the CRD config/crd/bases/[=resource.crdFile] is installed with its
 * conversion calling it. The hub, [=resource.version], is the version the API server stores; every read
 * or write in another version below goes through the webhook.
 *
 * <p>Needs etcd and kube-apiserver ('op-boot envtest use'), as OperatorIT does, and the CRD the build
 * writes ('op-boot generate crd').
 */
@WithKubeApiServer
class [=webhook.conversion.itClass] {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static LocalWebhooks webhooks;
    private static WebhookServer server;
    private static KubernetesClient client;
    private static CustomResourceDefinition crd;
<#if resource.namespaced>
    private static String namespace;
</#if>

    @BeforeAll
    static void serveAndInstall(KubernetesClient kubernetes) throws IOException {
        client = kubernetes;
        webhooks = LocalWebhooks.create(client);
        server = WebhookServer.start(new InetSocketAddress("127.0.0.1", 0), webhooks.certificateDir(),
                Webhooks.all(), WebhookServer.RELOAD_INTERVAL);
        crd = webhooks.installConversion(Path.of("config/crd/bases/[=resource.crdFile]"), server.port());
<#if resource.namespaced>
        namespace = "conversion-it-" + Long.toString(System.nanoTime(), 36);
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
                .build()).create();
</#if>
    }

    @AfterAll
    static void uninstall() {
        // a conversion left calling this server once it is gone would fail every read in another version
        if (webhooks != null) {
            webhooks.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theHubIsTheStoredVersion() {
        assertThat(crd.getSpec().getConversion().getStrategy()).isEqualTo("Webhook");
        assertThat(crd.getSpec().getVersions())
                .filteredOn(version -> version.getStorage())
                .singleElement()
                .extracting(version -> version.getName())
                .isEqualTo("[=resource.version]");
        CustomResourceDefinition stored = client.apiextensions().v1().customResourceDefinitions()
                .withName("[=webhook.conversion.crdName]").get();
        assertThat(stored.getStatus().getStoredVersions()).containsExactly("[=resource.version]");
    }
<#list webhook.conversion.spokes as spoke>

    @Test
    void createdAsTheHubReadAs[=spoke.version?cap_first]AndBack() {
        String name = "hub-to-[=spoke.version]";
        client.resource(hub(name)).create();

        [=spoke.apiPackage].[=resource.kind] spoke = eventually(() -> client.resources([=spoke.apiPackage].[=resource.kind].class)
                <#if resource.namespaced>.inNamespace(namespace)</#if>.withName(name).get());

        assertThat(spoke.getApiVersion()).isEqualTo("[=resource.apiGroup]/[=spoke.version]");
        assertThat(spoke.getMetadata().getLabels()).containsEntry("converted", "yes");
<#if resource.fooExample>
        assertThat(client.getKubernetesSerialization().convertValue(spoke.getSpec(), [=resource.kind]Spec.class)
                .getFoo()).isEqualTo("from the hub");
</#if>
        spoke.getMetadata().getLabels().put("written-as", "[=spoke.version]");
        client.resource(spoke).update();

        [=resource.kind] hub = client.resources([=resource.kind].class)<#if resource.namespaced>.inNamespace(namespace)</#if>
                .withName(name).get();
        assertThat(hub.getApiVersion()).isEqualTo("[=resource.apiGroup]/[=resource.version]");
        assertThat(hub.getMetadata().getLabels()).containsEntry("written-as", "[=spoke.version]");
<#if resource.fooExample>
        assertThat(hub.getSpec().getFoo()).isEqualTo("from the hub");
</#if>
    }

    @Test
    void createdAs[=spoke.version?cap_first]StoredAsTheHubAndListedInEveryVersion() {
        String name = "[=spoke.version]-to-hub";
        [=spoke.apiPackage].[=resource.kind] spoke = new [=spoke.apiPackage].[=resource.kind]();
        spoke.setMetadata(hub(name).getMetadata());
        spoke.setSpec(client.getKubernetesSerialization().convertValue(hub(name).getSpec(),
                [=spoke.apiPackage].[=resource.kind]Spec.class));
        eventually(() -> client.resource(spoke).create());

        [=resource.kind] hub = client.resources([=resource.kind].class)<#if resource.namespaced>.inNamespace(namespace)</#if>
                .withName(name).get();
        assertThat(hub.getMetadata().getLabels()).containsEntry("converted", "yes");
<#if resource.fooExample>
        assertThat(hub.getSpec().getFoo()).isEqualTo("from the hub");
</#if>
        assertThat(client.resources([=spoke.apiPackage].[=resource.kind].class)<#if resource.namespaced>.inNamespace(namespace)</#if>
                .list().getItems())
                .extracting(HasMetadata::getApiVersion).containsOnly("[=resource.apiGroup]/[=spoke.version]");
        assertThat(client.resources([=spoke.apiPackage].[=resource.kind].class)<#if resource.namespaced>.inNamespace(namespace)</#if>
                .list().getItems())
                .extracting(item -> item.getMetadata().getName()).contains(name);
        assertThat(client.resources([=resource.kind].class)<#if resource.namespaced>.inNamespace(namespace)</#if>
                .list().getItems())
                .extracting(item -> item.getMetadata().getName()).contains(name);
    }
</#list>

    private static [=resource.kind] hub(String name) {
        [=resource.kind] object = new [=resource.kind]();
        object.getMetadata().setName(name);
<#if resource.namespaced>
        object.getMetadata().setNamespace(namespace);
</#if>
        object.getMetadata().getLabels().put("converted", "yes");
<#if resource.fooExample>
        object.setSpec(new [=resource.kind]Spec());
        object.getSpec().setFoo("from the hub");
</#if>
        return object;
    }

    /**
     * Repeats {@code call} until the API server has taken up the conversion webhook (it reads the CRD's
     * conversion asynchronously), and returns its result.
     */
    private static <T> T eventually(Supplier<T> call) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                return call.get();
            } catch (KubernetesClientException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
