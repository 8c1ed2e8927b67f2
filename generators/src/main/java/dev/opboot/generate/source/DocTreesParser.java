package dev.opboot.generate.source;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.util.DocSourcePositions;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * javac's reading of Javadoc text ({@link DocTrees#getDocCommentTree(javax.tools.FileObject)}),
 * with every node's place in that text, so that what javac leaves out of its trees (white space
 * at the ends of a text) can be read back.
 *
 * <p>The text is given to javac as the body of an HTML file, the one way DocTrees reads text that
 * is not in a source file; JDK 17 to 25 read it alike. What javac would read otherwise than
 * {@link DocText} takes it is first made inert, at the same length so that positions still point
 * into the text as written:
 *
 * <ul>
 *   <li>every {@code @} but that of an inline tag ({@code {@code}}): the caller finds where the
 *       block tags start, so javac reads none, and with them none of the escapes ({@code @@}) and
 *       quirks of later JDKs;
 *   <li>{@code <body>}, {@code </body>}, {@code <main>} and {@code </main>}, which frame an HTML
 *       file's content: renamed;
 *   <li>an inline tag javac finds unclosed ({@code {@code x} to the end): text, from its brace on;
 *   <li>on JDK 17, a {@code {@link}}, {@code {@linkplain}} or {@code {@value}} with a reference
 *       javac cannot parse ({@code {@link https://k8s.io}}): kept as written. JDK 17's javac throws
 *       {@link IllegalArgumentException} reporting such a reference outside a compilation; later
 *       JDKs read it.
 * </ul>
 */
final class DocTreesParser {
  private DocTreesParser() {}

  private static final String OPEN = "<body>";
  private static final Pattern FRAME = Pattern.compile("(?i)</?(body|main)");
  private static final Pattern REFERENCE_TAG = Pattern.compile("\\{@(link|linkplain|value)\\b");
  private static DocTrees own;

  /** The tree of {@code text}, read by {@code trees}, and where each node is in it. */
  record Parsed(DocTrees trees, String text, DocCommentTree tree) {
    int start(DocTree node) {
      return (int) positions().getStartPosition(null, tree, node) - OPEN.length();
    }

    /** Where {@code node} ends; an unclosed tag runs to the end of the text. */
    int end(DocTree node) {
      return (int) Math.min(rawEnd(node), text.length());
    }

    private long rawEnd(DocTree node) {
      return positions().getEndPosition(null, tree, node) - OPEN.length();
    }

    private DocSourcePositions positions() {
      return trees.getSourcePositions();
    }
  }

  /**
   * {@code text} as javac reads the main description of a doc comment, with {@code trees}: a
   * compilation's, or, when null, an instance of this class's own, made on first use.
   */
  static synchronized Parsed parse(DocTrees trees, String text) {
    DocTrees docTrees = trees != null ? trees : own();
    StringBuilder inert = inert(text);
    while (true) {
      Parsed parsed;
      try {
        parsed = parse(docTrees, text, inert.toString());
      } catch (IllegalArgumentException e) { // JDK 17, a reference it cannot parse
        inert = badReferencesInert(docTrees, text, inert);
        parsed = parse(docTrees, text, inert.toString());
      }
      int unclosed = unclosedInlineTag(parsed);
      if (unclosed < 0) {
        return parsed;
      }
      inert.setCharAt(unclosed, '_');
    }
  }

  /** Where an inline tag starts that javac found no end of (it runs past the text), or -1. */
  private static int unclosedInlineTag(Parsed parsed) {
    for (DocTree node : parsed.tree().getFullBody()) {
      int start = parsed.start(node);
      if (parsed.text().startsWith("{@", start) && parsed.rawEnd(node) > parsed.text().length()) {
        return start;
      }
    }
    return -1;
  }

  private static StringBuilder inert(String text) {
    StringBuilder inert = new StringBuilder(text);
    Matcher frame = FRAME.matcher(text);
    while (frame.find()) {
      inert.setCharAt(frame.start(1), 'x');
    }
    for (int i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
      if (i == 0 || text.charAt(i - 1) != '{') {
        inert.setCharAt(i, '_');
      }
    }
    return inert;
  }

  private static StringBuilder badReferencesInert(
      DocTrees trees, String text, StringBuilder inert) {
    StringBuilder fixed = new StringBuilder(inert);
    Matcher tag = REFERENCE_TAG.matcher(text);
    while (tag.find()) {
      int close = text.indexOf('}', tag.start());
      String alone = inert.substring(tag.start(), close < 0 ? text.length() : close + 1);
      try {
        parse(trees, alone, alone);
      } catch (IllegalArgumentException e) {
        fixed.setCharAt(tag.start() + 1, '_');
      }
    }
    return fixed;
  }

  private static Parsed parse(DocTrees trees, String text, String inert) {
    String content = OPEN + inert + "</body>";
    JavaFileObject file =
        new SimpleJavaFileObject(URI.create("string:///doc.html"), JavaFileObject.Kind.HTML) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content;
          }
        };
    return new Parsed(trees, text, trees.getDocCommentTree(file));
  }

  /** A javac instance only for reading doc comments, made on first use. */
  private static DocTrees own() {
    if (own == null) {
      JavacTask task =
          (JavacTask)
              ToolProvider.getSystemJavaCompiler()
                  .getTask(
                      new PrintWriter(Writer.nullWriter()),
                      null,
                      diagnostic -> {},
                      List.of("-proc:none"),
                      null,
                      List.of());
      own = DocTrees.instance(task);
    }
    return own;
  }
}
