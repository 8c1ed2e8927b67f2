package dev.opboot.core.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opboot.core.BadInputException;
import dev.opboot.core.yaml.Yamls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether an op-boot project is namespaced: {@code namespaced: true} in its PROJECT file, written
 * by {@code op-boot init --namespaced}. The operator then watches {@code WATCH_NAMESPACE} (its own
 * namespace by default) and its role is a Role there. Read here rather than through the PROJECT
 * model (in {@code templates}) because {@code generate rbac} needs it in the generators and in the
 * Maven plugin, which know nothing of scaffolding.
 */
public final class NamespacedLayout {
  /** The PROJECT file's name at the project root. */
  public static final String PROJECT_FILE = "PROJECT";

  /** The PROJECT field that marks the layout. */
  public static final String FIELD = "namespaced";

  private NamespacedLayout() {}

  /**
   * Whether the project at {@code root} is namespaced; false when there is no PROJECT file (sources
   * outside an op-boot project).
   *
   * @throws BadInputException when PROJECT cannot be read or its field is not true or false
   */
  public static boolean of(Path root) throws BadInputException {
    Path file = root.resolve(PROJECT_FILE);
    if (!Files.isRegularFile(file)) {
      return false;
    }
    JsonNode project;
    try {
      project = Yamls.reader().readTree(Files.readString(file));
    } catch (IOException e) {
      throw new BadInputException(
          "cannot read "
              + file
              + ": "
              + e.getMessage()
              + ". Fix the file (it is YAML) or restore it from version control.",
          e);
    }
    JsonNode value = project == null ? null : project.get(FIELD);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw new BadInputException(
          file
              + ": '"
              + FIELD
              + "' must be true or false, not '"
              + value.asText()
              + "'. Set it to true for an operator that watches its own namespace"
              + " (op-boot init --namespaced), or remove it.");
    }
    return value.booleanValue();
  }
}
