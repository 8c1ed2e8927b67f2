package dev.opboot.corpus.multiversion.v2alpha1;

import dev.opboot.annotations.SkipVersion;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/** Widget is a thing made of parts. */
@Group("multi.opboot.dev")
@Version(value = "v2alpha1", storage = false, served = true)
@ShortNames("wd")
@SkipVersion
public class Widget extends CustomResource<Widget.WidgetSpec, Void> {

  /** WidgetSpec is the desired state of a Widget. */
  public static class WidgetSpec {
    /** Shape of the widget. */
    public String shape;
  }
}
