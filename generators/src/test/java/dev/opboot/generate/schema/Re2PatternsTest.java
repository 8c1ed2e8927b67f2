package dev.opboot.generate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Verdicts were checked against Go's regexp.Compile: the accepted patterns compile in Go, those in
 * {@link #reportsWhatAndWhereAndHowToRewrite} do not, and those in {@link
 * #reportsWhatRe2ReadsDifferentlyFromJava} compile in Go but mean something else there than in
 * Java, or do not compile in Java ({@code \p{Cn}} compiles only from Go 1.25 on).
 */
class Re2PatternsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", // DNS label
        "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", // DNS subdomain
        "^[a-z]+$",
        "(?i)abc",
        "(?i:abc)d",
        "(?ims-s:a)",
        "\\d{3}",
        "^v[0-9]+(alpha|beta)?[0-9]*$",
        "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
        "^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])$",
        "a{1000}",
        "a{2,1000}",
        "(a{100}){10}",
        "((a{10}){0}){1000}",
        "a*?b+?c??d{2,3}?",
        "\\Qa.b*c\\E+",
        "\\(?=",
        "[(?=]",
        "\\x41\\x{1F600}\\x{10FFFF}\\0\\012\\a\\f\\t\\n\\r",
        "\\_\\ \\#\\-\\.",
        "\\A\\b\\B\\z",
        "\\pL\\p{Lu}\\PN\\p{^Greek}\\p{Han}\\p{Any}[\\p{Latin}\\d]",
        "[[:alpha:]][[:^digit:]_]",
        "[]a][^]a][a-][-a]",
        "(?P<name>a)(?<other>b)(?<with_underscore>c)(?<x>d)(?<x>e)",
        "^*$+\\b*",
        "",
        // where re2j 1.8 is stricter than Go, or does not return
        "\\p{Kawi}[\\p{Adlam}]", // newer than re2j's Unicode tables
        "a*(?i)+", // the + repeats a*, as in Go
        "(?i)[\\x{80}-\\x{10FFFF}]\u1C80", // re2j's case folding loops forever (google/re2j#168)
      })
  void acceptsWhatRe2Accepts(String pattern) {
    assertThat(Re2Patterns.problem(pattern)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " | ",
      quoteCharacter = '"',
      value = {
        "a(?=b)          | lookahead (?=...) at index 1 | x-kubernetes-validations",
        "a(?!b)          | lookahead (?!...) at index 1 | !self.matches",
        "(?<=a)b         | lookbehind (?<=...) at index 0 | not supported",
        "(?<!a)b         | lookbehind (?<!...) at index 0 | not supported",
        "(?>ab)          | atomic group (?>...) at index 0 | (?:...)",
        "(a)\\1          | \\1 at index 3 is a backreference | no backreferences",
        "\\9             | \\9 at index 0 | backreference",
        "(?<n>a)\\k<n>   | backreference \\k<name> at index 7 | no backreferences",
        "(?P=n)          | (?P at index 0 | backreference or recursion",
        "(?R)            | (?R at index 0 | recursion",
        "a*+             | possessive quantifier '*+' at index 1 | drop the trailing '+'",
        "x++             | possessive quantifier '++' at index 1 | drop the trailing '+'",
        "x?+             | possessive quantifier '?+' at index 1 | drop",
        "x{2}+           | possessive quantifier '{2}+' at index 1 | drop",
        "x**             | '**' at index 1 stacks two quantifiers | (?:x*)*",
        "x*?+            | '*?+' at index 1 stacks two quantifiers | RE2",
        "x{2}{3}         | '{2}{3}' at index 1 stacks | (?:x{2}){3}",
        "*a              | '*' at index 0 has nothing to repeat | \\*",
        "a|+b            | '+' at index 2 has nothing to repeat | \\+",
        "{2}             | '{2}' at index 0 has nothing to repeat | \\{",
        "a{1001}         | over RE2's limit of 1000 | at index 1",
        "a{5,2000}       | over RE2's limit of 1000 | at index 1",
        "(a{100}){11}    | '{11}' at index 8 | more than 1000",
        "([a-z0-9]{1,63}\\.){0,100} | '{0,100}' at index 18 | more than 1000",
        "((a{10}){10}){11} | '{11}' at index 13 | more than 1000",
        "a{500}(?i){3,}  | '{3,}' at index 10 | more than 1000",
        "\\p{Unknown}    | \\p{Unknown} at index 0 is not one RE2 knows | scripts",
        "(?x)a b         | flag x (comments mode) at index 2 | remove",
        "(?d)a           | flag d (UNIX_LINES) at index 2 | remove",
        "(?iu)a          | flag u (UNICODE_CASE) at index 3 | (?i) already folds",
        "(?i-)a          | a '-' with no flag after it at index 4 | remove the '-'",
        "(?i-m-s)a       | a second '-' in the flags at index 5 | (?on-off)",
        "(?#note)a       | comment (?#...) at index 0 | remove",
        "(?<1-x>a)       | group name '1-x' at index 0 | letters, digits and underscores",
        "\\h+            | \\h (horizontal white space) at index 0 | [ \\t]",
        "\\H             | \\H at index 0 | [^ \\t]",
        "\\R             | \\R (any line break) at index 0 | (?:\\r\\n",
        "\\X             | \\X (a grapheme cluster) at index 0 | no RE2 equivalent",
        "\\Gabc          | \\G (end of the previous match) at index 0 | ^",
        "abc\\Z          | \\Z at index 3 is Java-only | \\z",
        "\\e             | \\e at index 0 | \\x1B",
        "\\cA            | \\c (a control character) at index 0 | \\xHH",
        "\\u0041         | \\u at index 0 | \\x{HHHH}",
        "\\N{SPACE}      | \\N{name} at index 0 | \\x{HHHH}",
        "\\V             | \\V at index 0 | [^\\n",
        "\\C             | \\C (any byte) at index 0 | not supported",
        "ab\\E           | \\E at index 2 closes nothing | \\Q",
        "\\y             | \\y at index 0 is not an escape RE2 knows | RE2",
        "\\é             | escaped character 'é' at index 0 | without the backslash",
        "\\x{110000}     | hexadecimal escape at index 0 is malformed | \\x{10FFFF}",
        "\\xZZ           | hexadecimal escape at index 0 is malformed | \\xHH",
        "[\\b]           | \\b at index 1 is not allowed inside a character class | \\x08",
        "[\\Q]\\E]       | \\Q at index 1 is not allowed inside a character class | RE2",
        "[a\\z]          | \\z at index 2 is not allowed inside a character class | RE2",
        "[a-\\d]         | class escape \\d at index 3 cannot end a range | range",
        "[[:letter:]]    | POSIX class [:letter:] at index 1 | alnum, alpha",
        "\\p{javaLowerCase} | \\p{javaLowerCase} at index 0 is Java-only | \\p{Ll}",
        "\\p{Lower}      | \\p{Lower} at index 0 is Java-only | [[:lower:]]",
        "\\p{IsGreek}    | \\p{IsGreek} at index 0 is Java spelling | \\p{Greek}",
        "\\p{IsAlphabetic} | \\p{IsAlphabetic} at index 0 is Java-only | \\p{L}",
        "\\p{InGreek}    | \\p{InGreek} at index 0 names a Unicode block | \\x{370}",
        "\\p{sc=Greek}   | \\p{sc=Greek} at index 0 is Java syntax | by name alone",
        "[a\\p{Foo}]     | \\p{Foo} at index 2 is not one RE2 knows | scripts",
        "\\pX            | \\pX at index 0 | general categories",
        "ab\\            | lone backslash at index 2 | ends",
        "(?=             | lookahead | x-kubernetes-validations",
        "(ab             | missing closing ) | not a valid regular expression",
        "a)              | the ')' at index 1 closes no group | not a valid regular expression",
        "[z-a]           | invalid character class range: `z-a` | not a valid regular expression",
        "[abc            | missing closing ] | not a valid regular expression",
        "a{3,2}          | invalid repeat count: `{3,2}` | not a valid regular expression",
      })
  void reportsWhatAndWhereAndHowToRewrite(String pattern, String what, String hint) {
    Optional<String> problem = Re2Patterns.problem(pattern);
    assertThat(problem).isPresent();
    assertThat(problem.get()).contains(what.strip(), hint.strip());
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " | ",
      quoteCharacter = '"',
      value = {
        "\\12            | \\1 at index 0 | octal",
        "(?U)a           | flag U at index 2 means ungreedy in RE2 | \\p{Nd}",
        "\\v             | \\v at index 0 is only the vertical tab | \\x0B",
        "\\b{g}          | \\b{g} (a grapheme boundary) at index 0 | {g}",
        "\\0377          | '\\0377' at index 0 is one octal escape in Java | \\x{ff}",
        "[a-d[m-p]]      | '[' inside a character class at index 4 | \\[",
        "[a-z&&[^aeiou]] | '&&' at index 4 is Java's class intersection | '&'",
        "\\p{Cn}         | \\p{Cn} at index 0 | Go 1.25",
        "a{,3}           | '{,3}' at index 1 is literal text in RE2 | {0,3}",
        "a{01}           | '{01}' at index 1 is literal text in RE2 | {1}",
        "a{1,002}        | '{1,002}' at index 1 | {1,2}",
        "a{b}            | '{' at index 1 is literal text in RE2 | \\{",
        "a{{2}           | '{' at index 1 is literal text in RE2 | \\{" // re2j refuses it, Go does
        // not
      })
  void reportsWhatRe2ReadsDifferentlyFromJava(String pattern, String what, String hint) {
    Optional<String> problem = Re2Patterns.problem(pattern);
    assertThat(problem).isPresent();
    assertThat(problem.get()).contains(what.strip(), hint.strip());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\\(?=a\\)", "\\\\\\(\\?!x\\)", "[(?<=]", "\\Q(?=a)\\1\\E", "a\\*+", "\\{01}"})
  void ignoresEscapedConstructs(String pattern) {
    assertThat(Re2Patterns.problem(pattern)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\\\(?=a)", "[\\]](?!x)", "\\Q\\E(?=a)"})
  void constructsAfterAnEscapeStillCount(String pattern) {
    assertThat(Re2Patterns.problem(pattern)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\uD800", "\uDC00"})
  void loneSurrogatesAreNotUtf8(String pattern) {
    assertThat(Re2Patterns.problem(pattern)).get().asString().contains("lone surrogate");
  }
}
