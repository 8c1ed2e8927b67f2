package dev.opboot.cli;

import dev.opboot.scaffold.ScaffoldException;

/**
 * A container image reference split the way kustomize's {@code images:} wants it: the name (with
 * its registry, which may carry a port) and the tag or digest.
 *
 * @param name   {@code registry:5000/team/operator}
 * @param tag    {@code 1.0}, or null
 * @param digest {@code sha256:...}, or null
 */
record ImageName(String name, String tag, String digest) {

  /** Parses {@code value}, blaming {@code option} when it is not an image reference. */
  static ImageName parse(String value, String option) throws ScaffoldException {
    if (value == null || value.isBlank() || !value.matches("[a-z0-9][a-z0-9._/:@-]*")) {
      throw new ScaffoldException(option, option + " must be an image reference in lower case such as"
          + " registry.example.com/team/operator:1.0, not '" + value + "'.");
    }
    int at = value.indexOf('@');
    if (at >= 0) {
      return new ImageName(value.substring(0, at), null, value.substring(at + 1));
    }
    int colon = value.lastIndexOf(':');
    if (colon > value.lastIndexOf('/')) {
      return new ImageName(value.substring(0, colon), value.substring(colon + 1), null);
    }
    return new ImageName(value, null, null);
  }

  @Override
  public String toString() {
    return name + (tag != null ? ":" + tag : "") + (digest != null ? "@" + digest : "");
  }
}
