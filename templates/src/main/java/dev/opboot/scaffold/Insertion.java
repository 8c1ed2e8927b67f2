package dev.opboot.scaffold;

/**
 * Lines added to an existing file just before a marker comment such as {@code //
 * op-boot:scaffold:reconcilers}, indented like the marker. A fragment whose lines are already in
 * the file is not added again, so re-running a command is harmless.
 *
 * @param path the file, relative to the project root
 * @param marker the marker name; the file holds it as {@code op-boot:scaffold:<marker>}
 * @param templateName the FreeMarker template of the lines to insert
 */
public record Insertion(String path, String marker, String templateName) {
  /** The text that marks the insertion point in a file. */
  public String markerText() {
    return "op-boot:scaffold:" + marker;
  }
}
