package com.example.guestbookoperator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionRequest;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionResponse;
import io.fabric8.kubernetes.api.model.admission.v1.AdmissionReview;
import io.fabric8.kubernetes.api.model.apiextensions.v1.ConversionReview;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.javaoperatorsdk.webhook.admission.AdmissionController;
import io.javaoperatorsdk.webhook.admission.NotAllowedException;
import io.javaoperatorsdk.webhook.admission.Operation;
import io.javaoperatorsdk.webhook.admission.validation.DefaultAdmissionRequestValidator;
import io.javaoperatorsdk.webhook.admission.validation.Validator;
import io.javaoperatorsdk.webhook.conversion.Commons;
import io.javaoperatorsdk.webhook.conversion.ConversionController;
import io.javaoperatorsdk.webhook.conversion.Mapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTPS server the API server calls for the webhooks of {@link Webhooks}: the JDK's
 * {@link HttpsServer}, each admission path answered by the webhook framework's {@link AdmissionController},
 * and the conversion path (/convert, shared by every kind as kubebuilder shares it) by the framework's
 * {@link ConversionController} of the kind whose objects the API server sends.
 *
 * <p>The serving certificate is {@code tls.crt} and {@code tls.key} (PEM; the key in PKCS#8, PKCS#1
 * or SEC1, as cert-manager writes it) in a folder, by default kubebuilder's
 * {@value #DEFAULT_CERT_DIR} where the manager's Deployment mounts the certificate's Secret. The
 * files are read again when they change (cert-manager renews the certificate before it expires), so
 * new connections get the new certificate without a restart.
 *
 * <p>Environment variables, read by {@link #fromEnvironment}: {@code WEBHOOK_PORT} (default
 * {@value #DEFAULT_PORT}) and {@code WEBHOOK_CERT_DIR} (default {@value #DEFAULT_CERT_DIR}); and
 * kubebuilder's {@code ENABLE_WEBHOOKS}: {@code false} runs the operator without this server (see
 * {@link #enabled}).
 */
public final class WebhookServer implements AutoCloseable {

    /** kubebuilder's webhook port, which config/webhook/service.yaml targets. */
    public static final int DEFAULT_PORT = 9443;
    /** Where kubebuilder's manager finds its serving certificate. */
    public static final String DEFAULT_CERT_DIR = "/tmp/k8s-webhook-server/serving-certs";
    /** How often the certificate files are checked for a change. */
    public static final Duration RELOAD_INTERVAL = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
    private static final String ALIAS = "serving";

    /** Fills in an object's defaults: a defaulting webhook. Throw to refuse the request. */
    @FunctionalInterface
    public interface Defaulter<T> {
        T defaults(T object) throws NotAllowedException;
    }

    /**
     * Accepts an object, returning the warnings for the client, or refuses it by throwing: a validating
     * webhook. {@code object} is null on DELETE, {@code oldObject} on CREATE.
     */
    @FunctionalInterface
    public interface Validation<T> {
        List<String> validate(T object, T oldObject, Operation operation) throws NotAllowedException;
    }

    /** One webhook the server answers at a path. */
    public sealed interface Endpoint permits Admission, Conversion {
        String path();
    }

    /** An admission webhook: its path, the type its objects are read as, and the framework's controller. */
    public record Admission(String path, Class<? extends HasMetadata> type, AdmissionController<?> controller)
            implements Endpoint {
    }

    /**
     * The conversion webhook of one kind: its resource class per version, keyed {@code <apiVersion> <kind>}
     * as the objects the API server sends say, and the framework's controller holding a {@link Mapper} per
     * version. Several kinds may share a path.
     */
    public record Conversion(String path, Map<String, Class<? extends HasMetadata>> types,
            ConversionController controller) implements Endpoint {
    }

    /** A defaulting webhook at {@code path} for objects of {@code type}. */
    public static <T extends HasMetadata> Endpoint defaulting(String path, Class<T> type, Defaulter<T> defaulter) {
        return new Admission(path, type, new AdmissionController<T>((object, operation) -> defaulter.defaults(object)));
    }

    /**
     * The conversion webhook at {@code path} of a kind whose versions are {@code types} (the hub and its
     * spokes), with a {@link Mapper} per version, each naming its version with {@code @TargetVersion}: the
     * framework converts an object to the hub with the mapper of its version, then from the hub with the
     * mapper of the version asked for.
     */
    public static Endpoint conversion(String path, List<Class<? extends HasMetadata>> types, Mapper<?, ?>... mappers) {
        Map<String, Class<? extends HasMetadata>> byVersion = new LinkedHashMap<>();
        for (Class<? extends HasMetadata> type : types) {
            byVersion.put(HasMetadata.getApiVersion(type) + " " + HasMetadata.getKind(type), type);
        }
        ConversionController controller = new ConversionController();
        for (Mapper<?, ?> mapper : mappers) {
            controller.registerMapper(mapper);
        }
        return new Conversion(path, Map.copyOf(byVersion), controller);
    }

    /**
     * A validating webhook at {@code path} for objects of {@code type}. The framework's validator has no
     * warnings; this one sends the API server those {@code validation} returns, which it passes on to the
     * client (kubectl prints them).
     */
    public static <T extends HasMetadata> Endpoint validating(String path, Class<T> type, Validation<T> validation) {
        return new Admission(path, type, new AdmissionController<T>(request -> {
            List<String> warnings = new ArrayList<>();
            Validator<T> validator = (object, oldObject, operation) ->
                    warnings.addAll(validation.validate(object, oldObject, operation));
            AdmissionResponse response = new DefaultAdmissionRequestValidator<>(validator).handle(request);
            if (!warnings.isEmpty()) {
                response.setWarnings(warnings);
            }
            return response;
        }));
    }

    private final HttpsServer server;
    private final ScheduledExecutorService reloader;
    private volatile boolean serving;

    private WebhookServer(HttpsServer server, ScheduledExecutorService reloader) {
        this.server = server;
        this.reloader = reloader;
    }

    /**
     * Whether the operator serves its webhooks: unless {@code ENABLE_WEBHOOKS} is {@code false}, as in
     * kubebuilder's scaffold. 'op-boot run' sets it on this machine, which the API server cannot call
     * and which has no serving certificate; the API server's calls to the webhooks then fail (with
     * their failurePolicy), so a cluster's operator keeps it unset.
     */
    public static boolean enabled(java.util.Map<String, String> environment) {
        String value = environment.get("ENABLE_WEBHOOKS");
        if (value != null && value.trim().equalsIgnoreCase("false")) {
            log.info("ENABLE_WEBHOOKS=false: the webhook server is not started");
            return false;
        }
        return true;
    }

    /** The server on {@code WEBHOOK_PORT} with the certificate in {@code WEBHOOK_CERT_DIR}, started. */
    public static WebhookServer fromEnvironment(List<Endpoint> endpoints) throws IOException {
        String port = System.getenv("WEBHOOK_PORT");
        String certDir = System.getenv("WEBHOOK_CERT_DIR");
        return start(new InetSocketAddress(port == null || port.isBlank() ? DEFAULT_PORT : Integer.parseInt(port.trim())),
                Path.of(certDir == null || certDir.isBlank() ? DEFAULT_CERT_DIR : certDir.trim()), endpoints,
                RELOAD_INTERVAL);
    }

    /**
     * Starts serving {@code endpoints} on {@code address} (port 0: a free one) with the certificate in
     * {@code certDir}, checked for a change every {@code reloadInterval}.
     *
     * @throws IOException when the certificate cannot be read or the port is taken
     */
    public static WebhookServer start(InetSocketAddress address, Path certDir, List<Endpoint> endpoints,
            Duration reloadInterval) throws IOException {
        ReloadingKeyManager keys = new ReloadingKeyManager(certDir);
        SSLContext tls;
        try {
            tls = SSLContext.getInstance("TLS");
            tls.init(new KeyManager[] {keys}, null, null);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
        HttpsServer server = HttpsServer.create(address, 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        KubernetesSerialization serialization = new KubernetesSerialization();
        Map<String, List<Conversion>> conversions = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            if (endpoint instanceof Admission admission) {
                server.createContext(admission.path(), exchange -> admit(exchange, admission, serialization));
            } else if (endpoint instanceof Conversion conversion) {
                conversions.computeIfAbsent(conversion.path(), path -> new ArrayList<>()).add(conversion);
            }
        }
        conversions.forEach((path, kinds) ->
                server.createContext(path, exchange -> convert(exchange, path, kinds, serialization)));
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "webhook-server");
            thread.setDaemon(true);
            return thread;
        }));
        ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-certificate-reloader");
            thread.setDaemon(true);
            return thread;
        });
        reloader.scheduleWithFixedDelay(keys::reloadIfChanged, reloadInterval.toMillis(), reloadInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        server.start();
        WebhookServer started = new WebhookServer(server, reloader);
        started.serving = true;
        log.info("Serving {} webhook(s) on port {} with the certificate in {}", endpoints.size(),
                started.port(), certDir);
        return started;
    }

    /** Whether the server answers: the operator's readiness includes it. */
    public boolean isServing() {
        return serving;
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        serving = false;
        reloader.shutdownNow();
        server.stop(0);
    }

    private static void admit(HttpExchange exchange, Admission endpoint, KubernetesSerialization serialization)
            throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "text/plain", "POST an AdmissionReview");
                return;
            }
            AdmissionReview review;
            try (InputStream in = exchange.getRequestBody()) {
                review = serialization.unmarshal(in, AdmissionReview.class);
            } catch (RuntimeException e) {
                respond(exchange, 400, "text/plain", "not an AdmissionReview: " + e.getMessage());
                return;
            }
            AdmissionRequest request = review.getRequest();
            AdmissionReview answer;
            try {
                // the review's objects arrive untyped (GenericKubernetesResource): read them as the endpoint's type
                request.setObject(typed(request.getObject(), endpoint.type(), serialization));
                request.setOldObject(typed(request.getOldObject(), endpoint.type(), serialization));
                answer = endpoint.controller().handle(review);
            } catch (RuntimeException e) {
                log.error("Admission webhook {} failed on {}", endpoint.path(), request.getUid(), e);
                answer = new AdmissionReview();
                AdmissionResponse refused = new AdmissionResponse();
                refused.setUid(request.getUid());
                refused.setAllowed(false);
                refused.setStatus(new StatusBuilder().withCode(500)
                        .withMessage("the webhook " + endpoint.path() + " failed: " + e).build());
                answer.setResponse(refused);
            }
            answer.setApiVersion("admission.k8s.io/v1");
            answer.setKind("AdmissionReview");
            respond(exchange, 200, "application/json", serialization.asJson(answer));
        }
    }

    private static void convert(HttpExchange exchange, String path, List<Conversion> kinds,
            KubernetesSerialization serialization) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "text/plain", "POST a ConversionReview");
                return;
            }
            ConversionReview review;
            try (InputStream in = exchange.getRequestBody()) {
                review = serialization.unmarshal(in, ConversionReview.class);
            } catch (RuntimeException e) {
                respond(exchange, 400, "text/plain", "not a ConversionReview: " + e.getMessage());
                return;
            }
            ConversionReview answer;
            try {
                // the review's objects arrive untyped: read each as its version's class, which the mappers take
                List<Object> objects = new ArrayList<>();
                ConversionController controller = null;
                for (Object object : review.getRequest().getObjects()) {
                    GenericKubernetesResource generic = serialization.convertValue(object, GenericKubernetesResource.class);
                    String key = generic.getApiVersion() + " " + generic.getKind();
                    Conversion kind = kinds.stream().filter(k -> k.types().containsKey(key)).findFirst()
                            .orElseThrow(() -> new IllegalArgumentException(path + " converts no " + key));
                    if (controller != null && controller != kind.controller()) {
                        throw new IllegalArgumentException("a ConversionReview converts objects of one kind");
                    }
                    controller = kind.controller();
                    objects.add(serialization.convertValue(object, kind.types().get(key)));
                }
                review.getRequest().setObjects(objects);
                answer = controller == null ? Commons.createResponse(List.of(), review) : controller.handle(review);
            } catch (RuntimeException e) {
                log.error("Conversion webhook {} failed on {}", path, review.getRequest().getUid(), e);
                answer = Commons.createErrorResponse(e, review);
            }
            answer.setApiVersion("apiextensions.k8s.io/v1");
            answer.setKind("ConversionReview");
            respond(exchange, 200, "application/json", serialization.asJson(answer));
        }
    }

    private static Object typed(Object object, Class<? extends HasMetadata> type,
            KubernetesSerialization serialization) {
        return object == null || type.isInstance(object) ? object : serialization.convertValue(object, type);
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * The serving certificate, read from {@code tls.crt} and {@code tls.key} and read again when either
     * file's content changes; a change that cannot be read (the two files half-written) keeps the
     * certificate in use and is tried again at the next check.
     */
    static final class ReloadingKeyManager extends X509ExtendedKeyManager {
        private final Path certFile;
        private final Path keyFile;
        private volatile X509ExtendedKeyManager current;
        private volatile byte[] loadedCert;
        private volatile byte[] loadedKey;

        ReloadingKeyManager(Path certDir) throws IOException {
            this.certFile = certDir.resolve("tls.crt");
            this.keyFile = certDir.resolve("tls.key");
            if (!Files.isRegularFile(certFile) || !Files.isRegularFile(keyFile)) {
                throw new IOException("no serving certificate: " + certFile + " and " + keyFile + " must exist"
                        + " (mount the webhook certificate's Secret there, or set WEBHOOK_CERT_DIR)");
            }
            load(Files.readAllBytes(certFile), Files.readAllBytes(keyFile));
        }

        void reloadIfChanged() {
            try {
                byte[] cert = Files.readAllBytes(certFile);
                byte[] key = Files.readAllBytes(keyFile);
                if (!Arrays.equals(cert, loadedCert) || !Arrays.equals(key, loadedKey)) {
                    load(cert, key);
                    log.info("Reloaded the webhook serving certificate from {}", certFile.getParent());
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Keeping the webhook serving certificate in use: {}", e.getMessage());
            }
        }

        private void load(byte[] cert, byte[] key) throws IOException {
            try {
                List<Certificate> chain = new ArrayList<>(CertificateFactory.getInstance("X.509")
                        .generateCertificates(new ByteArrayInputStream(cert)));
                if (chain.isEmpty()) {
                    throw new IOException(certFile + " holds no certificate");
                }
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                char[] password = new char[0];
                store.setKeyEntry(ALIAS, privateKey(key), password, chain.toArray(new Certificate[0]));
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(store, password);
                current = (X509ExtendedKeyManager) factory.getKeyManagers()[0];
                loadedCert = cert;
                loadedKey = key;
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot read the serving certificate in " + certFile.getParent() + ": "
                        + e.getMessage(), e);
            }
        }

        private PrivateKey privateKey(byte[] pem) throws IOException {
            try (Reader reader = new InputStreamReader(new ByteArrayInputStream(pem),
                    StandardCharsets.US_ASCII); PEMParser parser = new PEMParser(reader)) {
                Object object = parser.readObject();
                JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
                if (object instanceof PEMKeyPair pair) {
                    return converter.getPrivateKey(pair.getPrivateKeyInfo());
                }
                if (object instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                throw new IOException(keyFile + " holds no private key in PEM");
            }
        }

        @Override
        public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
            return current.chooseEngineServerAlias(keyType, issuers, engine);
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return current.chooseServerAlias(keyType, issuers, socket);
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return current.getServerAliases(keyType, issuers);
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return current.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return current.getPrivateKey(alias);
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return null;
        }
    }
}
