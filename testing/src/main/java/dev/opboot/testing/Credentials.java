package dev.opboot.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.HexFormat;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Who may talk to the API server, and how a client knows it talks to the right one.
 *
 * <ul>
 *   <li>The admin user is a random bearer token in a static token file ({@code --token-auth-file}),
 *       in group {@code system:masters}: tests get every right while RBAC stays on for everyone
 *       else, which is what lets an operator's tests prove its role sufficient.
 *   <li>kube-apiserver refuses to start without a key pair to sign and verify service account
 *       tokens; one is made per run.
 *   <li>The serving certificate is the one kube-apiserver makes for itself in its {@code
 *       --cert-dir}: self-signed, so it is also the CA that clients {@linkplain #trusting trust}.
 * </ul>
 */
final class Credentials {

  static final String ADMIN_USER = "op-boot-admin";
  private static final String SERVING_CERTIFICATE = "apiserver.crt";

  private final String adminToken;
  private final Path tokenFile;
  private final Path serviceAccountKey;
  private final Path serviceAccountPublicKey;
  private final Path certDir;

  private Credentials(String adminToken, RunFolder folder) {
    this.adminToken = adminToken;
    this.tokenFile = folder.resolve("tokens.csv");
    this.serviceAccountKey = folder.resolve("sa.key");
    this.serviceAccountPublicKey = folder.resolve("sa.pub");
    this.certDir = folder.resolve("certs");
  }

  /** A new admin token and service account key pair, written into the run folder. */
  static Credentials write(RunFolder folder) {
    Credentials credentials =
        new Credentials(HexFormat.of().formatHex(new SecureRandom().generateSeed(32)), folder);
    try {
      credentials.writeFiles();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot write the API server's keys", e);
    }
    return credentials;
  }

  private void writeFiles() throws IOException, GeneralSecurityException {
    Files.writeString(
        tokenFile, adminToken + "," + ADMIN_USER + "," + ADMIN_USER + ",\"system:masters\"\n");
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    Files.writeString(serviceAccountKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    Files.writeString(serviceAccountPublicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  String adminToken() {
    return adminToken;
  }

  Path tokenFile() {
    return tokenFile;
  }

  Path serviceAccountKey() {
    return serviceAccountKey;
  }

  Path serviceAccountPublicKey() {
    return serviceAccountPublicKey;
  }

  /** Where kube-apiserver writes its self-signed serving certificate and key. */
  Path certDir() {
    return certDir;
  }

  /** The serving certificate (PEM); missing or half-written until kube-apiserver has made it. */
  Path servingCertificate() {
    return certDir.resolve(SERVING_CERTIFICATE);
  }

  /**
   * An SSL context that trusts the certificates of a PEM bundle.
   *
   * @throws GeneralSecurityException also when the bundle holds no certificate (yet)
   */
  static SSLContext trusting(byte[] pem) throws GeneralSecurityException, IOException {
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    int i = 0;
    for (Certificate certificate :
        CertificateFactory.getInstance("X.509")
            .generateCertificates(new ByteArrayInputStream(pem))) {
      trust.setCertificateEntry("apiserver-" + i++, certificate);
    }
    if (i == 0) {
      throw new GeneralSecurityException("no certificate yet");
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
