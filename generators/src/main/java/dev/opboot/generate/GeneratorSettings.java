package dev.opboot.generate;

import dev.opboot.core.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The values given for a generator's {@link GeneratorOption}s, by option name, already checked by
 * the front end that read them ({@link #checked}, bad input when one is bad); options not given
 * have their defaults.
 */
public final class GeneratorSettings {
  private final Map<String, String> values;

  private GeneratorSettings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** No values given: every option has its default. */
  public static GeneratorSettings defaults() {
    return new GeneratorSettings(Map.of());
  }

  /**
   * The values given for {@code generator}'s options (by option name; null values count as not
   * given), each checked; a bad value is refused with the flag as the user spelt it.
   *
   * @param spelling how the user names an option: {@code --max-desc-len}, {@code
   *     op-boot.crd.maxDescLen}
   */
  public static GeneratorSettings checked(
      Generator generator, Map<String, String> given, Function<GeneratorOption, String> spelling)
      throws BadInputException {
    Map<String, String> values = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    String firstFlag = null;
    for (GeneratorOption option : generator.options()) {
      String value = given.get(option.name());
      if (value == null) {
        continue;
      }
      String flag = spelling.apply(option);
      var problem = option.problem(flag, value);
      if (problem.isPresent()) {
        problems.add(problem.get());
        firstFlag = firstFlag == null ? flag : firstFlag;
      } else {
        values.put(option.name(), value.trim());
      }
    }
    for (String name : given.keySet()) {
      if (generator.options().stream().noneMatch(o -> o.name().equals(name))) {
        problems.add(
            "generator "
                + generator.name()
                + " has no option '"
                + name
                + "'; its options are "
                + generator.options()
                + ".");
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(firstFlag, String.join("\n", problems));
    }
    return new GeneratorSettings(values);
  }

  /** The option's value, or its default ({@code null} when it has none). */
  public String string(GeneratorOption option) {
    return values.getOrDefault(option.name(), option.defaultValue());
  }

  /** Whether a {@link GeneratorOption.Type#BOOLEAN} option is on. */
  public boolean bool(GeneratorOption option) {
    return Boolean.parseBoolean(string(option));
  }

  /** The option's value as a whole number, or {@code null} when neither given nor defaulted. */
  public Integer integer(GeneratorOption option) {
    String value = string(option);
    return value == null ? null : Integer.valueOf(value);
  }
}
