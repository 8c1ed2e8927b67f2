package dev.opboot.corpus.uniqueitems.v1;

import dev.opboot.annotations.UniqueItems;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Size;
import java.util.List;

/** LotterySpec is the desired state of a Lottery. */
public class LotterySpec {
  /** Numbers drawn; no number may appear twice. */
  @UniqueItems
  @Size(max = 6)
  public List<@Min(1) @Max(49) Integer> numbers;
}
