package dev.opboot.corpus.multiversion.v2beta1;

import dev.opboot.annotations.Optional;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Size;
import io.fabric8.kubernetes.model.annotation.SpecReplicas;
import java.util.List;

/**
 * WidgetSpec is the desired state of a Widget.
 *
 * @param color Color of the widget.
 * @param replicas Replicas is the number of copies.
 * @param parts Parts of the widget.
 * @param label Label is an optional label.
 * @param note Note is free text; null clears it.
 * @param owner Owner is who owns the widget.
 * @param finish Finish is how the surface is treated.
 */
public record WidgetSpec(
    Color color,
    @SpecReplicas @Min(0) int replicas,
    @Size(min = 1) List<Part> parts,
    @Optional String label,
    @Nullable String note,
    java.util.Optional<String> owner,
    @Optional Finish finish) {

  /** Color is the color of a widget. */
  public enum Color {
    red,
    green,
    blue,
    black
  }

  /**
   * Part is one part of a widget.
   *
   * @param name Name of the part.
   * @param count Count is how many of the part the widget has.
   */
  public record Part(String name, @Min(0) int count) {
  }
}
