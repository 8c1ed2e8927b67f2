package dev.opboot.scaffold.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.opboot.core.BadInputException;
import dev.opboot.core.yaml.Yamls;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads and writes the {@code PROJECT} file. Reading explains any problem with the file's line,
 * because a user who edited it by hand needs to know where it went wrong.
 */
public final class ProjectFile {
  /** The file's name at the project root. */
  public static final String NAME = "PROJECT";

  private static final String HEADER =
      """
      # Written by op-boot: it records what was scaffolded, and later op-boot commands read it.
      # Edit with care; op-boot rewrites it when it scaffolds.
      """;

  /**
   * Made on first use: {@link #exists} runs at every generate command's start and needs no YAML.
   */
  private static final class Yaml {
    static final ObjectMapper MAPPER =
        Yamls.files()
            .copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  }

  private ProjectFile() {}

  /** Whether {@code root} holds a PROJECT file. */
  public static boolean exists(Path root) {
    return Files.isRegularFile(root.resolve(NAME));
  }

  /**
   * Reads the PROJECT file of the project at {@code root}.
   *
   * @throws BadInputException when there is none, or it is not a valid PROJECT file
   */
  public static Project load(Path root) throws BadInputException {
    Path file = root.resolve(NAME);
    if (Files.isDirectory(file)) {
      throw new BadInputException(
          "--dir",
          file
              + " is a folder, but PROJECT must be the file op-boot wrote when it"
              + " scaffolded the project. Move the folder away and restore PROJECT from version control.");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(
          "--dir",
          "no PROJECT file in "
              + root.toAbsolutePath().normalize()
              + ": this is not an op-boot project. Run 'op-boot init --domain <domain>' first, or pass"
              + " --dir with the project's folder.");
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (CharacterCodingException e) {
      throw new BadInputException(
          file
              + " is not a text file (it is not UTF-8): PROJECT is the YAML op-boot"
              + " wrote when it scaffolded the project. Restore it from version control.",
          e);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses PROJECT text; {@code where} names the file in messages. */
  public static Project parse(String text, String where) throws BadInputException {
    Project project;
    try {
      project = Yaml.MAPPER.readValue(text, Project.class);
    } catch (JsonProcessingException e) {
      throw new BadInputException(
          where
              + locate(e, text)
              + ": "
              + explain(e)
              + ". Fix the file (it is YAML) or restore it from version control.",
          e);
    }
    if (project == null) {
      throw new BadInputException(where + ": the file is empty. Restore it from version control.");
    }
    List<String> missing = new ArrayList<>();
    if (project.layout() == null) missing.add("layout");
    if (project.domain() == null) missing.add("domain");
    if (project.projectName() == null) missing.add("projectName");
    if (project.groupId() == null) missing.add("groupId");
    if (project.artifactId() == null) missing.add("artifactId");
    if (project.packageName() == null) missing.add("package");
    if (!missing.isEmpty()) {
      throw new BadInputException(
          where
              + ": missing "
              + String.join(", ", missing)
              + ". Restore the file from version control, or add the missing fields.");
    }
    if (!Project.LAYOUT.equals(project.layout())) {
      throw new BadInputException(
          where
              + ": layout '"
              + project.layout()
              + "' is not one this op-boot"
              + " knows (it knows '"
              + Project.LAYOUT
              + "'). Use the op-boot version that wrote the file.");
    }
    for (int i = 0; i < project.resources().size(); i++) {
      ProjectResource r = project.resources().get(i);
      if (r == null
          || r.group() == null
          || r.domain() == null
          || r.version() == null
          || r.kind() == null
          || r.plural() == null
          || r.apiPackage() == null) {
        throw new BadInputException(
            where
                + ": resources["
                + i
                + "] needs group, domain, version,"
                + " kind, plural and package. Restore the file from version control.");
      }
    }
    ProjectChecks.check(project, text, where);
    return project;
  }

  /**
   * Fails when classes PROJECT records are not in the tree (their package deleted or moved), which
   * would otherwise show up later as javac errors, or as a new version scaffolded against a stored
   * one that is gone. {@code rescaffolded} is the resource the command is about to write again.
   */
  public static void checkClassesExist(
      Path root, Project project, Predicate<ProjectResource> rescaffolded)
      throws BadInputException {
    List<String> missing = new ArrayList<>();
    for (ProjectResource r : project.resources()) {
      String path = "src/main/java/" + r.apiPackage().replace('.', '/') + "/" + r.kind() + ".java";
      if (r.api() && !rescaffolded.test(r) && !Files.isRegularFile(root.resolve(path))) {
        missing.add(
            "  "
                + r.apiGroup()
                + "/"
                + r.version()
                + " "
                + r.kind()
                + ": "
                + path
                + " (re-create it with"
                + " 'op-boot create api --group "
                + r.group()
                + " --version "
                + r.version()
                + " --kind "
                + r.kind()
                + " --force')");
      }
    }
    if (!missing.isEmpty()) {
      throw new BadInputException(
          "PROJECT records APIs whose classes are missing:\n"
              + String.join("\n", missing)
              + "\nRestore them from version control, re-create them as shown, or remove their entries from PROJECT.");
    }
  }

  /** The PROJECT file's text for {@code project}. */
  public static String toYaml(Project project) {
    try {
      return HEADER + Yaml.MAPPER.writeValueAsString(project);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write PROJECT", e);
    }
  }

  /**
   * ":line:column" of the problem. For an unknown field the YAML parser's position lags behind the
   * key, so the key's own line is looked up in the text.
   */
  private static String locate(JsonProcessingException e, String text) {
    MarkedYAMLException y = yamlSyntaxError(e);
    if (y != null && y.getProblemMark() != null) {
      return ":" + (y.getProblemMark().getLine() + 1) + ":" + (y.getProblemMark().getColumn() + 1);
    }
    if (e instanceof UnrecognizedPropertyException u) {
      Pattern key =
          Pattern.compile("^(\\s*(?:-\\s+)?)" + Pattern.quote(u.getPropertyName()) + "\\s*:");
      List<String> lines = text.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = key.matcher(lines.get(i));
        if (m.find()) {
          return ":" + (i + 1) + ":" + (m.group(1).length() + 1);
        }
      }
    }
    JsonLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return ":" + location.getLineNr() + ":" + location.getColumnNr();
  }

  private static MarkedYAMLException yamlSyntaxError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException y) {
        return y;
      }
    }
    return null;
  }

  private static String explain(JsonProcessingException e) {
    MarkedYAMLException y = yamlSyntaxError(e);
    if (y != null && y.getProblem() != null) {
      return y.getProblem() + (y.getContext() == null ? "" : " (" + y.getContext() + ")");
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field '" + u.getPropertyName() + "'";
    }
    if (e instanceof MismatchedInputException m
        && m.getTargetType() != null
        && !m.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (JsonMappingException.Reference ref : m.getPath()) {
        if (ref.getFieldName() != null) {
          path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
      String type =
          m.getTargetType() == String.class
              ? "a string"
              : m.getTargetType() == boolean.class || m.getTargetType() == Boolean.class
                  ? "true or false"
                  : List.class.isAssignableFrom(m.getTargetType()) ? "a list" : "a mapping";
      return "'" + path + "' must be " + type;
    }
    String message = e.getOriginalMessage();
    int cut = message.indexOf("\n at [Source");
    message = cut >= 0 ? message.substring(0, cut) : message;
    return message.lines().findFirst().orElse(message).strip();
  }
}
