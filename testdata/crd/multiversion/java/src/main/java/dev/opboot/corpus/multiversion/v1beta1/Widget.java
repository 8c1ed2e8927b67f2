package dev.opboot.corpus.multiversion.v1beta1;

import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/** Widget is a thing made of parts. */
@Group("multi.opboot.dev")
@Version(value = "v1beta1", storage = false, served = false)
@ShortNames("wd")
public class Widget extends CustomResource<Widget.WidgetSpec, Void> {

  /** WidgetSpec is the desired state of a Widget. */
  public static class WidgetSpec {
    /** Color of the widget. */
    public String color;
  }
}
