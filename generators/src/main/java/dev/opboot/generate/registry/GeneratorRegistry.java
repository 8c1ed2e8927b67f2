package dev.opboot.generate.registry;

import dev.opboot.core.BadInputException;
import dev.opboot.generate.Generator;
import dev.opboot.generate.crd.CrdGenerator;
import dev.opboot.generate.docs.DocsGenerator;
import dev.opboot.generate.rbac.RbacGenerator;
import dev.opboot.generate.webhook.WebhookGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every generator op-boot has, in the order {@code op-boot generate} runs them (and {@code make
 * manifests} would): the one place a generator is registered. The CLI builds a {@code generate
 * <name>} command for each, the Maven goal {@code op-boot:generate} takes their names, and {@code
 * op-boot build} runs them all as its first step.
 */
public final class GeneratorRegistry {
  private final Map<String, Generator> generators;

  private GeneratorRegistry(List<Generator> generators) {
    Map<String, Generator> byName = new LinkedHashMap<>();
    for (Generator generator : generators) {
      if (byName.put(generator.name(), generator) != null) {
        throw new IllegalArgumentException("two generators are named " + generator.name());
      }
    }
    this.generators = byName;
  }

  /** op-boot's generators. */
  public static GeneratorRegistry builtIn() {
    return new GeneratorRegistry(
        List.of(
            new CrdGenerator(), new RbacGenerator(), new WebhookGenerator(), new DocsGenerator()));
  }

  /** This registry with {@code more} added after its own generators. */
  public GeneratorRegistry with(Generator... more) {
    List<Generator> all = new ArrayList<>(generators.values());
    all.addAll(List.of(more));
    return new GeneratorRegistry(all);
  }

  /** Every generator, in the order they run. */
  public List<Generator> all() {
    return List.copyOf(generators.values());
  }

  /** The generators that run when none is named ({@link Generator#runsByDefault()}), in order. */
  public List<Generator> byDefault() {
    return all().stream().filter(Generator::runsByDefault).toList();
  }

  public Optional<Generator> find(String name) {
    return Optional.ofNullable(generators.get(name));
  }

  /**
   * The generators {@code names} (comma-separated, as {@code -Dop-boot.generators=crd,rbac}) picks,
   * in registry order; all of them for a blank list.
   *
   * @param option how the user gave the names, for the message when one is unknown
   */
  public List<Generator> select(String names, String option) throws BadInputException {
    if (names == null || names.isBlank()) {
      return byDefault();
    }
    List<String> wanted = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String name : names.split(",")) {
      String trimmed = name.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      (generators.containsKey(trimmed) ? wanted : unknown).add(trimmed);
    }
    if (!unknown.isEmpty()) {
      throw new BadInputException(
          option,
          option
              + " names "
              + (unknown.size() == 1 ? "a generator" : "generators")
              + " op-boot does not have: "
              + String.join(", ", unknown)
              + ". The generators are "
              + String.join(", ", generators.keySet())
              + ".");
    }
    return all().stream().filter(g -> wanted.contains(g.name())).toList();
  }
}
