package dev.opboot.generate.importer;

import dev.opboot.generate.importer.JavaModel.Doc;
import dev.opboot.generate.source.DocText;
import java.util.stream.Collectors;

/**
 * Whether a description survives as a doc comment: generate crd reads doc comments through {@link
 * DocText}, which drops block tags, decodes HTML and follows controller-gen's rules, so a
 * description is written as Javadoc only when that reading gives it back unchanged.
 */
final class Javadoc {
  private Javadoc() {}

  static Doc of(String description) {
    return description == null ? null : new Doc(description, roundTrips(description));
  }

  static boolean roundTrips(String text) {
    if (text.isEmpty() || text.contains("*/") || text.contains("\\u") || text.contains("\r")) {
      return false;
    }
    // what javac hands over for a comment written " * line" per line
    String comment =
        text.lines()
            .map(line -> line.isEmpty() ? "" : " " + line)
            .collect(Collectors.joining("\n"));
    return DocText.description(comment).equals(text);
  }
}
