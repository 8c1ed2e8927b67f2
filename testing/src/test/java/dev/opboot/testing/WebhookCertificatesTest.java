package dev.opboot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookCertificatesTest {
  @TempDir Path dir;

  @Test
  void theServingCertificateIsFor127001AndSignedByTheCa() throws Exception {
    WebhookCertificates certificates = WebhookCertificates.write(dir);

    X509Certificate serving = read(dir.resolve("tls.crt"));
    serving.verify(certificates.ca().getPublicKey());
    serving.checkValidity();
    assertThat(serving.getSubjectAlternativeNames())
        .contains(List.of(7, "127.0.0.1"), List.of(2, "localhost"));
    assertThat(serving.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");
    assertThat(serving.getBasicConstraints()).isEqualTo(-1);
    assertThat(certificates.ca().getBasicConstraints()).isGreaterThanOrEqualTo(0);
    assertThat(read(dir.resolve("ca.crt"))).isEqualTo(certificates.ca());
    assertThat(new String(certificates.caBundle())).startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(Files.readString(dir.resolve("tls.key"))).startsWith("-----BEGIN PRIVATE KEY-----");
  }

  @Test
  void writingAgainIsARotationToANewCa() throws Exception {
    WebhookCertificates first = WebhookCertificates.write(dir);
    String firstCert = Files.readString(dir.resolve("tls.crt"));

    WebhookCertificates second = WebhookCertificates.write(dir);

    assertThat(Files.readString(dir.resolve("tls.crt"))).isNotEqualTo(firstCert);
    assertThat(second.ca()).isNotEqualTo(first.ca());
    read(dir.resolve("tls.crt")).verify(second.ca().getPublicKey());
  }

  private static X509Certificate read(Path file) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(file)));
  }
}
