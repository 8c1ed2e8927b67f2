package dev.opboot.corpus.multiversion.v1alpha1;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/** Widget is a thing made of parts. */
@Group("multi.opboot.dev")
@Version(
    value = "v1alpha1",
    storage = false,
    served = true,
    deprecated = true,
    deprecationWarning = "multi.opboot.dev/v1alpha1 Widget is deprecated; use multi.opboot.dev/v1")
@ShortNames("wd")
public class Widget extends CustomResource<Widget.WidgetSpec, Void> {

  /** WidgetSpec is the desired state of a Widget. */
  public static class WidgetSpec {
    /** Colour of the widget. */
    public String colour;
  }
}
