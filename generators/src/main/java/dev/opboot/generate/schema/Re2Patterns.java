package dev.opboot.generate.schema;

import com.google.re2j.PatternSyntaxException;
import dev.opboot.generate.schema.Re2Tokens.Kind;
import dev.opboot.generate.schema.Re2Tokens.Token;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a {@code pattern} will work in a CRD.
 *
 * <p>The API server compiles every {@code pattern} with Go's {@code regexp} package (RE2 syntax)
 * and refuses a CRD with one that does not compile (apiextensions-apiserver's structural schema
 * validation: "must be a valid regular expression, but isn't"); objects are then checked against it
 * (kube-openapi's {@code validate.Pattern}). Java developers write Java regular expressions, so
 * {@link #problem} asks re2j, a port of Go's regexp/syntax, whether Go compiles the pattern, and
 * reports with its index and a way to rewrite it:
 *
 * <ul>
 *   <li>why RE2 refuses it, when the cause is one Java has and RE2 lacks: lookahead and lookbehind,
 *       backreferences ({@code \1}, {@code \k<name>}), atomic groups, possessive and stacked
 *       quantifiers, repeat counts above 1000, embedded flags other than {@code i m s U}, Java-only
 *       escapes ({@code \h \H \R \X \G \Z \e \cX \N{..} \V}, <code>&#92;uXXXX</code>), {@code \b \A
 *       \z \Q} inside a character class, Java-only property names ({@code \p{javaLowerCase}},
 *       {@code \p{IsGreek}}, {@code \p{Lower}}, ...); else re2j's own message;
 *   <li>what RE2 accepts but reads differently from Java: {@code \v} (only U+000B in RE2), {@code
 *       (?U)} (ungreedy in RE2), {@code \0377} (RE2 takes two octal digits after {@code \0}),
 *       {@code \12} (octal in RE2, a backreference in Java), <code>{01}</code> and <code>{,3}
 *       </code> (literal text in RE2), {@code [a-d[m-p]]} and {@code [a-z&&[^x]]} (RE2 has no class
 *       union or intersection), <code>\b{g}</code>.
 * </ul>
 *
 * <p>RE2-only syntax, such as {@code (?P<name>)} or {@code \p{Greek}}, is not held against a
 * pattern. Where re2j 1.8 and Go differ, Go's rule is followed: Go rejects an escaped non-ASCII
 * character ({@code \é}), invalid UTF-8 (a lone surrogate) and nested repeats whose counts multiply
 * past 1000 ({@code ([a-z]{1,63}\.){0,100}}), which re2j accepts; and where Go accepts what re2j
 * refuses (a group name used twice, scripts newer than re2j's Unicode 6.0 tables, <code>a{{2}
 * </code>) or where re2j does not return (case folding, google/re2j#168), re2j is given a rewritten
 * pattern. Unicode class names are what Go 1.21 to 1.24 know ({@code Any}, general categories and
 * Unicode 15 scripts); {@code \p{Cn}}, {@code \p{LC}} and the long names Go 1.25 added are reported
 * (and not reported: Go 1.25 and later, checked up to 1.26, no longer find script names of more
 * than one word, such as {@code \p{Old_Italic}}: their new lookup drops the underscore the table
 * keeps). Named groups written {@code (?<name>...)} need an API server built with Go 1.22 or later
 * (Kubernetes 1.30 and later); {@code (?P<name>...)} works everywhere. Not checked: Go's limits on
 * the size of the compiled program and on nesting depth (about a thousand levels).
 */
public final class Re2Patterns {
  private static final Map<String, Optional<String>> PROBLEMS = new ConcurrentHashMap<>();
  private static final Map<String, Optional<String>> REFUSALS = new ConcurrentHashMap<>();

  private Re2Patterns() {}

  /** Why {@code regex} will not work as a CRD {@code pattern}, or empty when it will. */
  public static Optional<String> problem(String regex) {
    return PROBLEMS.computeIfAbsent(regex, Re2Patterns::findProblem);
  }

  /**
   * Why RE2 (re2j) does not compile {@code regex} as written, or empty when it does. Remembered, as
   * {@link #problem} is: an API repeats its patterns across kinds and versions, and the CRD check
   * asks again for each.
   */
  public static Optional<String> refusal(String regex) {
    return REFUSALS.computeIfAbsent(regex, Re2Patterns::refusalNow);
  }

  private static boolean compiles(String regex) {
    return refusal(regex).isEmpty();
  }

  private static Optional<String> findProblem(String regex) {
    List<Token> tokens = Re2Tokens.of(regex);
    Reading reading = new Reading(regex);
    tokens.forEach(reading::read);
    if (reading.goRejects != null) {
      return Optional.of(reading.goRejects);
    }
    String forRe2j = reading.forRe2j.toString();
    try {
      com.google.re2j.Pattern.compile(forRe2j);
    } catch (PatternSyntaxException e) {
      return Optional.of(refusal(e, regex, forRe2j, tokens));
    }
    return Optional.ofNullable(reading.readsDifferently);
  }

  private static Optional<String> refusalNow(String regex) {
    try {
      com.google.re2j.Pattern.compile(regex);
      return Optional.empty();
    } catch (PatternSyntaxException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Whether Go (before 1.25) knows the Unicode class {@code name}, as in {@code \p{name}}. */
  private static boolean goKnows(String name) {
    return GO_ONLY_SCRIPTS.contains(name)
        || !name.equals("Unknown") && !name.contains("}") && compiles("\\p{" + name + "}");
  }

  private static String at(int index, String message) {
    return message.replace("{at}", "at index " + index);
  }

  // --- why re2j refused it ----------------------------------------------------------------------

  /**
   * re2j's refusal explained: its message names the error and quotes the text where it stopped; the
   * tokens say where that text is and what it is.
   */
  private static String refusal(
      PatternSyntaxException e, String regex, String forRe2j, List<Token> tokens) {
    String error = e.getDescription();
    if (error.equals("trailing backslash at end of expression")) {
      return at(regex.length() - 1, "the pattern ends in a lone backslash {at}.");
    }
    int depth = 0;
    for (Token t : error.equals("regexp/syntax: internal error") ? tokens : List.<Token>of()) {
      depth += t.kind() == Kind.OPEN ? 1 : t.kind() == Kind.CLOSE ? -1 : 0;
      if (depth < 0) { // re2j's "internal error: stack underflow" is Go's "unexpected )"
        return at(t.start(), "not a valid regular expression: the ')' {at} closes no group.");
      }
    }
    String message = e.getMessage();
    int quote = message.indexOf('`');
    String quoted = quote < 0 ? "" : message.substring(quote + 1, message.length() - 1);
    Predicate<Token> kind =
        switch (error) {
          case "invalid or unsupported Perl syntax", "invalid named capture" ->
              t -> t.kind() == Kind.OPEN || t.kind() == Kind.FLAGS;
          case "invalid escape sequence" -> t -> t.kind() == Kind.ESCAPE;
          case "missing argument to repetition operator",
              "invalid nested repetition operator",
              "invalid repeat count" ->
              t -> t.kind() == Kind.REPEAT;
          default -> t -> true;
        };
    Token token =
        tokens.stream()
            .filter(t -> kind.test(t) && forRe2j.startsWith(quoted, t.start()))
            .findFirst()
            .orElse(null);
    int index = token != null ? token.start() : forRe2j.indexOf(quoted);
    String shown = index < 0 ? quoted : regex.substring(index, index + quoted.length());
    String hint =
        token == null || quoted.isEmpty()
            ? null
            : switch (error) {
              case "missing argument to repetition operator" ->
                  at(
                      index,
                      "'"
                          + shown
                          + "' {at} has nothing"
                          + " to repeat: escape it as \\"
                          + shown.charAt(0)
                          + " to match it literally.");
              case "invalid nested repetition operator" -> at(index, stacked(token, shown));
              case "invalid repeat count" ->
                  Pattern.compile("[0-9]+")
                          .matcher(shown)
                          .results()
                          .anyMatch(
                              n -> n.group().length() > 4 || Integer.parseInt(n.group()) > 1000)
                      ? at(
                          index,
                          "the repeat count in '"
                              + shown
                              + "' {at} is over RE2's limit of 1000: use"
                              + " a smaller count, or * or +.")
                      : null;
              case "invalid or unsupported Perl syntax", "invalid named capture" ->
                  group(regex, index, index + quoted.length() - 1);
              case "invalid escape sequence" ->
                  shown.length() < 2 ? null : at(index, escape(token, shown.charAt(1)));
              case "invalid character class range" ->
                  token.kind() != Kind.POSIX
                      ? null
                      : at(
                          index,
                          "the POSIX class "
                              + shown
                              + " {at} is not one RE2 knows: it takes alnum,"
                              + " alpha, ascii, blank, cntrl, digit, graph, lower, print, punct, space, upper, word"
                              + " and xdigit.");
              default -> null;
            };
    return hint != null
        ? hint
        : "not a valid regular expression: "
            + error
            + (quoted.isEmpty() ? "" : ": `" + shown + "`")
            + ".";
  }

  /** {@code shown} is two quantifiers in a row, the first being {@code first}. */
  private static String stacked(Token first, String shown) {
    String second = shown.substring(first.text().length());
    if (second.equals("+") && !first.lazy()) {
      return "the possessive quantifier '"
          + shown
          + "' {at} is not supported by RE2: drop the"
          + " trailing '+' (RE2 never backtracks, but the match may differ where the possessive"
          + " one would fail).";
    }
    return "'"
        + shown
        + "' {at} stacks two quantifiers, which RE2 rejects: use one, or group the"
        + " first as (?:x"
        + first.text()
        + ")"
        + second
        + ".";
  }

  /**
   * The group opening at {@code start} that Go's parser refused; re2j quotes it up to the character
   * at {@code stop} where it gave up.
   */
  private static String group(String p, int start, int stop) {
    String rest = p.substring(start + 2);
    if (rest.startsWith("=") || rest.startsWith("!")) {
      return at(
          start,
          "lookahead "
              + p.substring(start, start + 3)
              + "...) {at} is not supported"
              + " by RE2. Match the allowed forms directly, or move the condition to an"
              + " x-kubernetes-validations rule: CEL's !self.matches('...') stands in for a negative"
              + " lookahead.");
    }
    if (rest.startsWith("<=") || rest.startsWith("<!")) {
      return at(
          start,
          "lookbehind "
              + p.substring(start, start + 4)
              + "...) {at} is not supported"
              + " by RE2. Match the allowed forms directly, or move the condition to an"
              + " x-kubernetes-validations rule.");
    }
    if (rest.startsWith(">")) {
      return at(
          start,
          "the atomic group (?>...) {at} is not supported by RE2, which never"
              + " backtracks: write a non-capturing group (?:...).");
    }
    if (rest.startsWith("#")) {
      return at(start, "the comment (?#...) {at} is not supported by RE2: remove it.");
    }
    if (rest.startsWith("P=") || rest.startsWith("P>") || rest.matches("(?s)[0-9R&].*")) {
      return at(
          start,
          "(?"
              + rest.charAt(0)
              + " {at} (a backreference or recursion) is not"
              + " supported by RE2.");
    }
    if (rest.startsWith("P<") || rest.startsWith("<")) {
      int close = p.indexOf('>', start);
      String name = close < 0 ? "" : "'" + p.substring(p.indexOf('<', start) + 1, close) + "' ";
      return at(
          start,
          "the group name "
              + name
              + "{at} is not valid: RE2 takes (?P<name>...) or"
              + " (?<name>...) with a name of letters, digits and underscores.");
    }
    char c = p.charAt(stop);
    if (JAVA_FLAGS.containsKey(c)) {
      return at(stop, JAVA_FLAGS.get(c));
    }
    if (c == '-') {
      return at(stop, "a second '-' in the flags {at}: RE2 takes (?on-off).");
    }
    if (c == ')' || c == ':') {
      return at(
          stop,
          "a '-' with no flag after it {at}: RE2 rejects (?i-) and (?-); remove the" + " '-'.");
    }
    if (stop == p.length() - 1) {
      return at(start, "the group {at} is never closed.");
    }
    return at(
        start,
        "'"
            + p.substring(start, stop + 1)
            + "' {at} is not a group RE2 knows: it"
            + " takes (?:...), (?flags), (?flags:...) with flags i, m, s, and (?P<name>...) or"
            + " (?<name>...).");
  }

  /** The escape {@code t}, of {@code c}, that re2j refused. */
  private static String escape(Token t, char c) {
    if ("dDsSwWpP".indexOf(c) >= 0) { // refused only where a class range ends
      return "the class escape \\" + c + " {at} cannot end a range.";
    }
    if (t.inClass() && "bBAzQ".indexOf(c) >= 0) {
      return "\\"
          + c
          + " {at} is not allowed inside a character class in RE2"
          + (c == 'b' ? ": write \\x08 for a backspace." : ".");
    }
    if (c == 'x') {
      return "the hexadecimal escape {at} is malformed: write \\xHH with two hex digits or"
          + " \\x{H...} up to \\x{10FFFF}.";
    }
    if (c >= '1' && c <= '9') {
      return BACKREFERENCE.replace("{n}", String.valueOf(c));
    }
    return JAVA_ESCAPES.getOrDefault(c, "\\" + c + " {at} is not an escape RE2 knows.");
  }

  private static final String BACKREFERENCE =
      "\\{n} {at} is a backreference in Java; RE2 has no"
          + " backreferences (and reads \\1 to \\7 before an octal digit as an octal character code):"
          + " spell the text out, or write \\x{HH} for a character code.";

  /**
   * The scripts Go 1.21 and later know (Unicode 15.0.0) that re2j 1.8's tables (Unicode 6.0) lack.
   * Go's general categories before Go 1.25 are re2j's; Go has no {@code Unknown} script.
   */
  private static final Set<String> GO_ONLY_SCRIPTS =
      Set.of(
          "Adlam",
          "Ahom",
          "Anatolian_Hieroglyphs",
          "Bassa_Vah",
          "Bhaiksuki",
          "Caucasian_Albanian",
          "Chakma",
          "Chorasmian",
          "Cypro_Minoan",
          "Dives_Akuru",
          "Dogra",
          "Duployan",
          "Elbasan",
          "Elymaic",
          "Grantha",
          "Gunjala_Gondi",
          "Hanifi_Rohingya",
          "Hatran",
          "Kawi",
          "Khitan_Small_Script",
          "Khojki",
          "Khudawadi",
          "Linear_A",
          "Mahajani",
          "Makasar",
          "Manichaean",
          "Marchen",
          "Masaram_Gondi",
          "Medefaidrin",
          "Mende_Kikakui",
          "Meroitic_Cursive",
          "Meroitic_Hieroglyphs",
          "Miao",
          "Modi",
          "Mro",
          "Multani",
          "Nabataean",
          "Nag_Mundari",
          "Nandinagari",
          "Newa",
          "Nushu",
          "Nyiakeng_Puachue_Hmong",
          "Old_Hungarian",
          "Old_North_Arabian",
          "Old_Permic",
          "Old_Sogdian",
          "Old_Uyghur",
          "Osage",
          "Pahawh_Hmong",
          "Palmyrene",
          "Pau_Cin_Hau",
          "Psalter_Pahlavi",
          "Sharada",
          "Siddham",
          "SignWriting",
          "Sogdian",
          "Sora_Sompeng",
          "Soyombo",
          "Takri",
          "Tangsa",
          "Tangut",
          "Tirhuta",
          "Toto",
          "Vithkuqi",
          "Wancho",
          "Warang_Citi",
          "Yezidi",
          "Zanabazar_Square");

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

  /** Messages for embedded flags Java has and RE2 lacks; {at} becomes the index. */
  private static final Map<Character, String> JAVA_FLAGS =
      Map.of(
          'x',
              "the flag x (comments mode) {at} is Java-only: remove it with the white space and #"
                  + " comments it allows.",
          'd',
              "the flag d (UNIX_LINES) {at} is Java-only: remove it; RE2's . and $ only ever treat"
                  + " \\n as a line end.",
          'u',
              "the flag u (UNICODE_CASE) {at} is Java-only: remove it; RE2's (?i) already folds"
                  + " Unicode case.");

  private static String unknownClass(String written, String name) {
    String prefix = "the Unicode class " + written + " {at} ";
    String rewrite = JAVA_PROPERTIES.get(name);
    if (rewrite == null && name.startsWith("Is")) {
      String bare = name.substring(2);
      if (goKnows(bare)) {
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

  // --- what re2j cannot tell --------------------------------------------------------------------

  /**
   * Reads the tokens in order for what re2j cannot tell: what Go rejects and re2j accepts, what RE2
   * reads differently from Java (the first of each is kept), and the pattern as re2j should see it.
   */
  private static final class Reading {
    private final String p;
    String goRejects;
    String readsDifferently;

    /**
     * The pattern rewritten, to the same length so that re2j's messages point at the right text,
     * where Go accepts what re2j refuses: a group name used twice (the second group becomes {@code
     * (} and a no-op {@code (?s...)}); a script added since Unicode 6.0, the last in re2j's tables
     * (becomes {@code \pL}s); a repeat right after a literal <code>{</code>, as in <code>a{{2}
     * </code> (the brace becomes {@code _}); and any case folding, which can loop forever in re2j
     * on characters newer than its tables (google/re2j#168: {@code (?i)[\x{80}-\x{10FFFF}]} never
     * returns) and changes what matches but never what compiles (the flag {@code i} becomes {@code
     * s}).
     */
    final StringBuilder forRe2j = new StringBuilder();

    private final Set<String> names = new HashSet<>();

    /** What a quantifier here would repeat: nothing, an atom, or something already repeated. */
    private Last last = Last.NONE;

    /**
     * For Go's limit on nested repeats (repeatIsValid): the largest product of the counts of nested
     * repeats in the current group's finished items, and in the item a quantifier here would
     * repeat.
     */
    private long groupProduct = 1;

    private long pendingProduct = 1;
    private final Deque<Long> groups = new ArrayDeque<>();

    Reading(String p) {
      this.p = p;
      for (int i = 0; i < p.length(); i += Character.charCount(p.codePointAt(i))) {
        if (Character.getType(p.codePointAt(i)) == Character.SURROGATE) {
          goRejects(i, "the lone surrogate {at} is not valid UTF-8.");
          break;
        }
      }
    }

    void read(Token t) {
      String text = t.text();
      switch (t.kind()) {
        case CHAR -> {
          if (t.inClass()) {
            classChar(t);
          } else {
            atom(1);
          }
        }
        case ESCAPE -> {
          text = escape(t);
          if (!t.inClass()) {
            atom(1);
          }
        }
        case QUOTED -> {
          if (!text.equals("\\Q") && !text.equals("\\Q\\E")) {
            atom(1);
          }
        }
        case OPEN -> {
          if (text.endsWith(">") && !names.add(text.substring(text.indexOf('<')))) {
            text = "((?" + "s".repeat(text.length() - 4) + ")";
          } else if (text.endsWith(":")) {
            text = flags(t);
          }
          merge();
          groups.push(groupProduct);
          groupProduct = 1;
          last = Last.NONE;
        }
        case FLAGS -> {
          text = flags(t);
          if (last == Last.REPEATED) {
            last = Last.ATOM; // Go: a quantifier after (?i) repeats the repeat, not stacked
          }
        }
        case CLOSE -> {
          merge();
          long product = groupProduct;
          groupProduct = groups.isEmpty() ? 1 : groups.pop();
          atom(product);
        }
        case ALT -> {
          merge();
          last = Last.NONE;
        }
        case REPEAT -> repeat(t);
        case BRACE -> {
          brace(t);
          text = "_";
          atom(1);
        }
        case CLASS_CLOSE -> atom(1);
        case CLASS_OPEN, POSIX -> {}
      }
      forRe2j.append(text);
    }

    private void goRejects(int index, String message) {
      goRejects = goRejects != null ? goRejects : at(index, message);
    }

    private void readsDifferently(int index, String message) {
      readsDifferently = readsDifferently != null ? readsDifferently : at(index, message);
    }

    private void atom(long product) {
      merge();
      pendingProduct = product;
      last = Last.ATOM;
    }

    private void merge() {
      groupProduct = Math.max(groupProduct, pendingProduct);
      pendingProduct = 1;
    }

    /** Go's repeatIsValid: the counts of nested {@code {n,m}} may not multiply past 1000. */
    private void repeat(Token t) {
      Matcher counts = Re2Tokens.REPEAT.matcher(t.text());
      if (counts.lookingAt()) {
        long min = count(counts.group(1));
        long max =
            counts.group(2) == null ? min : counts.group(3) == null ? -1 : count(counts.group(3));
        long times = max >= 0 ? max : min;
        long product = times == 0 ? 1 : times * pendingProduct;
        if ((min >= 2 || max >= 2) && times <= 1000 && product > 1000 && last == Last.ATOM) {
          goRejects(
              t.start(),
              "'"
                  + counts.group()
                  + "' {at} and the repeats inside it multiply"
                  + " to more than 1000, over RE2's limit (as in (a{100}){11}): lower the counts, or"
                  + " use * or + for one of them.");
        }
        pendingProduct = Math.min(product, 1001);
      }
      last = Last.REPEATED;
    }

    private static long count(String digits) {
      return digits.length() > 8 ? Integer.MAX_VALUE : Long.parseLong(digits);
    }

    /** {@code (?U)}, read differently; and {@code i} made {@code s} for re2j. */
    private String flags(Token t) {
      String text = t.text();
      int u = text.indexOf('U');
      if (u >= 0 && (text.indexOf('-') < 0 || u < text.indexOf('-'))) {
        readsDifferently(
            t.start() + u,
            "the flag U {at} means ungreedy in RE2 but Unicode"
                + " character classes in Java; RE2's \\d, \\w, \\s and \\b are always ASCII: write"
                + " \\p{Nd}, \\p{L} and the like where Unicode is meant.");
      }
      return text.replace('i', 's');
    }

    /** A <code>{</code> that starts no RE2 repeat: literal text in RE2, an error in Java. */
    private void brace(Token t) {
      Matcher m =
          Pattern.compile("\\{([0-9]*)(,([0-9]*))?}").matcher(p).region(t.start(), p.length());
      if (!m.lookingAt()) {
        readsDifferently(
            t.start(),
            "'{' {at} is literal text in RE2 but an error in Java: escape" + " it as \\{.");
      } else if (m.group(1).isEmpty()) {
        readsDifferently(
            t.start(),
            "'"
                + m.group()
                + "' {at} is literal text in RE2 (and an"
                + " error in Java): write {0"
                + m.group().substring(1)
                + " for a repeat.");
      } else {
        readsDifferently(
            t.start(),
            "'"
                + m.group()
                + "' {at} is literal text in RE2, which reads"
                + " no leading zeros in repeat counts: write "
                + m.group().replaceAll("(?<=[{,])0+(?=\\d)", "")
                + ".");
      }
    }

    /** An escape Go reads otherwise than re2j or Java; returns it as re2j should see it. */
    private String escape(Token t) {
      String e = t.text();
      int c = t.second();
      int next = t.start() + e.length();
      if (c >= 0x80) {
        goRejects(
            t.start(),
            "the escaped character '"
                + Character.toString(c)
                + "' {at}: RE2"
                + " only allows escaping ASCII punctuation; write the character without the"
                + " backslash.");
      } else if (c == 'p' || c == 'P') {
        return unicodeClass(t);
      } else if (c == 'v') {
        readsDifferently(
            t.start(),
            "\\v {at} is only the vertical tab (U+000B) in RE2 but any"
                + " vertical white space in Java: write \\x0B, or [\\n\\x0B\\f\\r\\x{85}\\x{2028}"
                + "\\x{2029}].");
      } else if (c == 'b' && !t.inClass() && p.startsWith("{g}", next)) {
        readsDifferently(
            t.start(),
            "\\b{g} (a grapheme boundary) {at} is Java-only; RE2 reads it"
                + " as \\b followed by the text {g}.");
      } else if (c >= '1' && c <= '7' && e.length() > 2) {
        readsDifferently(t.start(), BACKREFERENCE.replace("{n}", String.valueOf((char) c)));
      } else if (c == '0'
          && e.length() == 4
          && e.charAt(2) <= '3'
          && next < p.length()
          && p.charAt(next) >= '0'
          && p.charAt(next) <= '7') {
        String java = p.substring(t.start(), next + 1);
        readsDifferently(
            t.start(),
            "'"
                + java
                + "' {at} is one octal escape in Java but RE2 takes"
                + " at most two digits after \\0: write \\x{"
                + Integer.toHexString(Integer.parseInt(java.substring(2), 8))
                + "}.");
      }
      return e;
    }

    /** {@code \pL}, {@code \p{Name}}, {@code \p{^Name}}, {@code \PL} ... against Go's tables. */
    private String unicodeClass(Token t) {
      String e = t.text();
      if (e.length() == 2) {
        goRejects(t.start(), "\\" + e.charAt(1) + " {at} lacks a class name.");
        return e;
      }
      if (e.charAt(2) == '{' && !e.endsWith("}")) {
        goRejects(t.start(), "the Unicode class {at} is never closed with '}'.");
        return e;
      }
      String name = e.charAt(2) == '{' ? e.substring(3, e.length() - 1) : e.substring(2);
      name = name.startsWith("^") ? name.substring(1) : name;
      if (!goKnows(name)) {
        goRejects(t.start(), unknownClass(e, name));
        return e;
      }
      String head = List.of("", "\\p{Any}", "\\p{L}").get(e.length() % 3); // then \pL, 3 long
      return compiles(e) ? e : head + "\\pL".repeat((e.length() - head.length()) / 3);
    }

    /** A character in a class: Java's union and intersection. */
    private void classChar(Token t) {
      if (t.text().equals("[")) {
        readsDifferently(
            t.start(),
            "'[' inside a character class {at} starts a nested class (a"
                + " union) in Java but is a plain '[' in RE2: escape it as \\[, or merge the classes"
                + " into one.");
      } else if (p.startsWith("&&", t.start())) {
        readsDifferently(
            t.start(),
            "'&&' {at} is Java's class intersection; RE2 reads it as the"
                + " character '&': list the remaining characters or ranges instead.");
      }
    }
  }

  private enum Last {
    NONE,
    ATOM,
    REPEATED
  }
}
