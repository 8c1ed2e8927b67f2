package dev.opboot.scaffold;

import java.util.List;
import java.util.Map;

/**
 * Everything one command wants to write: whole files, insertions into existing files, and the data
 * the templates are rendered with. Built by a command's scaffold class, turned into files by {@link
 * ScaffoldRenderer}.
 */
public record Scaffold(Map<String, Object> data, List<Template> files, List<Insertion> insertions) {
  public Scaffold {
    data = Map.copyOf(data);
    files = List.copyOf(files);
    insertions = List.copyOf(insertions);
  }
}
