package dev.opboot.generate.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Whether a {@code pattern} will work in a CRD.
 *
 * <p>The API server checks {@code pattern} with Go's {@code regexp} package (RE2 syntax:
 * kube-openapi's {@code validate.Pattern} calls {@code regexp.Compile}, in
 * pkg/validation/validate/values.go and rexp.go). It does not check the pattern when the CRD is
 * created: a pattern RE2 cannot compile makes every object that sets the field fail validation.
 * Java developers write Java regular expressions, so {@link #problem} reports, with its index and a
 * way to rewrite it:
 *
 * <ul>
 *   <li>what RE2 rejects that Java accepts: lookahead and lookbehind, backreferences ({@code \1},
 *       {@code \k<name>}), atomic groups, possessive and stacked quantifiers, repeat counts above
 *       1000 (also when nested repeats multiply past 1000, as in {@code ([a-z]{1,63}\.){0,100}}),
 *       embedded flags other than {@code i m s U}, Java-only escapes ({@code \h \H \R \X \G \Z \e
 *       \cX \N{..} \V}, <code>&#92;uXXXX</code>), {@code \b \A \z \Q \E} inside a character class,
 *       Java-only property names ({@code \p{javaLowerCase}}, {@code \p{IsGreek}}, {@code
 *       \p{Lower}}, ...), and escaped non-ASCII characters;
 *   <li>what RE2 accepts but reads differently from Java: {@code \v} (only U+000B in RE2), {@code
 *       (?U)} (ungreedy in RE2), {@code \0377} (RE2 takes two octal digits after {@code \0}),
 *       {@code {01}} and {@code {,3}} (literal text in RE2), {@code [a-d[m-p]]} and {@code
 *       [a-z&&[^x]]} (RE2 has no class union or intersection), {@code \b{g}};
 *   <li>and, the rest having passed, any syntax error, as {@link Pattern#compile} reports it
 *       (RE2-only syntax, such as {@code (?P<name>)} or {@code \p{Greek}}, is not held against a
 *       pattern).
 * </ul>
 *
 * <p>Named groups, {@code (?P<name>...)} and {@code (?<name>...)}, are RE2; the second form needs
 * an API server built with Go 1.22 or later (Kubernetes 1.30 and later). Unicode classes are
 * checked against what Go 1.22 to 1.24 know ({@code Any}, general categories and Unicode 15
 * scripts); {@code \p{Cn}}, {@code \p{LC}} and the long names Go 1.25 added are reported. Not
 * checked: RE2's limits on the size of the compiled program and on nesting depth (about a thousand
 * levels).
 */
public final class Re2Patterns {
  private Re2Patterns() {}

  /** Why {@code regex} will not work as a CRD {@code pattern}, or empty when it will. */
  public static Optional<String> problem(String regex) {
    Scanner scanner = new Scanner(regex);
    try {
      scanner.scan();
    } catch (Found found) {
      return Optional.of(found.getMessage());
    }
    try {
      Pattern.compile(scanner.java.toString());
    } catch (PatternSyntaxException e) {
      int at =
          e.getIndex() >= 0 && e.getIndex() < scanner.origin.size()
              ? scanner.origin.get(e.getIndex())
              : regex.length();
      return Optional.of(
          "not a valid regular expression: " + e.getDescription() + " near index " + at + ".");
    }
    return Optional.empty();
  }

  private static final class Found extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Found(int index, String message) {
      super(message.replace("{at}", "at index " + index), null, false, false);
    }
  }

  /** Go's general categories before Go 1.25; Go 1.25 added Cn, LC and long aliases. */
  private static final Set<String> CATEGORIES =
      Set.of(
          "C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn",
          "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk",
          "Sm", "So", "Z", "Zl", "Zp", "Zs");

  /** Go's {@code unicode.Scripts} keys, Unicode 15.0.0 (Go 1.21 and later). */
  private static final Set<String> SCRIPTS =
      Set.of(
          "Adlam",
          "Ahom",
          "Anatolian_Hieroglyphs",
          "Arabic",
          "Armenian",
          "Avestan",
          "Balinese",
          "Bamum",
          "Bassa_Vah",
          "Batak",
          "Bengali",
          "Bhaiksuki",
          "Bopomofo",
          "Brahmi",
          "Braille",
          "Buginese",
          "Buhid",
          "Canadian_Aboriginal",
          "Carian",
          "Caucasian_Albanian",
          "Chakma",
          "Cham",
          "Cherokee",
          "Chorasmian",
          "Common",
          "Coptic",
          "Cuneiform",
          "Cypriot",
          "Cypro_Minoan",
          "Cyrillic",
          "Deseret",
          "Devanagari",
          "Dives_Akuru",
          "Dogra",
          "Duployan",
          "Egyptian_Hieroglyphs",
          "Elbasan",
          "Elymaic",
          "Ethiopic",
          "Georgian",
          "Glagolitic",
          "Gothic",
          "Grantha",
          "Greek",
          "Gujarati",
          "Gunjala_Gondi",
          "Gurmukhi",
          "Han",
          "Hangul",
          "Hanifi_Rohingya",
          "Hanunoo",
          "Hatran",
          "Hebrew",
          "Hiragana",
          "Imperial_Aramaic",
          "Inherited",
          "Inscriptional_Pahlavi",
          "Inscriptional_Parthian",
          "Javanese",
          "Kaithi",
          "Kannada",
          "Katakana",
          "Kawi",
          "Kayah_Li",
          "Kharoshthi",
          "Khitan_Small_Script",
          "Khmer",
          "Khojki",
          "Khudawadi",
          "Lao",
          "Latin",
          "Lepcha",
          "Limbu",
          "Linear_A",
          "Linear_B",
          "Lisu",
          "Lycian",
          "Lydian",
          "Mahajani",
          "Makasar",
          "Malayalam",
          "Mandaic",
          "Manichaean",
          "Marchen",
          "Masaram_Gondi",
          "Medefaidrin",
          "Meetei_Mayek",
          "Mende_Kikakui",
          "Meroitic_Cursive",
          "Meroitic_Hieroglyphs",
          "Miao",
          "Modi",
          "Mongolian",
          "Mro",
          "Multani",
          "Myanmar",
          "Nabataean",
          "Nag_Mundari",
          "Nandinagari",
          "New_Tai_Lue",
          "Newa",
          "Nko",
          "Nushu",
          "Nyiakeng_Puachue_Hmong",
          "Ogham",
          "Ol_Chiki",
          "Old_Hungarian",
          "Old_Italic",
          "Old_North_Arabian",
          "Old_Permic",
          "Old_Persian",
          "Old_Sogdian",
          "Old_South_Arabian",
          "Old_Turkic",
          "Old_Uyghur",
          "Oriya",
          "Osage",
          "Osmanya",
          "Pahawh_Hmong",
          "Palmyrene",
          "Pau_Cin_Hau",
          "Phags_Pa",
          "Phoenician",
          "Psalter_Pahlavi",
          "Rejang",
          "Runic",
          "Samaritan",
          "Saurashtra",
          "Sharada",
          "Shavian",
          "Siddham",
          "SignWriting",
          "Sinhala",
          "Sogdian",
          "Sora_Sompeng",
          "Soyombo",
          "Sundanese",
          "Syloti_Nagri",
          "Syriac",
          "Tagalog",
          "Tagbanwa",
          "Tai_Le",
          "Tai_Tham",
          "Tai_Viet",
          "Takri",
          "Tamil",
          "Tangsa",
          "Tangut",
          "Telugu",
          "Thaana",
          "Thai",
          "Tibetan",
          "Tifinagh",
          "Tirhuta",
          "Toto",
          "Ugaritic",
          "Vai",
          "Vithkuqi",
          "Wancho",
          "Warang_Citi",
          "Yezidi",
          "Yi",
          "Zanabazar_Square");

  private static final Set<String> POSIX_CLASSES =
      Set.of(
          "alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct",
          "space", "upper", "word", "xdigit");

  /** RE2 spellings of Java's POSIX and java.lang.Character property classes. */
  private static final Map<String, String> JAVA_PROPERTIES =
      Map.ofEntries(
          Map.entry("Lower", "[a-z] or [[:lower:]]"), Map.entry("Upper", "[A-Z] or [[:upper:]]"),
          Map.entry("ASCII", "[\\x00-\\x7F]"), Map.entry("Alpha", "[a-zA-Z] or [[:alpha:]]"),
          Map.entry("Digit", "[0-9] or \\d"), Map.entry("Alnum", "[a-zA-Z0-9] or [[:alnum:]]"),
          Map.entry("Punct", "[[:punct:]]"), Map.entry("Graph", "[[:graph:]]"),
          Map.entry("Print", "[[:print:]]"), Map.entry("Blank", "[ \\t]"),
          Map.entry("Cntrl", "[[:cntrl:]]"), Map.entry("XDigit", "[0-9a-fA-F]"),
          Map.entry("Space", "[[:space:]]"), Map.entry("javaLowerCase", "\\p{Ll}"),
          Map.entry("javaUpperCase", "\\p{Lu}"), Map.entry("javaTitleCase", "\\p{Lt}"),
          Map.entry("javaDigit", "\\p{Nd}"), Map.entry("javaLetter", "\\p{L}"),
          Map.entry("javaLetterOrDigit", "[\\p{L}\\p{Nd}]"), Map.entry("javaAlphabetic", "\\p{L}"),
          Map.entry("javaWhitespace", "\\s"), Map.entry("javaSpaceChar", "\\p{Z}"),
          Map.entry("javaISOControl", "\\p{Cc}"), Map.entry("Alphabetic", "\\p{L}"),
          Map.entry("Letter", "\\p{L}"), Map.entry("White_Space", "\\s"));

  /** Messages for escapes Java has and RE2 lacks; {at} becomes the index. */
  private static final Map<Character, String> JAVA_ESCAPES =
      Map.ofEntries(
          Map.entry(
              'h',
              "\\h (horizontal white space) {at} is Java-only: write [\\t \\x{A0}\\x{1680}"
                  + "\\x{180E}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000}], or [ \\t]."),
          Map.entry(
              'H',
              "\\H {at} is Java-only: write the negated class [^\\t \\x{A0}\\x{1680}"
                  + "\\x{180E}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000}], or [^ \\t]."),
          Map.entry(
              'V', "\\V {at} is Java-only: write [^\\n\\x0B\\f\\r\\x{85}\\x{2028}\\x{2029}]."),
          Map.entry(
              'R',
              "\\R (any line break) {at} is Java-only: write "
                  + "(?:\\r\\n|[\\n\\x0B\\f\\r\\x{85}\\x{2028}\\x{2029}])."),
          Map.entry('X', "\\X (a grapheme cluster) {at} has no RE2 equivalent."),
          Map.entry(
              'G',
              "\\G (end of the previous match) {at} has no RE2 equivalent; a pattern"
                  + " matches the whole value, so it can usually be dropped or replaced by ^."),
          Map.entry('Z', "\\Z {at} is Java-only: write \\z for the end of the text, or \\n?\\z."),
          Map.entry('e', "\\e {at} is Java-only: write \\x1B."),
          Map.entry('c', "\\c (a control character) {at} is Java-only: write it as \\xHH."),
          Map.entry('u', "\\u {at} is Java-only: write \\x{HHHH}."),
          Map.entry('N', "\\N{name} {at} is Java-only: write the character or \\x{HHHH}."),
          Map.entry(
              'k',
              "the backreference \\k<name> {at} is not supported by RE2, which has no"
                  + " backreferences: spell the text out, or compare the parts in an"
                  + " x-kubernetes-validations rule."),
          Map.entry('C', "\\C (any byte) {at} is not supported by RE2."),
          Map.entry('E', "\\E {at} closes nothing: RE2 rejects a \\E without an earlier \\Q."));

  /**
   * Walks the pattern as Go's regexp/syntax parser would, stopping at the first problem, and copies
   * it into a form java.util.regex can check for the remaining syntax errors.
   */
  private static final class Scanner {
    private final String p;
    private int i;

    /** The pattern with RE2-only syntax swapped for Java syntax of the same shape. */
    final StringBuilder java = new StringBuilder();

    /** For each character of {@link #java}, its index in the pattern. */
    final List<Integer> origin = new ArrayList<>();

    private int groupNames;

    /** Open groups, innermost first; each collects its repeats and subgroups. */
    private final Deque<Node> groups = new ArrayDeque<>();

    /** What a quantifier here would repeat: NONE, an atom, or something already repeated. */
    private Last last = Last.NONE;

    private Node lastNode;

    /** Where the last quantifier started, and whether a lazy '?' followed it. */
    private int lastQuantifier;

    private boolean lastLazy;

    Scanner(String pattern) {
      this.p = pattern;
    }

    void scan() {
      groups.push(new Node());
      while (i < p.length()) {
        char c = p.charAt(i);
        switch (c) {
          case '(' -> group();
          case ')' -> {
            copy(i, i + 1);
            i++;
            if (groups.size() > 1) {
              Node group = groups.pop();
              groups.peek().children.add(group);
              atom(group);
            } else {
              last = Last.ATOM; // unbalanced: java.util.regex reports it
              lastNode = null;
            }
          }
          case '|' -> {
            copy(i, i + 1);
            i++;
            last = Last.NONE;
          }
          case '[' -> characterClass();
          case '\\' -> escape();
          case '*', '+', '?', '{' -> quantifier();
          default -> {
            literalChar();
            atom(null);
          }
        }
      }
    }

    // --- structure --------------------------------------------------------------------------

    private void atom(Node node) {
      last = Last.ATOM;
      lastNode = node;
    }

    private void group() {
      int start = i;
      if (!p.startsWith("(?", i)) {
        copy(i, i + 1);
        i++;
        groups.push(new Node());
        last = Last.NONE;
        return;
      }
      String rest = p.substring(i + 2);
      if (rest.startsWith("=") || rest.startsWith("!")) {
        throw new Found(
            start,
            "lookahead "
                + p.substring(i, i + 3)
                + "...) {at} is not supported"
                + " by RE2. Match the allowed forms directly, or move the condition to an"
                + " x-kubernetes-validations rule: CEL's !self.matches('...') stands in for a"
                + " negative lookahead.");
      }
      if (rest.startsWith("<=") || rest.startsWith("<!")) {
        throw new Found(
            start,
            "lookbehind "
                + p.substring(i, i + 4)
                + "...) {at} is not"
                + " supported by RE2. Match the allowed forms directly, or move the condition to an"
                + " x-kubernetes-validations rule.");
      }
      if (rest.startsWith(">")) {
        throw new Found(
            start,
            "the atomic group (?>...) {at} is not supported by RE2, which"
                + " never backtracks: write a non-capturing group (?:...).");
      }
      if (rest.startsWith("#")) {
        throw new Found(start, "the comment (?#...) {at} is not supported by RE2: remove it.");
      }
      if (rest.startsWith("P=") || rest.startsWith("P>") || rest.matches("(?s)[0-9R&].*")) {
        throw new Found(
            start,
            "(?"
                + rest.charAt(0)
                + " {at} (a backreference or recursion) is"
                + " not supported by RE2.");
      }
      if (rest.startsWith("P<") || rest.startsWith("<")) {
        int nameStart = i + (rest.startsWith("P<") ? 4 : 3);
        int end = p.indexOf('>', nameStart);
        String name = end < 0 ? "" : p.substring(nameStart, end);
        if (end < 0 || !name.matches("[A-Za-z0-9_]+")) {
          throw new Found(
              start,
              "the group name "
                  + (end < 0 ? "" : "'" + name + "' ")
                  + "{at}"
                  + " is not valid: RE2 takes (?P<name>...) or (?<name>...) with a name of letters,"
                  + " digits and underscores.");
        }
        append("(?<g" + (++groupNames) + ">", start);
        i = end + 1;
        groups.push(new Node());
        last = Last.NONE;
        return;
      }
      flags(start);
    }

    /** {@code (?flags)} or {@code (?flags:...)}, as Go's parsePerlFlags reads them. */
    private void flags(int start) {
      int j = i + 2;
      boolean negated = false;
      boolean sawFlag = false;
      while (j < p.length()) {
        char c = p.charAt(j);
        switch (c) {
          case 'i', 'm', 's' -> sawFlag = true;
          case 'U' -> {
            if (!negated) {
              throw new Found(
                  j,
                  "the flag U {at} means ungreedy in RE2 but Unicode character"
                      + " classes in Java; RE2's \\d, \\w, \\s and \\b are always ASCII: write"
                      + " \\p{Nd}, \\p{L} and the like where Unicode is meant.");
            }
            sawFlag = true;
          }
          case 'x' ->
              throw new Found(
                  j,
                  "the flag x (comments mode) {at} is Java-only: remove"
                      + " it with the white space and # comments it allows.");
          case 'd' ->
              throw new Found(
                  j,
                  "the flag d (UNIX_LINES) {at} is Java-only: remove it;"
                      + " RE2's . and $ only ever treat \\n as a line end.");
          case 'u' ->
              throw new Found(
                  j,
                  "the flag u (UNICODE_CASE) {at} is Java-only: remove"
                      + " it; RE2's (?i) already folds Unicode case.");
          case '-' -> {
            if (negated) {
              throw new Found(j, "a second '-' in the flags {at}: RE2 takes (?on-off).");
            }
            negated = true;
            sawFlag = false;
          }
          case ':', ')' -> {
            if (negated && !sawFlag) {
              throw new Found(
                  j,
                  "a '-' with no flag after it {at}: RE2 rejects (?i-) and (?-);"
                      + " remove the '-'.");
            }
            copy(i, j + 1);
            i = j + 1;
            if (c == ':') {
              groups.push(new Node());
              last = Last.NONE;
            } else if (last == Last.REPEATED) {
              last = Last.ATOM; // Go: a quantifier after (?i) is not a stacked one
            }
            return;
          }
          default ->
              throw new Found(
                  start,
                  "'(?"
                      + p.substring(i + 2, j + 1)
                      + "' {at} is not"
                      + " a group RE2 knows: it takes (?:...), (?flags), (?flags:...) with flags i, m, s,"
                      + " and (?P<name>...) or (?<name>...).");
        }
        j++;
      }
      throw new Found(start, "the group {at} is never closed.");
    }

    private void quantifier() {
      int start = i;
      int[] counts = null;
      char c = p.charAt(i);
      if (c == '{') {
        counts = repeatCounts(i);
        if (counts == null) {
          unparsedBrace();
          return;
        }
      }
      int end = c == '{' ? p.indexOf('}', i) + 1 : i + 1;
      if (last == Last.NONE) {
        throw new Found(
            start,
            "'"
                + p.substring(start, end)
                + "' {at} has nothing to repeat:"
                + " escape it as \\"
                + c
                + " to match it literally.");
      }
      if (last == Last.REPEATED) {
        String both = p.substring(lastQuantifier, end);
        if (c == '+' && !lastLazy) {
          throw new Found(
              lastQuantifier,
              "the possessive quantifier '"
                  + both
                  + "' {at} is not"
                  + " supported by RE2: drop the trailing '+' (RE2 never backtracks, but the match"
                  + " may differ where the possessive one would fail).");
        }
        throw new Found(
            lastQuantifier,
            "'"
                + both
                + "' {at} stacks two quantifiers, which RE2"
                + " rejects: use one, or group the first as (?:x"
                + p.substring(lastQuantifier, start)
                + ")"
                + p.substring(start, end)
                + ".");
      }
      if (counts != null) {
        if (counts[0] > 1000 || counts[1] > 1000) {
          throw new Found(
              start,
              "the repeat count in '"
                  + p.substring(start, end)
                  + "' {at}"
                  + " is over RE2's limit of 1000: use a smaller count, or * or +.");
        }
      }
      copy(i, end);
      i = end;
      lastQuantifier = start;
      lastLazy = i < p.length() && p.charAt(i) == '?';
      if (lastLazy) {
        copy(i, i + 1);
        i++;
      }
      Node repeat = new Node();
      repeat.repeat = counts != null;
      repeat.min = counts == null ? 0 : counts[0];
      repeat.max = counts == null ? 0 : counts[1];
      if (lastNode != null) {
        repeat.children.add(lastNode);
        groups.peek().children.remove(lastNode);
      }
      groups.peek().children.add(repeat);
      if (repeat.repeat && (repeat.min >= 2 || repeat.max >= 2) && !repeatIsValid(repeat, 1000)) {
        throw new Found(
            start,
            "'"
                + p.substring(start, end)
                + "' {at} and the repeats inside"
                + " it multiply to more than 1000, over RE2's limit (as in (a{100}){11}): lower the"
                + " counts, or use * or + for one of them.");
      }
      last = Last.REPEATED;
      lastNode = repeat;
    }

    /** Go's repeatIsValid: nested {n,m} counts may not multiply past n. */
    private static boolean repeatIsValid(Node node, int n) {
      if (node.repeat) {
        int m = node.max;
        if (m == 0) {
          return true;
        }
        if (m < 0) {
          m = node.min;
        }
        if (m > n) {
          return false;
        }
        if (m > 0) {
          n /= m;
        }
      }
      for (Node child : node.children) {
        if (!repeatIsValid(child, n)) {
          return false;
        }
      }
      return true;
    }

    /**
     * {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code at} as Go's parseRepeat reads it (no
     * leading zeros), as {min, max} with max -1 for none; null when it is not one.
     */
    private int[] repeatCounts(int at) {
      java.util.regex.Matcher m =
          Pattern.compile("\\{(0|[1-9][0-9]*)(,(0|[1-9][0-9]*)?)?}")
              .matcher(p)
              .region(at, p.length());
      if (!m.lookingAt()) {
        return null;
      }
      int min = bounded(m.group(1));
      int max = m.group(2) == null ? min : m.group(3) == null ? -1 : bounded(m.group(3));
      return new int[] {min, max};
    }

    private static int bounded(String digits) {
      return digits.length() > 8 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    /** A '{' that does not start an RE2 repeat: literal text in RE2, an error in Java. */
    private void unparsedBrace() {
      java.util.regex.Matcher m =
          Pattern.compile("\\{([0-9]*)(,([0-9]*))?}").matcher(p).region(i, p.length());
      if (m.lookingAt()) {
        String written = m.group();
        if (m.group(1).isEmpty()) {
          throw new Found(
              i,
              "'"
                  + written
                  + "' {at} is literal text in RE2 (and an error in"
                  + " Java): write {0"
                  + written.substring(1)
                  + " for a repeat.");
        }
        throw new Found(
            i,
            "'"
                + written
                + "' {at} is literal text in RE2, which reads no"
                + " leading zeros in repeat counts: write "
                + written.replaceAll("(?<=[{,])0+(?=\\d)", "")
                + ".");
      }
      throw new Found(i, "'{' {at} is literal text in RE2 but an error in Java: escape it as \\{.");
    }

    // --- escapes ----------------------------------------------------------------------------

    private void escape() {
      int start = i;
      if (i + 1 >= p.length()) {
        throw new Found(start, "the pattern ends in a lone backslash {at}.");
      }
      char c = p.charAt(i + 1);
      switch (c) {
        case 'A', 'z', 'B', 'd', 'D', 's', 'S', 'w', 'W' -> {
          copy(i, i + 2);
          i += 2;
          atom(null);
        }
        case 'b' -> {
          if (p.startsWith("{g}", i + 2)) {
            throw new Found(
                start,
                "\\b{g} (a grapheme boundary) {at} is Java-only; RE2 reads"
                    + " it as \\b followed by the text {g}.");
          }
          copy(i, i + 2);
          i += 2;
          atom(null);
        }
        case 'Q' -> {
          int end = p.indexOf("\\E", i + 2);
          int stop = end < 0 ? p.length() : end + 2;
          boolean empty = end == i + 2 || i + 2 == p.length();
          copy(i, stop);
          i = stop;
          if (!empty) {
            atom(null);
          }
        }
        case 'p', 'P' -> {
          unicodeClass(false);
          atom(null);
        }
        default -> {
          simpleEscape(false);
          atom(null);
        }
      }
    }

    /**
     * An escape that stands for one character (Go's parseEscape), at {@code i}, inside a class or
     * not.
     */
    private void simpleEscape(boolean inClass) {
      int start = i;
      int c = p.codePointAt(i + 1);
      if (c >= '1' && c <= '9') {
        throw new Found(
            start,
            "\\"
                + (char) c
                + " {at} is a backreference in Java; RE2 has no"
                + " backreferences (and reads \\1 to \\7 before an octal digit as an octal"
                + " character code): spell the text out, or write \\x{HH} for a character code.");
      }
      if (c == '0') {
        int j = i + 2;
        while (j < p.length() && j < i + 4 && p.charAt(j) >= '0' && p.charAt(j) <= '7') {
          j++;
        }
        if (j == i + 4
            && j < p.length()
            && p.charAt(j) >= '0'
            && p.charAt(j) <= '7'
            && p.charAt(i + 2) <= '3') {
          throw new Found(
              start,
              "'"
                  + p.substring(i, j + 1)
                  + "' {at} is one octal escape in"
                  + " Java but RE2 takes at most two digits after \\0: write \\x{"
                  + Integer.toHexString(Integer.parseInt(p.substring(i + 2, j + 1), 8))
                  + "}.");
        }
        int value = j == i + 2 ? 0 : Integer.parseInt(p.substring(i + 2, j), 8);
        append("\\x{" + Integer.toHexString(value) + "}", start);
        i = j;
        return;
      }
      if (c == 'x') {
        java.util.regex.Matcher m =
            Pattern.compile("\\\\x(\\{([0-9A-Fa-f]+)}|[0-9A-Fa-f]{2})")
                .matcher(p)
                .region(i, p.length());
        if (!m.lookingAt() || (m.group(2) != null && !fitsCodePoint(m.group(2)))) {
          throw new Found(
              start,
              "the hexadecimal escape {at} is malformed: write \\xHH with two"
                  + " hex digits or \\x{H...} up to \\x{10FFFF}.");
        }
        copy(i, m.end());
        i = m.end();
        return;
      }
      if ("afnrt".indexOf(c) >= 0) {
        copy(i, i + 2);
        i += 2;
        return;
      }
      if (c == 'v') {
        throw new Found(
            start,
            "\\v {at} is only the vertical tab (U+000B) in RE2 but any"
                + " vertical white space in Java: write \\x0B, or [\\n\\x0B\\f\\r\\x{85}\\x{2028}"
                + "\\x{2029}].");
      }
      if (inClass && "bBAzQ".indexOf(c) >= 0) {
        throw new Found(
            start,
            "\\"
                + (char) c
                + " {at} is not allowed inside a character class"
                + " in RE2"
                + (c == 'b' ? ": write \\x08 for a backspace." : "."));
      }
      if (c < 0x80 && !Character.isLetterOrDigit(c)) {
        copy(i, i + 2);
        i += 2;
        return;
      }
      String known = JAVA_ESCAPES.get((char) c);
      if (known != null) {
        throw new Found(start, known);
      }
      if (c >= 0x80) {
        throw new Found(
            start,
            "the escaped character '"
                + Character.toString(c)
                + "' {at}: RE2"
                + " only allows escaping ASCII punctuation; write the character without the"
                + " backslash.");
      }
      throw new Found(start, "\\" + (char) c + " {at} is not an escape RE2 knows.");
    }

    private static boolean fitsCodePoint(String hex) {
      String digits = hex.replaceFirst("^0+(?=.)", "");
      return digits.length() <= 6 && Integer.parseInt(digits, 16) <= Character.MAX_CODE_POINT;
    }

    /** {@code \pL}, {@code \p{Name}}, {@code \p{^Name}}, {@code \PL} ... at {@code i}. */
    private void unicodeClass(boolean inClass) {
      int start = i;
      boolean negated = p.charAt(i + 1) == 'P';
      String name;
      int end;
      if (i + 2 >= p.length()) {
        throw new Found(start, "\\" + p.charAt(i + 1) + " {at} lacks a class name.");
      }
      if (p.charAt(i + 2) == '{') {
        int close = p.indexOf('}', i + 3);
        if (close < 0) {
          throw new Found(start, "the Unicode class {at} is never closed with '}'.");
        }
        name = p.substring(i + 3, close);
        end = close + 1;
      } else {
        int cp = p.codePointAt(i + 2);
        name = Character.toString(cp);
        end = i + 2 + Character.charCount(cp);
      }
      String written = p.substring(start, end);
      if (name.startsWith("^")) {
        negated = !negated;
        name = name.substring(1);
      }
      if (!name.equals("Any") && !CATEGORIES.contains(name) && !SCRIPTS.contains(name)) {
        throw new Found(start, unknownClass(written, name));
      }
      append(negated ? "\\P{L}" : "\\p{L}", start);
      i = end;
    }

    private static String unknownClass(String written, String name) {
      String prefix = "the Unicode class " + written + " {at} ";
      String rewrite = JAVA_PROPERTIES.get(name);
      if (rewrite == null && name.startsWith("Is")) {
        String bare = name.substring(2);
        if (CATEGORIES.contains(bare) || SCRIPTS.contains(bare)) {
          return prefix + "is Java spelling: RE2 writes \\p{" + bare + "}.";
        }
        rewrite = JAVA_PROPERTIES.get(bare);
      }
      if (rewrite != null) {
        return prefix + "is Java-only: write " + rewrite + ".";
      }
      if (name.equals("Cn") || name.equals("LC")) {
        return prefix
            + "is only known to API servers built with Go 1.25 or later; older"
            + " Kubernetes releases reject it.";
      }
      if (name.startsWith("In") || name.startsWith("blk=") || name.startsWith("block=")) {
        return prefix
            + "names a Unicode block, which RE2 does not support: use a script"
            + " (\\p{Greek}) or a range (\\x{370}-\\x{3FF}).";
      }
      if (name.contains("=")) {
        return prefix
            + "is Java syntax: RE2 takes a general category (\\p{Lu}) or a script"
            + " (\\p{Greek}) by name alone.";
      }
      return prefix
          + "is not one RE2 knows: it takes Any, general categories (L, Lu, Nd, ...)"
          + " and Unicode scripts (Greek, Han, Latin, ...).";
    }

    // --- character classes ------------------------------------------------------------------

    private void characterClass() {
      int start = i;
      copy(i, i + 1);
      i++;
      if (i < p.length() && p.charAt(i) == '^') {
        copy(i, i + 1);
        i++;
      }
      boolean first = true;
      boolean rangeEnd = false; // the item after a '-' that makes a range
      while (i < p.length()) {
        char c = p.charAt(i);
        if (c == ']' && !first) {
          copy(i, i + 1);
          i++;
          atom(null);
          return;
        }
        first = false;
        if (c == '[') {
          posixClass();
        } else if (c == '&' && p.startsWith("&&", i)) {
          throw new Found(
              i,
              "'&&' {at} is Java's class intersection; RE2 reads it as the"
                  + " character '&': list the remaining characters or ranges instead.");
        } else if (c == '\\' && i + 1 < p.length()) {
          char e = p.charAt(i + 1);
          if ("dDsSwWpP".indexOf(e) >= 0 && rangeEnd) {
            throw new Found(i, "the class escape \\" + e + " {at} cannot end a range.");
          }
          if (e == 'p' || e == 'P') {
            unicodeClass(true);
          } else if ("dDsSwW".indexOf(e) >= 0) {
            copy(i, i + 2);
            i += 2;
          } else {
            simpleEscape(true);
          }
        } else {
          literalChar();
        }
        rangeEnd = false;
        if (i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
          copy(i, i + 1);
          i++;
          rangeEnd = true;
        }
      }
      // Never closed: java.util.regex reports it.
    }

    /** {@code [:alpha:]} inside a class; any other '[' there is a Java nested class. */
    private void posixClass() {
      int close = p.indexOf(":]", i + 2);
      if (p.startsWith("[:", i) && close >= 0) {
        String name = p.substring(i + 2, close);
        String bare = name.startsWith("^") ? name.substring(1) : name;
        if (POSIX_CLASSES.contains(bare)) {
          append("\\x{1}", i); // same shape for java.util.regex, which has no POSIX classes
          i = close + 2;
          return;
        }
        if (bare.matches("[A-Za-z]+")) {
          throw new Found(
              i,
              "the POSIX class [:"
                  + name
                  + ":] {at} is not one RE2 knows: it"
                  + " takes alnum, alpha, ascii, blank, cntrl, digit, graph, lower, print, punct,"
                  + " space, upper, word and xdigit.");
        }
      }
      throw new Found(
          i,
          "'[' inside a character class {at} starts a nested class (a union) in"
              + " Java but is a plain '[' in RE2: escape it as \\[, or merge the classes into one.");
    }

    // --- copying ----------------------------------------------------------------------------

    private void literalChar() {
      char c = p.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < p.length()
            && Character.isLowSurrogate(p.charAt(i + 1))) {
          copy(i, i + 2);
          i += 2;
          return;
        }
        throw new Found(i, "the lone surrogate {at} is not valid UTF-8.");
      }
      copy(i, i + 1);
      i++;
    }

    private void copy(int from, int to) {
      for (int k = from; k < to; k++) {
        java.append(p.charAt(k));
        origin.add(k);
      }
    }

    private void append(String replacement, int at) {
      java.append(replacement);
      for (int k = 0; k < replacement.length(); k++) {
        origin.add(at);
      }
    }
  }

  private enum Last {
    NONE,
    ATOM,
    REPEATED
  }

  /** A group or a repeat, for Go's limit on nested repeat counts. */
  private static final class Node {
    final List<Node> children = new ArrayList<>();
    boolean repeat;
    int min;
    int max;
  }
}
