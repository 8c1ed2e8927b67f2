package dev.opboot.project;

import dev.opboot.generate.importer.KubernetesVersionHint;
import dev.opboot.generate.schema.KubernetesVersions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The Kubernetes version a project's {@code generate crd} describes built-in types as, read from
 * its pom.xml without running Maven: {@code op-boot.crd.kubeVersion} when the project sets it (the
 * build's {@code generate crd} reads it), else the version its {@code fabric8.version} models (the
 * property op-boot's scaffold pins fabric8 with), else the version op-boot's own fabric8 release
 * models. {@code create api --from-crd} compares it with the CRD's embedded types.
 */
final class ProjectKubernetesVersion {
  static final String KUBE_VERSION_PROPERTY = "op-boot.crd.kubeVersion";
  static final String FABRIC8_PROPERTY = "fabric8.version";

  private ProjectKubernetesVersion() {}

  /**
   * The project's version.
   *
   * @param defaultFabric8 the fabric8 release op-boot scaffolds with, for a pom that names none
   */
  static KubernetesVersionHint.Project of(Path projectRoot, String defaultFabric8) {
    Path pom = projectRoot.resolve("pom.xml");
    Optional<String> set = property(pom, KUBE_VERSION_PROPERTY);
    if (set.isPresent() && KubernetesVersions.SHIPPED.contains(set.get())) {
      return new KubernetesVersionHint.Project(
          set.get(), "(pom.xml's " + KUBE_VERSION_PROPERTY + ")", true);
    }
    Optional<String> fabric8 = property(pom, FABRIC8_PROPERTY);
    String release = fabric8.orElse(defaultFabric8);
    String version = KubernetesVersions.catalogueFor(KubernetesVersions.modelledBy(release));
    return new KubernetesVersionHint.Project(
        version,
        "(for fabric8 kubernetes-model-core "
            + release
            + (fabric8.isPresent() ? ", pom.xml's " + FABRIC8_PROPERTY : ", op-boot's default")
            + ")",
        false);
  }

  /** A literal property of the pom's {@code <properties>}; empty when absent or unreadable. */
  static Optional<String> property(Path pom, String name) {
    if (!Files.isRegularFile(pom)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(pom)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element project = factory.newDocumentBuilder().parse(in).getDocumentElement();
      for (Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element properties && properties.getTagName().equals("properties")) {
          for (Node p = properties.getFirstChild(); p != null; p = p.getNextSibling()) {
            if (p instanceof Element property && property.getTagName().equals(name)) {
              String value = property.getTextContent().trim();
              // a value made of other properties would need Maven to resolve it
              return value.isEmpty() || value.contains("${")
                  ? Optional.empty()
                  : Optional.of(value);
            }
          }
        }
      }
      return Optional.empty();
    } catch (IOException | SAXException | ParserConfigurationException e) {
      return Optional.empty(); // the pom is Maven's to report; the note is only a hint
    }
  }
}
