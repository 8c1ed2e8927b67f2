package dev.opboot.project;

import dev.opboot.core.BadInputException;

/**
 * A container image reference split the way kustomize's {@code images:} wants it: the name (with
 * its registry, which may carry a port) and the tag or digest.
 *
 * @param name {@code registry:5000/team/operator}
 * @param tag {@code 1.0}, or null
 * @param digest {@code sha256:...}, or null
 */
public record ImageName(String name, String tag, String digest) {

  /** Parses {@code value}, blaming {@code option} when it is not an image reference. */
  public static ImageName parse(String value, String option) throws BadInputException {
    ImageName image = split(value == null ? "" : value);
    if (!image.name.matches("[a-z0-9]+([._:/-]+[a-z0-9]+)*")
        || (image.tag != null && !image.tag.matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}"))
        || (image.digest != null && !image.digest.matches("[a-z0-9]+:[a-f0-9]{32,}"))) {
      throw new BadInputException(
          option,
          option
              + " must be an image reference such as"
              + " registry.example.com/team/operator:1.0 (the name in lower case), not '"
              + value
              + "'.");
    }
    return image;
  }

  private static ImageName split(String value) {
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
