package dev.opboot.generate.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The {@code lombok.config} settings that shape the accessors Lombok writes ({@code
 * lombok.accessors.fluent} and {@code lombok.accessors.prefix}), as Lombok reads them for a source
 * file: every {@code lombok.config} from the file's folder up, the nearest last, stopping above one
 * that says {@code config.stopBubbling = true}; {@code =} sets, {@code +=}/{@code -=} add to and
 * remove from a list, {@code clear} resets. {@code @Accessors} on the field or its classes wins.
 */
final class LombokConfig {
  private static final String FLUENT = "lombok.accessors.fluent";
  private static final String PREFIX = "lombok.accessors.prefix";
  private static final String STOP_BUBBLING = "config.stopBubbling";

  /** What the files say: null where they say nothing. */
  record Settings(Boolean fluent, List<String> prefixes) {
    static final Settings NONE = new Settings(null, null);
  }

  private final Function<Element, Path> sourceFile;
  private final Map<TypeElement, Settings> byClass = new HashMap<>();
  private final Map<Path, Settings> byFolder = new HashMap<>();

  /** Settings for elements whose source file {@code sourceFile} tells (null for none). */
  LombokConfig(Function<Element, Path> sourceFile) {
    this.sourceFile = sourceFile;
  }

  /** The settings for the source file that declares {@code element}. */
  Settings of(Element element) {
    Element e = element;
    while (e.getEnclosingElement() instanceof TypeElement outer) {
      e = outer;
    }
    if (!(e instanceof TypeElement top)) {
      return Settings.NONE;
    }
    return byClass.computeIfAbsent(
        top,
        t -> {
          Path file = sourceFile.apply(t);
          return file == null || file.toAbsolutePath().getParent() == null
              ? Settings.NONE
              : ofFolder(file.toAbsolutePath().getParent());
        });
  }

  private Settings ofFolder(Path folder) {
    Settings known = byFolder.get(folder);
    if (known != null) {
      return known;
    }
    Deque<List<String[]>> files = new ArrayDeque<>(); // nearest first
    for (Path dir = folder; dir != null; dir = dir.getParent()) {
      Path config = dir.resolve("lombok.config");
      if (!Files.isRegularFile(config)) {
        continue;
      }
      List<String[]> lines = parse(config);
      files.push(lines); // so that the farthest comes out first
      if (lines.stream()
          .anyMatch(l -> l[0].equalsIgnoreCase(STOP_BUBBLING) && l[2].equalsIgnoreCase("true"))) {
        break;
      }
    }
    Boolean fluent = null;
    List<String> prefixes = null;
    for (List<String[]> lines : files) {
      for (String[] line : lines) {
        String key = line[0].toLowerCase(Locale.ROOT);
        if (key.equals(FLUENT)) {
          fluent = line[1].equals("clear") ? null : Boolean.valueOf(line[2].trim());
        } else if (key.equals(PREFIX)) {
          prefixes = prefixes == null ? new ArrayList<>() : prefixes;
          switch (line[1]) {
            case "clear" -> prefixes.clear();
            case "=" -> {
              prefixes.clear();
              prefixes.add(line[2]);
            }
            case "+=" -> prefixes.add(line[2]);
            case "-=" -> prefixes.remove(line[2]);
            default -> {
              // not an operator Lombok knows
            }
          }
        }
      }
    }
    Settings settings = new Settings(fluent, prefixes == null ? null : List.copyOf(prefixes));
    byFolder.put(folder, settings);
    return settings;
  }

  /** Each setting line as {key, operator, value}; {@code clear key} as {key, "clear", ""}. */
  private static List<String[]> parse(Path config) {
    List<String[]> out = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("clear ")) {
        out.add(new String[] {line.substring("clear ".length()).strip(), "clear", ""});
        continue;
      }
      for (String operator : List.of("+=", "-=", "=")) {
        int at = line.indexOf(operator);
        if (at > 0) {
          out.add(
              new String[] {
                line.substring(0, at).strip(),
                operator,
                line.substring(at + operator.length()).strip()
              });
          break;
        }
      }
    }
    return out;
  }
}
