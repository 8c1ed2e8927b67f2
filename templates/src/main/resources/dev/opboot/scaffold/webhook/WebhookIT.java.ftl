package [=webhook.package];

import static org.assertj.core.api.Assertions.assertThat;

import [=resource.apiPackage].[=resource.kind];
<#if resource.fooExample>
import [=resource.apiPackage].[=resource.kind]Spec;
</#if>
import [=project.package].WebhookServer;
import [=project.package].Webhooks;
import dev.opboot.testing.KubeApiServer;
import dev.opboot.testing.LocalWebhooks;
import dev.opboot.testing.WithKubeApiServer;
<#if resource.namespaced>
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
</#if>
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The webhooks of [=resource.kind] [=resource.version] through a real API server, as envtest's webhook
 * tests run them: the operator's {@link WebhookServer} serves {@link Webhooks} in this JVM with a
 * certificate made for 127.0.0.1, and config/webhook/manifests.yaml is installed pointing at it, so each
 * request below goes through the API server's admission chain and calls the webhooks for real.
 *
 * <p>Needs etcd and kube-apiserver ('op-boot envtest use'), as OperatorIT does, and the manifests the
 * build writes ('op-boot generate webhook').
 */
@WithKubeApiServer
class [=webhook.itClass] {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static LocalWebhooks webhooks;
    private static WebhookServer server;
    private static KubernetesClient client;
<#if resource.namespaced>
    private static String namespace;
</#if>

    @BeforeAll
    static void serveAndInstall(KubernetesClient kubernetes, KubeApiServer apiServer) throws IOException {
        client = kubernetes;
        apiServer.applyCrd(Path.of("config/crd/bases/[=resource.crdFile]"));
        webhooks = LocalWebhooks.create(client);
        server = WebhookServer.start(new InetSocketAddress("127.0.0.1", 0), webhooks.certificateDir(),
                Webhooks.all(), WebhookServer.RELOAD_INTERVAL);
        webhooks.install(Path.of("config/webhook/manifests.yaml"), server.port());
<#if resource.namespaced>
        namespace = "webhook-it-" + Long.toString(System.nanoTime(), 36);
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
                .build()).create();
</#if>
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
    // op-boot:scaffold:tests

    private static [=resource.kind] withFoo(String name, String foo) {
        [=resource.kind] object = new [=resource.kind]();
        object.getMetadata().setName(name);
<#if resource.namespaced>
        object.getMetadata().setNamespace(namespace);
</#if>
<#if resource.fooExample>
        object.setSpec(new [=resource.kind]Spec());
        object.getSpec().setFoo(foo);
</#if>
        return object;
    }
}
