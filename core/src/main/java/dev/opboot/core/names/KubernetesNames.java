package dev.opboot.core.names;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The naming rules the Kubernetes API server enforces on the names op-boot writes (API groups,
 * resource plurals, versions, object names), checked before anything is written so that users learn
 * about a bad name from op-boot rather than from a rejected CRD.
 *
 * <p>Each check returns the reason a value is invalid, or empty when it is valid.
 */
public final class KubernetesNames {
  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern VERSION = Pattern.compile("v[1-9][0-9]*((alpha|beta)[1-9][0-9]*)?");
  private static final Pattern KIND = Pattern.compile("[A-Z][A-Za-z0-9]*");

  private KubernetesNames() {}

  /** A DNS-1123 subdomain: lower-case labels separated by dots, at most 253 characters. */
  public static Optional<String> checkDns1123Subdomain(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (value.length() > 253) {
      return Optional.of("it is longer than 253 characters");
    }
    if (!value.equals(value.toLowerCase(Locale.ROOT))) {
      return Optional.of("it contains upper-case letters");
    }
    for (String label : value.split("\\.", -1)) {
      if (label.isEmpty()) {
        return Optional.of("it has an empty label (two dots, or a dot at either end)");
      }
      if (label.length() > 63) {
        return Optional.of("the label '" + label + "' is longer than 63 characters");
      }
      if (!DNS1123_LABEL.matcher(label).matches()) {
        return Optional.of(
            "the label '"
                + label
                + "' must consist of a-z, 0-9 and '-', and start and end with a letter or digit");
      }
    }
    return Optional.empty();
  }

  /**
   * A DNS-1123 label: at most 63 characters of a-z, 0-9 and '-', starting and ending alphanumeric.
   */
  public static Optional<String> checkDns1123Label(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (value.length() > 63) {
      return Optional.of("it is longer than 63 characters");
    }
    if (!DNS1123_LABEL.matcher(value).matches()) {
      return Optional.of(
          "it must consist of a-z, 0-9 and '-', and start and end with a letter or digit");
    }
    return Optional.empty();
  }

  /**
   * A DNS-1035 label (CRD plural and singular names): like a DNS-1123 label, starting with a
   * letter.
   */
  public static Optional<String> checkDns1035Label(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (value.length() > 63) {
      return Optional.of("it is longer than 63 characters");
    }
    if (!DNS1035_LABEL.matcher(value).matches()) {
      return Optional.of(
          "it must consist of a-z, 0-9 and '-', start with a letter and end with a letter or digit");
    }
    return Optional.empty();
  }

  /** An API version as Kubernetes orders them: v1, v2beta1, v1alpha3. */
  public static Optional<String> checkVersion(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (!VERSION.matcher(value).matches()) {
      return Optional.of(
          "it must look like v<N>, v<N>alpha<M> or v<N>beta<M> with N and M positive"
              + " numbers without leading zeros (for example v1, v1alpha1, v2beta3)");
    }
    return Optional.empty();
  }

  /** A kind: UpperCamelCase letters and digits, at most 63 characters. */
  public static Optional<String> checkKindSyntax(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (!KIND.matcher(value).matches()) {
      return Optional.of(
          "it must be UpperCamelCase: a capital letter followed by letters and digits"
              + " (for example Guestbook or CronJob)");
    }
    if (value.length() > 63) {
      return Optional.of("it is longer than 63 characters");
    }
    return Optional.empty();
  }

  /**
   * kubebuilder's file name for a CRD, {@code <group>_<plural>.yaml}: what {@code generate crd}
   * writes, what the scaffold's kustomization lists and where an imported external CRD goes.
   */
  public static String crdFileName(String group, String plural) {
    return group + "_" + plural + ".yaml";
  }
}
