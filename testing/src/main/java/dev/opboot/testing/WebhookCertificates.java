package dev.opboot.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A CA and a serving certificate it signed for {@code 127.0.0.1} and {@code localhost}, written as
 * {@code tls.crt}, {@code tls.key} and {@code ca.crt} into a folder, as cert-manager writes a
 * certificate's Secret: what a webhook server in the test JVM serves with, and what the API server
 * is told to trust ({@link #caBundle()}). Like envtest's {@code WebhookInstallOptions}, which makes
 * the same pair for its local webhook server. Valid for a day; ECDSA P-256.
 */
public final class WebhookCertificates {
  private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

  private final Path directory;
  private final X509Certificate ca;

  private WebhookCertificates(Path directory, X509Certificate ca) {
    this.directory = directory;
    this.ca = ca;
  }

  /**
   * Makes a new CA and serving certificate and writes them into {@code directory} (created if
   * missing), replacing any there: calling it again on the same folder is a certificate rotation.
   */
  public static WebhookCertificates write(Path directory) {
    try {
      Files.createDirectories(directory);
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair caKeys = generator.generateKeyPair();
      KeyPair servingKeys = generator.generateKeyPair();
      Instant now = Instant.now();
      X500Name caName = new X500Name("CN=op-boot test webhook CA " + SERIAL.incrementAndGet());
      X509v3CertificateBuilder caBuilder =
          new JcaX509v3CertificateBuilder(
              caName,
              BigInteger.valueOf(SERIAL.incrementAndGet()),
              Date.from(now.minus(Duration.ofHours(1))),
              Date.from(now.plus(Duration.ofDays(1))),
              caName,
              caKeys.getPublic());
      caBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      caBuilder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      X509Certificate ca = sign(caBuilder, caKeys);

      X509v3CertificateBuilder servingBuilder =
          new JcaX509v3CertificateBuilder(
              caName,
              BigInteger.valueOf(SERIAL.incrementAndGet()),
              Date.from(now.minus(Duration.ofHours(1))),
              Date.from(now.plus(Duration.ofDays(1))),
              new X500Name("CN=127.0.0.1"),
              servingKeys.getPublic());
      servingBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      servingBuilder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      servingBuilder.addExtension(
          Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
      servingBuilder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(
              new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.dNSName, "localhost")
              }));
      X509Certificate serving = sign(servingBuilder, caKeys);

      Files.writeString(directory.resolve("ca.crt"), pem(ca));
      // PKCS#8 ("PRIVATE KEY"), which names the curve; the server reads PKCS#1 and SEC1 as well
      Files.writeString(
          directory.resolve("tls.key"), pem(new JcaPKCS8Generator(servingKeys.getPrivate(), null)));
      Files.writeString(directory.resolve("tls.crt"), pem(serving));
      return new WebhookCertificates(directory, ca);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot make the webhook certificates: " + e, e);
    }
  }

  /** The folder holding {@code tls.crt}, {@code tls.key} and {@code ca.crt}. */
  public Path directory() {
    return directory;
  }

  /** The CA certificate in PEM, for a webhook configuration's {@code clientConfig.caBundle}. */
  public byte[] caBundle() {
    try {
      return pem(ca).getBytes(StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CA certificate. */
  public X509Certificate ca() {
    return ca;
  }

  /**
   * A TLS context that trusts only this CA: a client of the webhook server, as the API server is.
   */
  public SSLContext trustingContext() {
    try {
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      trust.setCertificateEntry("ca", ca);
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trust);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, factory.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuer)
      throws OperatorCreationException, GeneralSecurityException {
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
  }

  private static String pem(Object object) throws IOException {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    }
    return out.toString();
  }
}
