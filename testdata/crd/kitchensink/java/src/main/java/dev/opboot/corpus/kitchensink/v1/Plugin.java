package dev.opboot.corpus.kitchensink.v1;

import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;

/** Plugin is a plugin with its own settings, which are kept as given. */
@PreserveUnknownFields
public class Plugin {
  /** Name of the plugin. */
  @Required
  public String name;
}
