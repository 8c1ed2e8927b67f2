package dev.opboot.project;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kustomize's {@code namespace:} does not move when {@code deploy --namespace} moves a bundle
 * with webhooks: the values config/default's replacements computed from the namespace, which are
 * plain strings by then. They are cert-manager's {@code cert-manager.io/inject-ca-from:
 * <namespace>/ <certificate>} annotations, and the Certificate's DNS names {@code
 * <service>.<namespace>.svc} (and {@code .svc.cluster.local}); left as they were, the API server
 * would call the webhook Service with a certificate for another namespace's Service, and
 * cert-manager would inject no CA.
 */
final class CertificateNamespaces {
  private CertificateNamespaces() {}

  /** {@code bundle} with those values moved from namespace {@code from} to {@code to}. */
  static String follow(String bundle, String from, String to) {
    String quotedFrom = Pattern.quote(from);
    Pattern annotation =
        Pattern.compile("(?m)^(\\s*cert-manager\\.io/inject-ca-from: \"?)" + quotedFrom + "/");
    Pattern dnsName =
        Pattern.compile(
            "(?m)^(\\s*- \"?[a-z0-9]([-a-z0-9]*[a-z0-9])?\\.)" + quotedFrom + "(\\.svc\\b)");
    Pattern certificate = Pattern.compile("(?m)^kind: Certificate$");
    StringBuilder out = new StringBuilder();
    for (String document : InstallBundle.documents(bundle)) {
      String moved =
          annotation
              .matcher(document)
              .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + to + "/"));
      if (certificate.matcher(moved).find()) {
        moved =
            dnsName
                .matcher(moved)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + to + m.group(3)));
      }
      out.append(out.isEmpty() ? "" : "---\n").append(moved);
    }
    return out.toString();
  }
}
