package com.example.guestbookoperator.webhook.webapp.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.guestbookoperator.api.webapp.v1.Guestbook;
import com.example.guestbookoperator.api.webapp.v1.GuestbookSpec;
import com.example.guestbookoperator.WebhookServer;
import com.example.guestbookoperator.Webhooks;
import dev.opboot.testing.LocalWebhooks;
import dev.opboot.testing.WithKubeApiServer;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
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
 * The conversion webhook of Guestbook through a real API server, as envtest's webhook tests run it:
 * the operator's {@link WebhookServer} serves {@link Webhooks} (its /convert) in this JVM with a
 * certificate made for 127.0.0.1, and the CRD config/crd/bases/webapp.example.com_guestbooks.yaml is installed with its
 * conversion calling it. The hub, v1, is the version the API server stores; every read
 * or write in another version below goes through the webhook.
 *
 * <p>Needs etcd and kube-apiserver ('op-boot envtest use'), as OperatorIT does, and the CRD the build
 * writes ('op-boot generate crd').
 */
@WithKubeApiServer
class GuestbookConversionIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static LocalWebhooks webhooks;
    private static WebhookServer server;
    private static KubernetesClient client;
    private static CustomResourceDefinition crd;
    private static String namespace;

    @BeforeAll
    static void serveAndInstall(KubernetesClient kubernetes) throws IOException {
        client = kubernetes;
        webhooks = LocalWebhooks.create(client);
        server = WebhookServer.start(new InetSocketAddress("127.0.0.1", 0), webhooks.certificateDir(),
                Webhooks.all(), WebhookServer.RELOAD_INTERVAL);
        crd = webhooks.installConversion(Path.of("config/crd/bases/webapp.example.com_guestbooks.yaml"), server.port());
        namespace = "conversion-it-" + Long.toString(System.nanoTime(), 36);
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
                .build()).create();
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
                .isEqualTo("v1");
        CustomResourceDefinition stored = client.apiextensions().v1().customResourceDefinitions()
                .withName("guestbooks.webapp.example.com").get();
        assertThat(stored.getStatus().getStoredVersions()).containsExactly("v1");
    }

    @Test
    void createdAsTheHubReadAsV2AndBack() {
        String name = "hub-to-v2";
        client.resource(hub(name)).create();

        com.example.guestbookoperator.api.webapp.v2.Guestbook spoke = eventually(() -> client.resources(com.example.guestbookoperator.api.webapp.v2.Guestbook.class)
                .inNamespace(namespace).withName(name).get());

        assertThat(spoke.getApiVersion()).isEqualTo("webapp.example.com/v2");
        assertThat(spoke.getMetadata().getLabels()).containsEntry("converted", "yes");
        assertThat(client.getKubernetesSerialization().convertValue(spoke.getSpec(), GuestbookSpec.class)
                .getFoo()).isEqualTo("from the hub");
        spoke.getMetadata().getLabels().put("written-as", "v2");
        client.resource(spoke).update();

        Guestbook hub = client.resources(Guestbook.class).inNamespace(namespace)
                .withName(name).get();
        assertThat(hub.getApiVersion()).isEqualTo("webapp.example.com/v1");
        assertThat(hub.getMetadata().getLabels()).containsEntry("written-as", "v2");
        assertThat(hub.getSpec().getFoo()).isEqualTo("from the hub");
    }

    @Test
    void createdAsV2StoredAsTheHubAndListedInEveryVersion() {
        String name = "v2-to-hub";
        com.example.guestbookoperator.api.webapp.v2.Guestbook spoke = new com.example.guestbookoperator.api.webapp.v2.Guestbook();
        spoke.setMetadata(hub(name).getMetadata());
        spoke.setSpec(client.getKubernetesSerialization().convertValue(hub(name).getSpec(),
                com.example.guestbookoperator.api.webapp.v2.GuestbookSpec.class));
        eventually(() -> client.resource(spoke).create());

        Guestbook hub = client.resources(Guestbook.class).inNamespace(namespace)
                .withName(name).get();
        assertThat(hub.getMetadata().getLabels()).containsEntry("converted", "yes");
        assertThat(hub.getSpec().getFoo()).isEqualTo("from the hub");
        assertThat(client.resources(com.example.guestbookoperator.api.webapp.v2.Guestbook.class).inNamespace(namespace)
                .list().getItems())
                .extracting(HasMetadata::getApiVersion).containsOnly("webapp.example.com/v2");
        assertThat(client.resources(com.example.guestbookoperator.api.webapp.v2.Guestbook.class).inNamespace(namespace)
                .list().getItems())
                .extracting(item -> item.getMetadata().getName()).contains(name);
        assertThat(client.resources(Guestbook.class).inNamespace(namespace)
                .list().getItems())
                .extracting(item -> item.getMetadata().getName()).contains(name);
    }

    private static Guestbook hub(String name) {
        Guestbook object = new Guestbook();
        object.getMetadata().setName(name);
        object.getMetadata().setNamespace(namespace);
        object.getMetadata().getLabels().put("converted", "yes");
        object.setSpec(new GuestbookSpec());
        object.getSpec().setFoo("from the hub");
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
