package dev.opboot.generate.source;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.source.util.DocTrees;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Java doc comment turned into a CRD {@code description}, byte for byte what controller-gen
 * (sigs.k8s.io/controller-tools v0.17) writes for the same text as a Go doc comment.
 *
 * <h2>From Javadoc to the Go comment it stands for</h2>
 *
 * <p>The input is what {@link javax.lang.model.util.Elements#getDocComment} returns. javac removes
 * the leading whitespace and {@code *}s of every line but keeps what follows, so <code>
 * &nbsp;*&nbsp;&nbsp;&nbsp;indented</code> arrives as {@code " indented"}, and it removes the
 * leading whitespace of the first line, after <code>/**</code>. Each line, less one leading space,
 * is taken as the text of a {@code // } line of the Go twin; so indentation beyond that one space,
 * and tabs, survive exactly as they do in Go. The Javadoc-only parts, as javac's {@link
 * com.sun.source.util.DocTrees DocTrees} finds them ({@link JavadocText}), become plain text first:
 *
 * <ul>
 *   <li>Block tags ({@code @param}, {@code @return}, {@code @see}, {@code @since},
 *       {@code @deprecated}, {@code @author}, ...) document Java, not the API: everything from the
 *       first line that starts with one is dropped.
 *   <li>{@code {@code x}} and {@code {@literal x}} become {@code x}, verbatim (no HTML in them);
 *       {@code {@link ref label}} and {@code {@linkplain ref label}} become {@code label}; without
 *       a label, {@code {@link Foo#bar}} becomes {@code Foo.bar}, {@code {@link #bar}} {@code bar}
 *       and {@code {@link Foo#bar(int)}} {@code Foo.bar(int)}: the reference as written, with
 *       {@code #} read as {@code .} and any {@code module/} prefix dropped. {@code {@value
 *       Foo#BAR}} is shown as its reference, {@code Foo.BAR}, since the constant is not known here;
 *       {@code {@value}}, {@code {@inheritDoc}} and {@code {@docRoot}} are dropped; {@code {@return
 *       x}} becomes {@code Returns x.} as in javadoc; {@code {@summary x}}, {@code {@index x}},
 *       {@code {@systemProperty x}} and unknown tags become their text; a {@code {@snippet ... :}}
 *       becomes its body.
 *   <li>{@code <p>} and {@code </p>} make a paragraph break (one blank line); {@code <br>} a line
 *       break; {@code <ul>}/{@code <ol>} items start lines with {@code - } or {@code 1. }, indented
 *       two spaces per level of nesting; {@code <pre>}, {@code <div>}, {@code <blockquote>},
 *       headings, tables and definition lists start new lines. Inline elements ({@code <code>},
 *       {@code <b>}, {@code <i>}, {@code <em>}, {@code <strong>}, {@code <a href>}, ...) and
 *       comments are removed, keeping their text. A line holding only tags leaves no blank line
 *       behind. Anything that is not a known HTML element stays as written, so {@code List<String>}
 *       reads as it should.
 *   <li>{@code &lt;}, {@code &gt;}, {@code &amp;}, {@code &quot;}, {@code &apos;}, {@code &nbsp;}
 *       (U+00A0) and numeric references are decoded; other entities stay.
 *   <li>What javac finds malformed stays as written: a tag whose reference it cannot parse ({@code
 *       {@link https://k8s.io}}), an element with an unclosed quote ({@code <a href="x>}); an
 *       inline tag with no closing brace is text from its brace on.
 * </ul>
 *
 * <h2>What controller-gen then does</h2>
 *
 * <p>As {@code extractDoc} in controller-tools' {@code pkg/markers/zip.go}, after Go's {@code
 * ast.CommentGroup.Text}:
 *
 * <ol>
 *   <li>A line whose text, trimmed, starts with {@code +} is a marker comment ({@code
 *       isMarkerComment}, pkg/markers/collect.go) and is removed.
 *   <li>Trailing spaces, tabs and carriage returns are stripped from every line; leading blank
 *       lines are removed, runs of blank lines become one, trailing blank lines are removed.
 *   <li>Line breaks are kept as they are: lines are not joined (unlike kube-openapi, which joins
 *       them with spaces), and one blank line stays one blank line.
 *   <li>Outside fenced code blocks (a line starting with <code>```</code> or {@code ~~~} opens or
 *       closes one), a line starting with {@code TODO} is dropped, that line alone, and a line
 *       starting with {@code ---} ends the description there. Both tests look at the line as it is,
 *       so an indented {@code TODO} or {@code ---} stays. As these run after the blank lines were
 *       merged, dropping a TODO between two paragraphs leaves two blank lines, and a description
 *       cut by {@code ---} or ending in a TODO line after a blank line ends in {@code \n}.
 * </ol>
 *
 * <p>controller-gen trims each line of a <code>/* *&#47;</code> comment entirely; doc comments are
 * read as {@code //} comments here, the form Go API types use.
 */
public final class DocText {
  private DocText() {}

  /**
   * The CRD description for a raw doc comment, or the empty string when there is none (also for
   * {@code null}). The comment is read by a javac instance of op-boot's own, made on first use.
   */
  public static String description(String docComment) {
    return description(null, docComment);
  }

  /**
   * {@link #description(String)}, the comment read by {@code trees}: those of the compilation it
   * comes from ({@link CompiledSources#trees()}), which spares making another javac instance.
   */
  public static String description(DocTrees trees, String docComment) {
    if (docComment == null) {
      return "";
    }
    return controllerGen(JavadocText.lines(trees, docComment));
  }

  /**
   * controller-gen's {@code crd:maxDescLen=N} for one description ({@code TruncateDescription},
   * pkg/crd/desc_visitor.go). A negative length leaves it alone, 0 removes it (the empty string),
   * and a description longer than {@code maxLength} <em>bytes of UTF-8</em> is cut to that many
   * bytes and then shortened to just after the last sentence terminator (Unicode Sentence_Terminal:
   * {@code .}, {@code !}, {@code ?}, {@code 。} ...) past the first byte; or, failing that, to just
   * before the last white space past the first byte with {@code ...} appended; or else kept at
   * {@code maxLength} bytes with {@code ...} appended. So the result may be up to two bytes longer
   * than {@code maxLength}. Cutting bytes can split a character; as Go's YAML output does, each
   * byte of a split character becomes U+FFFD.
   */
  public static String truncate(String description, int maxLength) {
    if (description == null || maxLength < 0) {
      return description;
    }
    if (maxLength == 0) {
      return "";
    }
    byte[] bytes = description.getBytes(UTF_8);
    if (bytes.length <= maxLength) {
      return description;
    }
    // Walk the code points that fit whole in maxLength bytes, noting byte offsets.
    int byteOffset = 0;
    int charIndex = 0;
    int lastTerminalByte = -1;
    int lastTerminalChar = -1;
    int lastSpaceChar = -1;
    int lastSpaceByte = -1;
    while (charIndex < description.length()) {
      int cp = description.codePointAt(charIndex);
      int size = utf8Length(cp);
      if (byteOffset + size > maxLength) {
        break;
      }
      if (isSentenceTerminal(cp)) {
        lastTerminalByte = byteOffset;
        lastTerminalChar = charIndex;
      }
      if (isWhiteSpace(cp)) {
        lastSpaceByte = byteOffset;
        lastSpaceChar = charIndex;
      }
      byteOffset += size;
      charIndex += Character.charCount(cp);
    }
    int splitBytes = maxLength - byteOffset; // leading bytes of a character cut in two
    if (lastTerminalByte > 0) {
      int cp = description.codePointAt(lastTerminalChar);
      // Go keeps one byte of the terminator: all of an ASCII one, or a stray byte of a wider one.
      return description.substring(0, lastTerminalChar)
          + (utf8Length(cp) == 1 ? Character.toString(cp) : "\uFFFD");
    }
    if (lastSpaceByte > 0) {
      return description.substring(0, lastSpaceChar) + "...";
    }
    return description.substring(0, charIndex) + "\uFFFD".repeat(splitBytes) + "...";
  }

  // ---------------------------------------------------------------------------------------------
  // controller-gen's rules

  /** extractDoc over the lines of a Go doc comment ({@code //} markers and first space removed). */
  static String controllerGen(List<String> commentLines) {
    List<String> lines = new ArrayList<>();
    for (String line : commentLines) {
      if (!goTrimSpace(line).startsWith("+")) { // isMarkerComment
        lines.add(stripTrailingWhitespace(line));
      }
    }
    // ast.CommentGroup.Text: no leading blank lines, runs of blank lines become one...
    List<String> text = new ArrayList<>();
    for (String line : lines) {
      if (!line.isEmpty() || (!text.isEmpty() && !text.get(text.size() - 1).isEmpty())) {
        text.add(line);
      }
    }
    // ...and no trailing blank line.
    if (!text.isEmpty() && text.get(text.size() - 1).isEmpty()) {
      text.remove(text.size() - 1);
    }
    List<String> out = new ArrayList<>();
    boolean insideCodeBlock = false;
    for (String line : text) {
      if (line.startsWith("```") || line.startsWith("~~~")) {
        insideCodeBlock = !insideCodeBlock;
      }
      if (!insideCodeBlock) {
        if (line.startsWith("TODO")) {
          continue;
        }
        if (line.startsWith("---")) {
          break;
        }
      }
      out.add(line);
    }
    return String.join("\n", out);
  }

  /** Go's {@code strings.TrimSpace}: trims Unicode white space at both ends. */
  private static String goTrimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isWhiteSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isWhiteSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** go/ast's stripTrailingWhitespace: spaces, tabs, line feeds and carriage returns only. */
  private static String stripTrailingWhitespace(String s) {
    int end = s.length();
    while (end > 0 && " \t\n\r".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  /** Unicode White_Space, which Go's unicode.White_Space and unicode.IsSpace both are. */
  static boolean isWhiteSpace(int cp) {
    return (cp >= 0x09 && cp <= 0x0D)
        || cp == 0x20
        || cp == 0x85
        || cp == 0xA0
        || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A)
        || cp == 0x2028
        || cp == 0x2029
        || cp == 0x202F
        || cp == 0x205F
        || cp == 0x3000;
  }

  /**
   * Go's {@code unicode.STerm} (Unicode 15.0.0, the tables of Go 1.21 and later) as {@code low,
   * high, stride} triples.
   */
  private static final int[] STERM = {
    0x0021, 0x002E, 13, 0x003F, 0x0589, 1354, 0x061D, 0x061F, 1, 0x06D4, 0x0700, 44,
    0x0701, 0x0702, 1, 0x07F9, 0x0837, 62, 0x0839, 0x083D, 4, 0x083E, 0x0964, 294,
    0x0965, 0x104A, 1765, 0x104B, 0x1362, 791, 0x1367, 0x1368, 1, 0x166E, 0x1735, 199,
    0x1736, 0x1803, 205, 0x1809, 0x1944, 315, 0x1945, 0x1AA8, 355, 0x1AA9, 0x1AAB, 1,
    0x1B5A, 0x1B5B, 1, 0x1B5E, 0x1B5F, 1, 0x1B7D, 0x1B7E, 1, 0x1C3B, 0x1C3C, 1,
    0x1C7E, 0x1C7F, 1, 0x203C, 0x203D, 1, 0x2047, 0x2049, 1, 0x2E2E, 0x2E3C, 14,
    0x2E53, 0x2E54, 1, 0x3002, 0xA4FF, 29949, 0xA60E, 0xA60F, 1, 0xA6F3, 0xA6F7, 4,
    0xA876, 0xA877, 1, 0xA8CE, 0xA8CF, 1, 0xA92F, 0xA9C8, 153, 0xA9C9, 0xAA5D, 148,
    0xAA5E, 0xAA5F, 1, 0xAAF0, 0xAAF1, 1, 0xABEB, 0xFE52, 21095, 0xFE56, 0xFE57, 1,
    0xFF01, 0xFF0E, 13, 0xFF1F, 0xFF61, 66, 0x10A56, 0x10A57, 1, 0x10F55, 0x10F59, 1,
    0x10F86, 0x10F89, 1, 0x11047, 0x11048, 1, 0x110BE, 0x110C1, 1, 0x11141, 0x11143, 1,
    0x111C5, 0x111C6, 1, 0x111CD, 0x111DE, 17, 0x111DF, 0x11238, 89, 0x11239, 0x1123B, 2,
    0x1123C, 0x112A9, 109, 0x1144B, 0x1144C, 1, 0x115C2, 0x115C3, 1, 0x115C9, 0x115D7, 1,
    0x11641, 0x11642, 1, 0x1173C, 0x1173E, 1, 0x11944, 0x11946, 2, 0x11A42, 0x11A43, 1,
    0x11A9B, 0x11A9C, 1, 0x11C41, 0x11C42, 1, 0x11EF7, 0x11EF8, 1, 0x11F43, 0x11F44, 1,
    0x16A6E, 0x16A6F, 1, 0x16AF5, 0x16B37, 66, 0x16B38, 0x16B44, 12, 0x16E98, 0x1BC9F, 19975,
    0x1DA88, 0x1DA88, 1,
  };

  static boolean isSentenceTerminal(int cp) {
    for (int i = 0; i < STERM.length; i += 3) {
      if (cp < STERM[i]) {
        return false;
      }
      if (cp <= STERM[i + 1] && (cp - STERM[i]) % STERM[i + 2] == 0) {
        return true;
      }
    }
    return false;
  }

  private static int utf8Length(int cp) {
    if (cp < 0x80) {
      return 1;
    }
    if (cp < 0x800) {
      return 2;
    }
    if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
      return 1; // a lone surrogate: Java's encoder writes '?'
    }
    return cp < 0x10000 ? 3 : 4;
  }

  /** For tests: the STERM table's ranges as pairs, to check it is sorted. */
  static int[] stermTable() {
    return Arrays.copyOf(STERM, STERM.length);
  }
}
