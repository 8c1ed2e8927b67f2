package dev.opboot.generate.source;

/**
 * The text of one {@code @param} tag of a doc comment: where a record documents its components
 * ({@code @param replicas Replicas is the number of copies.}).
 */
public final class ParamDocs {
  private ParamDocs() {}

  /**
   * The raw text of {@code @param name ...} in {@code docComment}, continuation lines included, or
   * null.
   */
  public static String of(String docComment, String name) {
    if (docComment == null) {
      return null;
    }
    StringBuilder text = null;
    for (String line : docComment.split("\n", -1)) {
      String stripped = line.strip();
      if (text != null) {
        if (stripped.startsWith("@")) {
          break;
        }
        text.append('\n').append(stripped);
      } else if (stripped.startsWith("@param")) {
        String rest = stripped.substring("@param".length()).strip();
        if (rest.equals(name) || rest.startsWith(name + " ") || rest.startsWith(name + "\t")) {
          text = new StringBuilder(rest.substring(name.length()).strip());
        }
      }
    }
    return text == null ? null : text.toString().strip();
  }
}
