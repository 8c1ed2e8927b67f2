package dev.opboot.generate.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.Iterator;
import java.util.Map;

/**
 * A direct writer for the YAML {@link Yaml} produces, for the documents op-boot makes: block
 * mappings and sequences, plain, double-quoted and {@code |}/{@code |-} literal scalars. It writes
 * the same bytes as Jackson's YAML generator with {@link Yaml}'s options (Jackson chooses each
 * string's style, snakeyaml's emitter may overrule it), without building and analysing an event per
 * scalar, which made the emitter the largest cost of a large CRD.
 *
 * <p>It only writes what it knows to come out identically: any key or value whose style it cannot
 * decide with certainty (leading or trailing spaces, tabs and other special characters, a
 * single-quoted or {@code |+} outcome, a key that needs quotes, floating-point numbers, ...) makes
 * {@link #write} return {@code null}, and {@link Yaml} hands the whole document to Jackson. Tests
 * compare both on the corpus, the Kubernetes catalogue and many generated strings.
 */
final class BlockYaml {
  /** Thrown inside the writer when a node is outside what it writes. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  private static final Unsupported UNSUPPORTED = new Unsupported();
  private static final StringQuotingChecker QUOTING = StringQuotingChecker.Default.instance();

  /** snakeyaml's indentation step (Jackson's default). */
  private static final int STEP = 2;

  /** Keys this long or longer might not be simple keys for snakeyaml (its limit is 128). */
  private static final int MAX_KEY = 100;

  private final StringBuilder out;

  private BlockYaml(int capacity) {
    out = new StringBuilder(capacity);
  }

  /**
   * {@code document} as YAML, or {@code null} when it holds something this writer leaves to
   * Jackson.
   */
  static String write(JsonNode document) {
    if (!(document instanceof ObjectNode root) || root.isEmpty()) {
      return null;
    }
    BlockYaml yaml = new BlockYaml(1 << 14);
    try {
      yaml.out.append("---\n");
      yaml.mapping(root, 0, false);
    } catch (Unsupported e) {
      return null;
    }
    return yaml.out.toString();
  }

  /**
   * A non-empty mapping whose keys start at column {@code indent}; the first may follow "- "
   * already written.
   */
  private void mapping(ObjectNode node, int indent, boolean firstInline) {
    boolean inline = firstInline;
    Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!inline) {
        spaces(indent);
      }
      inline = false;
      key(field.getKey());
      out.append(':');
      JsonNode value = field.getValue();
      if (value instanceof ObjectNode object && !object.isEmpty()) {
        out.append('\n');
        mapping(object, indent + STEP, false);
      } else if (value instanceof ArrayNode array && !array.isEmpty()) {
        out.append('\n');
        sequence(array, indent, false); // a sequence in a mapping is not indented
      } else {
        out.append(' ');
        scalarOrEmpty(value, indent + STEP);
      }
    }
  }

  /**
   * A non-empty sequence whose dashes are at column {@code indent}; the first may follow "- "
   * already written.
   */
  private void sequence(ArrayNode node, int indent, boolean firstInline) {
    boolean inline = firstInline;
    for (JsonNode item : node) {
      if (!inline) {
        spaces(indent);
      }
      inline = false;
      out.append("- ");
      if (item instanceof ObjectNode object && !object.isEmpty()) {
        mapping(object, indent + STEP, true);
      } else if (item instanceof ArrayNode array && !array.isEmpty()) {
        sequence(array, indent + STEP, true);
      } else {
        scalarOrEmpty(item, indent + STEP);
      }
    }
  }

  /**
   * An empty collection or a scalar, ending the line; a literal block's lines start at {@code
   * indent}.
   */
  private void scalarOrEmpty(JsonNode node, int indent) {
    if (node.isObject()) {
      out.append("{}\n");
    } else if (node.isArray()) {
      out.append("[]\n");
    } else if (node.isTextual()) {
      string(node.textValue(), indent);
    } else if (node.isNull()) {
      out.append("null\n");
    } else if (node.isBoolean()) {
      out.append(node.booleanValue() ? "true\n" : "false\n");
    } else if (node.isIntegralNumber() || node.isBigDecimal()) {
      // Jackson writes ints, longs and big integers with toString, BigDecimal with toString (not
      // plain)
      out.append(node.numberValue().toString()).append('\n');
    } else {
      throw UNSUPPORTED; // doubles, floats, binary, POJOs: left to Jackson
    }
  }

  private void key(String key) {
    if (key.isEmpty()
        || key.length() >= MAX_KEY
        || QUOTING.needToQuoteName(key)
        || !plainAllowed(key)) {
      throw UNSUPPORTED;
    }
    out.append(key);
  }

  /** A string value the way Jackson asks for it and snakeyaml then writes it. */
  private void string(String text, int indent) {
    if (text.isEmpty()) {
      out.append("\"\"\n");
    } else if (text.indexOf('\t') >= 0) {
      doubleQuoted(text); // a tab rules out plain, single-quoted and literal styles for snakeyaml
    } else if (text.indexOf('\n') >= 0) {
      literal(text, indent);
    } else if (QUOTING.needToQuoteValue(text) || plainNumber(text)) {
      doubleQuoted(text);
    } else if (plainAllowed(text)) {
      out.append(text).append('\n');
    } else {
      throw UNSUPPORTED; // snakeyaml would quote it in a way not reproduced here
    }
  }

  /** Jackson's {@code [+-]?[0-9]*(\.[0-9]*)?}: strings it quotes so they stay strings. */
  static boolean plainNumber(String text) {
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Whether snakeyaml keeps a single-line string plain in block context, decided conservatively: no
   * indicator first, no space or colon last, only printable characters, nothing that starts a
   * comment or a value. ({@code ": "}, {@code " #"}, {@code ,[]{}} are quoted by Jackson before
   * this is asked.)
   */
  private static boolean plainAllowed(String text) {
    int n = text.length();
    char first = text.charAt(0);
    if ("-?:,[]{}#&*!|>'\"%@`. ~".indexOf(first) >= 0) {
      return false;
    }
    char last = text.charAt(n - 1);
    if (last == ' ' || last == ':') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!printable(c)) {
        return false;
      }
      if (c == ':' && i + 1 < n && text.charAt(i + 1) == ' ') {
        return false;
      }
      if (c == '#' && i > 0 && text.charAt(i - 1) == ' ') {
        return false;
      }
      if (c == ',' || c == '[' || c == ']' || c == '{' || c == '}') {
        return false;
      }
    }
    return true;
  }

  /**
   * Characters every scalar style here writes as they are: printable ASCII, and the Unicode that
   * snakeyaml prints unescaped (without U+00A0, line and paragraph separators, the byte-order mark
   * and surrogates, which it escapes or treats as breaks).
   */
  private static boolean printable(char c) {
    if (c >= 0x20 && c <= 0x7E) {
      return true;
    }
    return (c >= 0xA1 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
  }

  private void doubleQuoted(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\n') {
        out.append("\\n"); // escaped on one line: Jackson turns off snakeyaml's line splitting
      } else if (printable(c)) {
        out.append(c);
      } else {
        throw UNSUPPORTED; // other escapes (\r, \_, \xNN, ...) are left to Jackson
      }
    }
    out.append("\"\n");
  }

  /**
   * A multi-line string as a literal block: {@code |-} without a final line break, {@code |} with
   * exactly one. Blank lines are written empty, others indented to {@code indent}.
   */
  private void literal(String text, int indent) {
    int n = text.length();
    char first = text.charAt(0);
    char last = text.charAt(n - 1);
    // a leading space or break needs an indentation indicator; a trailing space or a space before a
    // break makes snakeyaml quote; two final breaks need |+: none of these is reproduced here
    if (first == ' '
        || first == '\n'
        || last == ' '
        || (last == '\n' && text.charAt(n - 2) == '\n')) {
      throw UNSUPPORTED;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (text.charAt(i - 1) == ' ') {
          throw UNSUPPORTED;
        }
      } else if (!printable(c)) {
        throw UNSUPPORTED;
      }
    }
    boolean clip = last == '\n';
    out.append(clip ? "|\n" : "|-\n");
    int end = clip ? n - 1 : n;
    int start = 0;
    while (start <= end) {
      int br = text.indexOf('\n', start);
      int lineEnd = br < 0 || br > end ? end : br;
      if (lineEnd > start) {
        spaces(indent);
        out.append(text, start, lineEnd);
      }
      out.append('\n');
      start = lineEnd + 1;
    }
  }

  private void spaces(int count) {
    for (int i = 0; i < count; i++) {
      out.append(' ');
    }
  }
}
