package dev.opboot.generate.schema;

/**
 * A part of a schema that no Java type or annotation makes {@code generate crd} write back: the
 * import of an owned API stops on it, an external API's import leaves it out and says so.
 */
public final class NotExpressible extends Exception {
  private static final long serialVersionUID = 1L;

  public NotExpressible(String message) {
    super(message, null, false, false);
  }
}
