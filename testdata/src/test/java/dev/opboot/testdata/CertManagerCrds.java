package dev.opboot.testdata;

import dev.opboot.generate.crd.CrdGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * cert-manager's {@code Certificate} and {@code Issuer} CRDs, which a server must hold before it
 * accepts a bundle with webhooks: made by op-boot's {@code generate crd} from fabric8's model of
 * cert-manager's API on this module's test class path (see testdata/certmanager/README.md), so that
 * no copy of cert-manager's files is kept here.
 */
final class CertManagerCrds {
  private CertManagerCrds() {}

  /** The CRDs by file name. */
  static SortedMap<String, String> generate() throws Exception {
    return CrdGenerator.generate(
        new CrdGenerator.Options(
            List.of(TestdataDir.path().resolve("certmanager/sources")),
            TestClasspath.entries(),
            null,
            "test"));
  }

  /** Writes the CRDs into {@code dir}, which it creates, for {@code kubectl apply -f dir}. */
  static Path writeTo(Path dir) throws Exception {
    Files.createDirectories(dir);
    for (Map.Entry<String, String> crd : generate().entrySet()) {
      Files.writeString(dir.resolve(crd.getKey()), crd.getValue());
    }
    return dir;
  }
}
