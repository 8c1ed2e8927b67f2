package dev.opboot.scaffold;

import dev.opboot.core.BadInputException;
import java.util.HashMap;
import java.util.Map;

/**
 * One file of a scaffold: where it goes, how its content is made, and what to do when the file is
 * already there. A scaffold is a list of these plus {@link Insertion}s, so a new command is a new
 * list, not new machinery.
 */
public interface Template {
  /** The path relative to the project root, with {@code /} separators. */
  String path();

  /** What to do when the file exists. */
  IfExists ifExists();

  /** The file's content for the scaffold's data. */
  String render(TemplateEngine engine, Map<String, Object> data) throws BadInputException;

  /** A file rendered from a FreeMarker template on the classpath. */
  static Template file(String path, String templateName, IfExists ifExists) {
    return new FreemarkerTemplate(path, templateName, ifExists);
  }

  /**
   * A file rendered from a FreeMarker template with {@code extra} beside the scaffold's data: one
   * of several files made from the same template (a dependent resource per owned kind).
   */
  static Template file(
      String path, String templateName, IfExists ifExists, Map<String, Object> extra) {
    return new FreemarkerTemplateWith(path, templateName, ifExists, Map.copyOf(extra));
  }

  /** A file whose content is already known (the PROJECT file, written from its model). */
  static Template literal(String path, String content, IfExists ifExists) {
    return new LiteralTemplate(path, content, ifExists);
  }

  /** A file rendered from a FreeMarker template. */
  record FreemarkerTemplate(String path, String templateName, IfExists ifExists)
      implements Template {
    @Override
    public String render(TemplateEngine engine, Map<String, Object> data) throws BadInputException {
      return engine.render(templateName, data);
    }
  }

  /** A file rendered from a FreeMarker template with data of its own beside the scaffold's. */
  record FreemarkerTemplateWith(
      String path, String templateName, IfExists ifExists, Map<String, Object> extra)
      implements Template {
    @Override
    public String render(TemplateEngine engine, Map<String, Object> data) throws BadInputException {
      Map<String, Object> all = new HashMap<>(data);
      all.putAll(extra);
      return engine.render(templateName, all);
    }
  }

  /** A file with fixed content. */
  record LiteralTemplate(String path, String content, IfExists ifExists) implements Template {
    @Override
    public String render(TemplateEngine engine, Map<String, Object> data) {
      return content;
    }
  }
}
