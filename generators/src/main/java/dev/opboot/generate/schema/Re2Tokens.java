package dev.opboot.generate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression cut into the pieces Go's regexp/syntax parser reads, each with its index:
 * enough to say where something is and what it is, not whether it is valid (re2j says that, in
 * {@link Re2Patterns}). Past an invalid piece the cut may be off; callers only trust the pieces
 * before it.
 */
final class Re2Tokens {
  private Re2Tokens() {}

  enum Kind {
    /** One character, {@code .}, {@code ^} and {@code $} included. */
    CHAR,
    /**
     * A backslash and what it takes: {@code \d}, {@code \x{41}}, {@code \p{Greek}}, {@code \012}.
     */
    ESCAPE,
    /** {@code \Q...\E}, or {@code \Q...} to the end. */
    QUOTED,
    /** {@code (}, {@code (?:}, {@code (?i:} or {@code (?P<name>}; else {@code (?} alone. */
    OPEN,
    /** {@code (?i)}, {@code (?s-m)}: flags for the rest of the group. */
    FLAGS,
    CLOSE,
    ALT,
    /** {@code *}, {@code +}, {@code ?} or an RE2 {@code {n,m}}, and a lazy {@code ?} after it. */
    REPEAT,
    /** A <code>{</code> that starts no RE2 repeat: literal text. */
    BRACE,
    /** {@code [} or {@code [^}. */
    CLASS_OPEN,
    CLASS_CLOSE,
    /** {@code [:alpha:]} inside a class. */
    POSIX,
  }

  /** The piece {@code text} at {@code start}; {@code inClass} for the items of a class. */
  record Token(Kind kind, int start, String text, boolean inClass) {
    /** The character after the first one: what an escape escapes. */
    int second() {
      return text.length() > 1 ? text.codePointAt(1) : -1;
    }

    boolean lazy() {
      return kind == Kind.REPEAT && text.length() > 1 && text.endsWith("?");
    }
  }

  /** Go's parseRepeat: no leading zeros, so <code>{01}</code> and <code>{,3}</code> are text. */
  static final Pattern REPEAT = Pattern.compile("\\{(0|[1-9][0-9]*)(,(0|[1-9][0-9]*)?)?}");

  private static final Pattern NAMED = Pattern.compile("\\(\\?P?<(?![=!])");

  static List<Token> of(String p) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '[') {
        i = characterClass(p, i, tokens);
        continue;
      }
      int end =
          switch (c) {
            case '(' -> open(p, i);
            case '\\' -> escape(p, i);
            case '*', '+', '?' -> lazy(p, i + 1);
            case '{' -> {
              Matcher m = REPEAT.matcher(p).region(i, p.length());
              yield m.lookingAt() ? lazy(p, m.end()) : i + 1;
            }
            default -> i + Character.charCount(p.codePointAt(i));
          };
      Kind kind =
          switch (c) {
            case '(' -> p.charAt(end - 1) == ')' ? Kind.FLAGS : Kind.OPEN;
            case ')' -> Kind.CLOSE;
            case '|' -> Kind.ALT;
            case '\\' -> p.startsWith("\\Q", i) ? Kind.QUOTED : Kind.ESCAPE;
            case '*', '+', '?' -> Kind.REPEAT;
            case '{' -> end > i + 1 ? Kind.REPEAT : Kind.BRACE;
            default -> Kind.CHAR;
          };
      tokens.add(new Token(kind, i, p.substring(i, end), false));
      i = end;
    }
    return tokens;
  }

  /**
   * The end of a group opening: {@code (}, {@code (?P<name>}, {@code (?flags:} or {@code (?flags)}.
   */
  private static int open(String p, int i) {
    if (!p.startsWith("(?", i)) {
      return i + 1;
    }
    if (NAMED.matcher(p).region(i, p.length()).lookingAt()) {
      int close = p.indexOf('>', i);
      return close < 0 ? p.length() : close + 1;
    }
    int j = i + 2;
    while (j < p.length() && (Character.isLetter(p.charAt(j)) || p.charAt(j) == '-')) {
      j++;
    }
    return j < p.length() && (p.charAt(j) == ':' || p.charAt(j) == ')') ? j + 1 : i + 2;
  }

  private static int lazy(String p, int end) {
    return end < p.length() && p.charAt(end) == '?' ? end + 1 : end;
  }

  /** The end of the escape at {@code i}, as Go's parseEscape and parseUnicodeClass read it. */
  private static int escape(String p, int i) {
    int next = i + 2;
    if (next > p.length()) {
      return p.length();
    }
    char c = p.charAt(i + 1);
    if (c == 'Q') {
      int close = p.indexOf("\\E", next);
      return close < 0 ? p.length() : close + 2;
    }
    if ((c == 'x' || c == 'p' || c == 'P') && p.startsWith("{", next)) {
      int close = p.indexOf('}', next);
      return close < 0 ? p.length() : close + 1;
    }
    return switch (c) {
      case 'x' -> digits(p, next, 16);
      case 'p', 'P' -> next < p.length() ? next + Character.charCount(p.codePointAt(next)) : next;
      case '0' -> digits(p, next, 8);
      // \1 to \7 start an octal escape when an octal digit follows; else a backreference
      case '1', '2', '3', '4', '5', '6', '7' ->
          digits(p, next, 8) > next ? digits(p, next, 8) : next;
      default -> i + 1 + Character.charCount(p.codePointAt(i + 1));
    };
  }

  /** The end of at most two digits of {@code radix} from {@code from}. */
  private static int digits(String p, int from, int radix) {
    int j = from;
    while (j < p.length() && j < from + 2 && Character.digit(p.charAt(j), radix) >= 0) {
      j++;
    }
    return j;
  }

  /** Adds the class at {@code i} as Go's parseClass reads it; returns where it ends. */
  private static int characterClass(String p, int i, List<Token> tokens) {
    int j = p.startsWith("[^", i) ? i + 2 : i + 1;
    tokens.add(new Token(Kind.CLASS_OPEN, i, p.substring(i, j), false));
    for (boolean first = true; j < p.length(); first = false) {
      char c = p.charAt(j);
      if (c == ']' && !first) {
        tokens.add(new Token(Kind.CLASS_CLOSE, j, "]", false));
        return j + 1;
      }
      int posix = p.startsWith("[:", j) ? p.indexOf(":]", j + 2) : -1; // Go looks that far
      Kind kind = posix >= 0 ? Kind.POSIX : c == '\\' ? Kind.ESCAPE : Kind.CHAR;
      int end =
          posix >= 0
              ? posix + 2
              : c == '\\' ? escape(p, j) : j + Character.charCount(p.codePointAt(j));
      tokens.add(new Token(kind, j, p.substring(j, end), true));
      j = end;
    }
    return j;
  }
}
