package dev.opboot.corpus.multiversion.v1;

import io.fabric8.crd.generator.annotation.PrinterColumn;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.List;

/** Widget is a thing made of parts. */
@Group("multi.opboot.dev")
@Version(value = "v1", storage = true, served = true)
@ShortNames("wd")
public class Widget extends CustomResource<Widget.WidgetSpec, Widget.WidgetStatus> {

  /** WidgetSpec is the desired state of a Widget. */
  public static class WidgetSpec {
    /** Color of the widget. */
    @Required
    @PrinterColumn(name = "Color")
    public Color color;

    /** Parts of the widget. */
    @Size(max = 8)
    public List<Part> parts;

    /** SizeMM is the size in millimetres. */
    @Min(1)
    public Integer sizeMM;
  }

  /** Color is the color of a widget. */
  public enum Color {
    red,
    green,
    blue
  }

  /** Part is one part of a widget. */
  public static class Part {
    /** Name of the part. */
    @Required
    public String name;

    /** Count is how many of the part the widget has. */
    @Min(0)
    @Default("1")
    public Integer count;
  }

  /** WidgetStatus is the observed state of a Widget. */
  public static class WidgetStatus {
    /** Built counts the widgets built. */
    public Integer built;
  }
}
