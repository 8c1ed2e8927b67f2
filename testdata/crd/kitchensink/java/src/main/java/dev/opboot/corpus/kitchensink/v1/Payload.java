package dev.opboot.corpus.kitchensink.v1;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Map;

/** Payload is a Kubernetes object with a known shape. */
public class Payload {
  /** APIVersion of the object. */
  public String apiVersion;

  /** Kind of the object. */
  public String kind;

  /** Metadata of the object. */
  public ObjectMeta metadata;

  /** Data of the object. */
  public Map<String, String> data;
}
