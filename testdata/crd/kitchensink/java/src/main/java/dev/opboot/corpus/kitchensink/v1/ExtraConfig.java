package dev.opboot.corpus.kitchensink.v1;

/** ExtraConfig has one known field; other fields are kept. */
public class ExtraConfig {
  /** Version of the configuration format. */
  public String version;
}
