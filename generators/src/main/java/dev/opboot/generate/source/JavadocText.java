package dev.opboot.generate.source;

import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EndElementTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.IndexTree;
import com.sun.source.doctree.InlineTagTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.SystemPropertyTree;
import com.sun.source.doctree.ValueTree;
import com.sun.source.util.DocTrees;
import dev.opboot.generate.source.DocTreesParser.Parsed;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A doc comment as the lines of the Go comment it stands for, before controller-gen's rules: the
 * main description, with its Javadoc made plain text as {@link DocText} describes. javac reads the
 * comment ({@link DocTreesParser}); the text between the nodes it finds is taken as written.
 */
final class JavadocText {
  private JavadocText() {}

  /**
   * The lines for {@code docComment}, each less the one space javac leaves after the star, read
   * with {@code trees} (null for {@link DocTreesParser}'s own).
   */
  static List<String> lines(DocTrees trees, String docComment) {
    String text = docComment.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      body.append(line.startsWith(" ") ? line.substring(1) : line).append('\n');
    }
    Renderer renderer = new Renderer();
    if (isPlainText(body)) {
      // No element, entity or inline tag: javac would find text only, so it is not asked (most
      // comments are like this, and reading one costs javac more than the rest of its rendering).
      renderer.literal(body.substring(0, blockTags(body.toString(), i -> false)));
      return renderer.finish();
    }
    Parsed doc = DocTreesParser.parse(trees, body.toString());
    renderer.render(doc, doc.tree().getFullBody(), 0, blockTags(doc.text(), i -> inside(doc, i)));
    return renderer.finish();
  }

  /** Whether {@code text} holds nothing javac reads as markup: no {@code <}, {@code &} or {@code {}. */
  private static boolean isPlainText(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<' || c == '&' || c == '{') {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the block tags start: at the first line whose text starts with {@code @} and a letter,
   * outside the tags and elements javac found (a {@code {@code}} can span lines); else the end.
   */
  private static int blockTags(String text, java.util.function.IntPredicate insideMarkup) {
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (lineStart
          && c == '@'
          && i + 1 < text.length()
          && Character.isLetter(text.charAt(i + 1))
          && !insideMarkup.test(i)) {
        return i;
      }
      lineStart = c == '\n' || lineStart && (c == ' ' || c == '\t');
    }
    return text.length();
  }

  private static boolean inside(Parsed doc, int index) {
    return doc.tree().getFullBody().stream()
        .anyMatch(
            node ->
                node.getKind() != DocTree.Kind.TEXT
                    && doc.start(node) < index
                    && index < doc.end(node));
  }

  private static final Set<String> INLINE_ELEMENTS =
      Set.of(
          "a", "abbr", "b", "big", "cite", "code", "del", "dfn", "em", "font", "i", "img", "ins",
          "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt",
          "u", "var", "wbr", "td", "th", "thead", "tbody", "tfoot", "caption", "li");
  private static final Set<String> BLOCK_ELEMENTS =
      Set.of(
          "pre",
          "div",
          "blockquote",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "table",
          "tr",
          "dl",
          "dt",
          "dd",
          "hr",
          "center");
  private static final Map<String, String> ENTITIES =
      Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"", "apos", "'", "nbsp", "\u00A0");

  /** Turns the nodes of a doc comment into lines, following the rules in {@link DocText}. */
  private static final class Renderer {
    private final List<String> out = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    /** The current line has text, not only white space. */
    private boolean lineHasText;

    /** The current source line held a tag or an element, so a blank result is no blank line. */
    private boolean lineHadMarkup;

    /** The last line ended at a {@code <br>}, so another one makes an empty line. */
    private boolean brokeAtBr;

    /** A list item's {@code - } or {@code 1. }, written before the item's first text. */
    private String bullet;

    /** White space right after an element that broke the line is not indentation: skip it. */
    private boolean skipBlanks;

    /** For each open list, the number of its last item, or -1 for a {@code <ul>}. */
    private final Deque<int[]> lists = new ArrayDeque<>();

    /** The text from {@code from} to {@code to}, with {@code nodes}, the nodes in it, rendered. */
    void render(Parsed doc, List<? extends DocTree> nodes, int from, int to) {
      int at = from;
      for (DocTree node : nodes) {
        int start = doc.start(node);
        // text, and a node javac gives no end (<!DOCTYPE>), is read as written
        if (node.getKind() != DocTree.Kind.TEXT
            && start >= at
            && start < to
            && doc.end(node) > start) {
          literal(doc.text().substring(at, start));
          node(doc, node);
          at = Math.min(doc.end(node), to);
        }
      }
      literal(doc.text().substring(at, to));
    }

    /**
     * A tag's label or description: its text from {@code from} to the closing brace, less the white
     * space around it, read as Javadoc on its own (JDK 25 loses part of a tag's nodes when the tag
     * holds an element inside {@code <pre>}).
     */
    private void content(Parsed doc, int from, DocTree tag) {
      String text = doc.text().substring(from, Math.max(from, doc.end(tag) - 1)).strip();
      Parsed inner = DocTreesParser.parse(doc.trees(), text);
      render(inner, inner.tree().getFullBody(), 0, text.length());
    }

    List<String> finish() {
      if (lineHasText) {
        emit();
      }
      return out;
    }

    private void node(Parsed doc, DocTree node) {
      String written = doc.text().substring(doc.start(node), doc.end(node));
      if (node instanceof InlineTagTree tag) {
        lineHadMarkup = true;
        inlineTag(doc, tag, written);
      } else if (node instanceof StartElementTree start && known(start.getName())) {
        element(start.getName().toString().toLowerCase(Locale.ROOT), false);
      } else if (node instanceof EndElementTree end && known(end.getName())) {
        element(end.getName().toString().toLowerCase(Locale.ROOT), true);
      } else if (node.getKind() == DocTree.Kind.COMMENT) {
        lineHadMarkup = true;
      } else if (node instanceof EntityTree entity && decoded(entity) != null) {
        lineHadMarkup = true;
        literal(decoded(entity));
      } else {
        literal(written); // not a known element or entity, or not well-formed: as written
      }
    }

    private void inlineTag(Parsed doc, InlineTagTree tag, String written) {
      if (tag.getTagName().equals("snippet")) { // javac knows it from JDK 18 on: read it alike
        String content = written.substring(2 + tag.getTagName().length(), written.length() - 1);
        int colon = content.indexOf(":\n");
        if (colon >= 0) {
          String body = content.substring(colon + 2);
          literal(body.endsWith("\n") ? body.substring(0, body.length() - 1) : body);
        }
        return;
      }
      int afterName = doc.start(tag) + 2 + tag.getTagName().length();
      switch (tag.getKind()) {
        case CODE, LITERAL -> { // verbatim: from the text after the one space, to the brace
          literal(doc.text().substring(doc.start(((LiteralTree) tag).getBody()), doc.end(tag) - 1));
        }
        case LINK, LINK_PLAIN -> {
          DocTree reference = ((LinkTree) tag).getReference();
          if (doc.text().substring(doc.end(reference), doc.end(tag) - 1).isBlank()) {
            literal(displayed(doc.text().substring(doc.start(reference), doc.end(reference))));
          } else {
            content(doc, doc.end(reference), tag);
          }
        }
        case VALUE -> {
          DocTree reference = ((ValueTree) tag).getReference();
          if (reference != null) {
            literal(displayed(doc.text().substring(doc.start(reference), doc.end(reference))));
          }
        }
        case RETURN -> {
          literal("Returns ");
          content(doc, afterName, tag);
          text('.');
        }
        case SUMMARY -> content(doc, afterName, tag);
        case INDEX -> {
          DocTree term = ((IndexTree) tag).getSearchTerm();
          String words = doc.text().substring(doc.start(term), doc.end(term)).strip();
          boolean quoted = words.startsWith("\"") && words.indexOf('"', 1) > 0;
          literal(quoted ? words.substring(1, words.indexOf('"', 1)) : words);
        }
        case SYSTEM_PROPERTY -> literal(((SystemPropertyTree) tag).getPropertyName().toString());
        case INHERIT_DOC, DOC_ROOT -> {}
        default -> content(doc, afterName, tag); // an unknown tag: its content
      }
    }

    // --- layout -----------------------------------------------------------------------------

    private void text(char c) {
      boolean blank = c == ' ' || c == '\t';
      if (blank && skipBlanks) {
        return;
      }
      skipBlanks = false;
      if (bullet != null) {
        line.setLength(0);
        line.append(bullet);
        bullet = null;
      }
      line.append(c);
      if (!blank) {
        lineHasText = true;
        brokeAtBr = false;
      }
    }

    private void literal(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == '\n') {
          newline();
        } else {
          text(s.charAt(i));
        }
      }
    }

    private void newline() {
      if (lineHasText) {
        emit();
        brokeAtBr = false;
      } else if (!lineHadMarkup && bullet == null) {
        emit(); // a blank source line: a paragraph break
      }
      line.setLength(0);
      lineHadMarkup = false;
      skipBlanks = bullet != null;
    }

    private void emit() {
      out.add(line.toString());
      line.setLength(0);
      lineHasText = false;
    }

    /** Ends the current line if it has text; white space alone is dropped. */
    private void breakLine() {
      if (lineHasText) {
        emit();
      }
      line.setLength(0);
      skipBlanks = true;
    }

    private void paragraph() {
      breakLine();
      bullet = null;
      if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
        out.add("");
      }
    }

    private void element(String name, boolean closing) {
      lineHadMarkup = true;
      switch (name) {
        case "p" -> paragraph();
        case "br" -> {
          if (lineHasText) {
            emit();
            brokeAtBr = true;
          } else if (brokeAtBr) {
            emit();
          }
          line.setLength(0);
          skipBlanks = true;
        }
        case "ul", "ol" -> {
          breakLine();
          bullet = null;
          if (!closing) {
            lists.push(new int[] {name.equals("ol") ? 0 : -1});
          } else if (!lists.isEmpty()) {
            lists.pop();
          }
        }
        case "li" -> {
          breakLine();
          bullet = null;
          if (!closing) {
            int[] list = lists.isEmpty() ? new int[] {-1} : lists.peek();
            String indent = "  ".repeat(Math.max(0, lists.size() - 1));
            bullet = indent + (list[0] < 0 ? "- " : ++list[0] + ". ");
          }
        }
        default -> {
          if (BLOCK_ELEMENTS.contains(name)) {
            breakLine();
          }
        }
      }
    }
  }

  private static boolean known(CharSequence element) {
    String name = element.toString().toLowerCase(Locale.ROOT);
    return name.equals("p")
        || name.equals("br")
        || name.equals("ul")
        || name.equals("ol")
        || INLINE_ELEMENTS.contains(name)
        || BLOCK_ELEMENTS.contains(name);
  }

  /** What a known or numeric entity stands for, or null. */
  private static String decoded(EntityTree entity) {
    String name = entity.getName().toString();
    if (ENTITIES.containsKey(name)) {
      return ENTITIES.get(name);
    }
    int cp =
        name.matches("#[0-9]{1,8}")
            ? Integer.parseInt(name.substring(1))
            : name.matches("#[xX][0-9a-fA-F]{1,7}") ? Integer.parseInt(name.substring(2), 16) : -1;
    return Character.isValidCodePoint(cp) ? Character.toString(cp) : null;
  }

  /**
   * How a reference without a label reads: {@code Foo#bar} as {@code Foo.bar}, {@code #bar} as
   * {@code bar}.
   */
  private static String displayed(String reference) {
    String ref = reference;
    int slash = ref.indexOf('/');
    if (slash >= 0 && (ref.indexOf('#') < 0 || slash < ref.indexOf('#'))) {
      ref = ref.substring(slash + 1); // module/package.Type
    }
    if (ref.startsWith("#")) {
      ref = ref.substring(1);
    }
    return ref.replace('#', '.');
  }
}
