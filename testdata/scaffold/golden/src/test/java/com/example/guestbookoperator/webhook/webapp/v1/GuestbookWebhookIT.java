package com.example.guestbookoperator.webhook.webapp.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.guestbookoperator.api.webapp.v1.Guestbook;
import com.example.guestbookoperator.api.webapp.v1.GuestbookSpec;
import com.example.guestbookoperator.WebhookServer;
import com.example.guestbookoperator.Webhooks;
import dev.opboot.testing.KubeApiServer;
import dev.opboot.testing.LocalWebhooks;
import dev.opboot.testing.WithKubeApiServer;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The webhooks of Guestbook v1 through a real API server, as envtest's webhook
 * tests run them: the operator's {@link WebhookServer} serves {@link Webhooks} in this JVM with a
 * certificate made for 127.0.0.1, and config/webhook/manifests.yaml is installed pointing at it, so each
 * request below goes through the API server's admission chain and calls the webhooks for real.
 *
 * <p>Needs etcd and kube-apiserver ('op-boot envtest use'), as OperatorIT does, and the manifests the
 * build writes ('op-boot generate webhook').
 */
@WithKubeApiServer
class GuestbookWebhookIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static LocalWebhooks webhooks;
    private static WebhookServer server;
    private static KubernetesClient client;
    private static String namespace;

    @BeforeAll
    static void serveAndInstall(KubernetesClient kubernetes, KubeApiServer apiServer) throws IOException {
        client = kubernetes;
        apiServer.applyCrd(Path.of("config/crd/bases/webapp.example.com_guestbooks.yaml"));
        webhooks = LocalWebhooks.create(client);
        server = WebhookServer.start(new InetSocketAddress("127.0.0.1", 0), webhooks.certificateDir(),
                Webhooks.all(), WebhookServer.RELOAD_INTERVAL);
        webhooks.install(Path.of("config/webhook/manifests.yaml"), server.port());
        namespace = "webhook-it-" + Long.toString(System.nanoTime(), 36);
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
                .build()).create();
    }

    @AfterAll
    static void uninstall() {
        // a configuration left behind would refuse what later tests create once this server is gone
        if (webhooks != null) {
            webhooks.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theDefaultIsInTheCreatedObject() {
        webhooks.await(withFoo("defaulted", null),
                answer -> answer.code() == 201 && answer.as(client, Guestbook.class).getSpec().getFoo() != null,
                TIMEOUT);
        LocalWebhooks.Answer created = webhooks.create(withFoo("defaulted", null), false);
        assertThat(created.code()).as(created.body()).isEqualTo(201);
        Guestbook stored = client.resources(Guestbook.class).inNamespace(namespace)
                .withName("defaulted").get();
        assertThat(stored.getSpec().getFoo()).isEqualTo(GuestbookWebhook.DEFAULT_FOO);
    }

    @Test
    void anInvalidObjectIsRefusedWithTheValidatorsMessage() {
        LocalWebhooks.Answer refused = webhooks.await(withFoo("refused", " "), answer -> answer.code() != 201, TIMEOUT);
        assertThat(refused.code()).as(refused.body()).isBetween(400, 499);
        assertThat(refused.body()).contains("vguestbook-v1.kb.io", "spec.foo must not be blank");
        assertThat(webhooks.create(withFoo("refused", " "), false).code()).isBetween(400, 499);
        assertThat(client.resources(Guestbook.class).inNamespace(namespace)
                .withName("refused").get()).isNull();
    }

    @Test
    void theValidatorsWarningReachesTheClient() {
        LocalWebhooks.Answer warned = webhooks.await(withFoo("warned", " bar "), answer -> !answer.warnings().isEmpty(),
                TIMEOUT);
        assertThat(warned.code()).as(warned.body()).isEqualTo(201);
        assertThat(warned.warnings()).anySatisfy(warning -> assertThat(warning).contains("spaces around it"));
    }
    // op-boot:scaffold:tests

    private static Guestbook withFoo(String name, String foo) {
        Guestbook object = new Guestbook();
        object.getMetadata().setName(name);
        object.getMetadata().setNamespace(namespace);
        object.setSpec(new GuestbookSpec());
        object.getSpec().setFoo(foo);
        return object;
    }
}
