package dev.opboot.corpus.multiversion.v2beta1;

import dev.opboot.annotations.OptionalByDefault;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;

/** Finish is a surface treatment; all its fields are optional. */
@OptionalByDefault
public class Finish {
  /** Gloss is the gloss level, in percent. */
  @Min(0)
  @Max(100)
  public Integer gloss;

  /** Coating is the name of the coating. */
  public String coating;
}
