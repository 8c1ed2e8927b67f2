package dev.opboot.core.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  @Test
  void equalContentsGiveNothing() {
    assertThat(UnifiedDiff.of("a.yaml", bytes("x\ny\n"), bytes("x\ny\n"))).isEmpty();
    assertThat(UnifiedDiff.of("a.yaml", "", "")).isEmpty();
    assertThat(UnifiedDiff.of("a.yaml", (byte[]) null, null)).isEmpty();
    assertThat(UnifiedDiff.of("a.yaml", (String) null, null)).isEmpty();
  }

  @Test
  void newFileDiffsAgainstDevNull() {
    assertThat(UnifiedDiff.of("config/crd/x.yaml", null, bytes("a\nb\nc\n")))
        .isEqualTo(
            """
        --- /dev/null
        +++ b/config/crd/x.yaml
        @@ -0,0 +1,3 @@
        +a
        +b
        +c
        """);
  }

  @Test
  void oneLineRangesShowTheirStartAlone() {
    assertThat(UnifiedDiff.of("x", null, "only\n"))
        .isEqualTo(
            """
        --- /dev/null
        +++ b/x
        @@ -0,0 +1 @@
        +only
        """);
    assertThat(UnifiedDiff.of("x", "old\n", "new\n"))
        .isEqualTo(
            """
        --- a/x
        +++ b/x
        @@ -1 +1 @@
        -old
        +new
        """);
  }

  @Test
  void deletedFileDiffsAgainstDevNull() {
    assertThat(UnifiedDiff.of("x.yaml", bytes("a\nb\n"), null))
        .isEqualTo(
            """
        --- a/x.yaml
        +++ /dev/null
        @@ -1,2 +0,0 @@
        -a
        -b
        """);
  }

  @Test
  void emptyNewFileHasHeadersOnly() {
    assertThat(UnifiedDiff.of("x", null, "")).isEqualTo("--- /dev/null\n+++ b/x\n");
  }

  @Test
  void changeInTheMiddleGetsThreeLinesOfContext() {
    String before = numbered(1, 10);
    String after = replaceLine(before, "5", "five");
    assertThat(UnifiedDiff.of("f", before, after))
        .isEqualTo(
            """
        --- a/f
        +++ b/f
        @@ -2,7 +2,7 @@
         2
         3
         4
        -5
        +five
         6
         7
         8
        """);
  }

  @Test
  void deletedLinesComeBeforeAddedOnes() {
    assertThat(UnifiedDiff.of("f", "a\nb\nc\nd\n", "a\nx\ny\nd\n"))
        .isEqualTo(
            """
        --- a/f
        +++ b/f
        @@ -1,4 +1,4 @@
         a
        -b
        -c
        +x
        +y
         d
        """);
  }

  @Test
  void distantChangesGetSeparateHunks() {
    String before = numbered(1, 20);
    String after =
        replaceLine(replaceLine(replaceLine(before, "2", "two"), "18", null), "12", "12\nnew");
    assertThat(UnifiedDiff.of("f", before, after))
        .isEqualTo(
            """
        --- a/f
        +++ b/f
        @@ -1,5 +1,5 @@
         1
        -2
        +two
         3
         4
         5
        @@ -10,11 +10,11 @@
         10
         11
         12
        +new
         13
         14
         15
         16
         17
        -18
         19
         20
        """);
  }

  @Test
  void changesSixLinesApartShareAHunk() {
    String before = numbered(1, 12);
    String after = replaceLine(replaceLine(before, "3", "c"), "10", "j");
    assertThat(UnifiedDiff.of("f", before, after))
        .startsWith(
            """
        --- a/f
        +++ b/f
        @@ -1,12 +1,12 @@
        """)
        .contains("-3\n+c\n")
        .contains("-10\n+j\n")
        .containsOnlyOnce("\n@@ ");
  }

  @Test
  void changesSevenLinesApartDoNot() {
    String before = numbered(1, 14);
    String after = replaceLine(replaceLine(before, "3", "c"), "11", "k");
    assertThat(UnifiedDiff.of("f", before, after)).contains("@@ -1,6 +1,6 @@", "@@ -8,7 +8,7 @@");
  }

  @Test
  void addingTheMissingTrailingNewline() {
    assertThat(UnifiedDiff.of("f", "a\nb", "a\nb\n"))
        .isEqualTo(
            """
        --- a/f
        +++ b/f
        @@ -1,2 +1,2 @@
         a
        -b
        \\ No newline at end of file
        +b
        """);
  }

  @Test
  void removingTheTrailingNewline() {
    assertThat(UnifiedDiff.of("f", "a\nb\n", "a\nb"))
        .isEqualTo(
            """
        --- a/f
        +++ b/f
        @@ -1,2 +1,2 @@
         a
        -b
        +b
        \\ No newline at end of file
        """);
  }

  @Test
  void unchangedLastLineWithoutNewlineIsMarkedInContext() {
    assertThat(UnifiedDiff.of("f", "a\nb", "x\nb"))
        .isEqualTo(
            """
        --- a/f
        +++ b/f
        @@ -1,2 +1,2 @@
        -a
        +x
         b
        \\ No newline at end of file
        """);
  }

  @Test
  void carriageReturnsStayPartOfTheLine() {
    assertThat(UnifiedDiff.of("f", "a\r\nb\r\n", "a\r\nc\r\n"))
        .endsWith("@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n");
  }

  @Test
  void bytesAreReadAsUtf8() {
    assertThat(UnifiedDiff.of("f", bytes("grüße\n"), bytes("grüsse\n")))
        .endsWith("-grüße\n+grüsse\n");
  }

  @Test
  void applyingTheHunksGivesTheNewTextAndTheDiffIsMinimal() {
    Random random = new Random(1);
    for (int round = 0; round < 500; round++) {
      List<String> before = randomLines(random);
      List<String> after = random.nextBoolean() ? randomLines(random) : mutate(random, before);
      String a = String.join("\n", before);
      String b = String.join("\n", after);
      String diff = UnifiedDiff.of("f", a, b);

      assertThat(apply(a, diff)).as("round %d:%n%s", round, diff).isEqualTo(b);
      List<String> aLines = UnifiedDiff.lines(a);
      List<String> bLines = UnifiedDiff.lines(b);
      int common = lcs(aLines, bLines);
      assertThat(count(diff, '-'))
          .as("removed in round %d", round)
          .isEqualTo(aLines.size() - common);
      assertThat(count(diff, '+')).as("added in round %d", round).isEqualTo(bLines.size() - common);
    }
  }

  @Test
  void veryDifferentLongFilesStillGiveACorrectDiff() {
    String before =
        IntStream.range(0, 3_000).mapToObj(i -> "a" + i + "\n").collect(Collectors.joining());
    String after =
        IntStream.range(0, 3_000).mapToObj(i -> "b" + i + "\n").collect(Collectors.joining());
    String diff = UnifiedDiff.of("f", before, after);
    assertThat(diff).startsWith("--- a/f\n+++ b/f\n@@ -1,3000 +1,3000 @@\n-a0\n");
    assertThat(apply(before, diff)).isEqualTo(after);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  private static String numbered(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> i + "\n").collect(Collectors.joining());
  }

  /**
   * Replaces the whole line {@code line} by {@code replacement}, or removes it when that is null.
   */
  private static String replaceLine(String text, String line, String replacement) {
    return UnifiedDiff.lines(text).stream()
        .map(l -> l.equals(line + "\n") ? (replacement == null ? "" : replacement + "\n") : l)
        .collect(Collectors.joining());
  }

  private static List<String> randomLines(Random random) {
    List<String> lines = new ArrayList<>();
    int n = random.nextInt(25);
    for (int i = 0; i < n; i++) {
      lines.add(String.valueOf((char) ('a' + random.nextInt(4))));
    }
    if (n > 0 && random.nextBoolean()) {
      lines.add(""); // ends in a line break
    }
    return lines;
  }

  private static List<String> mutate(Random random, List<String> lines) {
    List<String> result = new ArrayList<>(lines);
    for (int i = random.nextInt(5); i > 0 && !result.isEmpty(); i--) {
      int at = random.nextInt(result.size());
      if (random.nextBoolean()) {
        result.remove(at);
      } else {
        result.add(at, "x" + random.nextInt(3));
      }
    }
    return result;
  }

  /** Applies a diff made by UnifiedDiff, checking every context and removed line on the way. */
  private static String apply(String text, String diff) {
    List<String> old = UnifiedDiff.lines(text);
    List<String> lines = diff.isEmpty() ? List.of() : UnifiedDiff.lines(diff);
    StringBuilder out = new StringBuilder();
    int next = 0; // next old line to copy
    for (int i = 2; i < lines.size(); ) {
      String header = lines.get(i++);
      assertThat(header).startsWith("@@ -");
      String oldRange = header.substring(4, header.indexOf(' ', 4));
      int start = Integer.parseInt(oldRange.split(",")[0]);
      int count = oldRange.contains(",") ? Integer.parseInt(oldRange.split(",")[1]) : 1;
      int from = count == 0 ? start : start - 1;
      while (next < from) {
        out.append(old.get(next++));
      }
      String pending = null;
      for (; i < lines.size() && !lines.get(i).startsWith("@@"); i++) {
        String line = lines.get(i);
        if (line.startsWith("\\")) {
          assertThat(line).isEqualTo("\\ No newline at end of file\n");
          out.setLength(out.length() - (pending == null ? 0 : 1));
          continue;
        }
        String body = line.substring(1);
        if (line.charAt(0) != '+') {
          assertThat(old.get(next).replaceAll("\n$", "")).isEqualTo(body.replaceAll("\n$", ""));
          next++;
        }
        if (line.charAt(0) != '-') {
          out.append(body);
          pending = body;
        } else {
          pending = null;
        }
      }
    }
    while (next < old.size()) {
      out.append(old.get(next++));
    }
    return out.toString();
  }

  private static int lcs(List<String> a, List<String> b) {
    int[][] table = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        table[i][j] =
            a.get(i).equals(b.get(j))
                ? table[i + 1][j + 1] + 1
                : Math.max(table[i + 1][j], table[i][j + 1]);
      }
    }
    return table[0][0];
  }

  private static long count(String diff, char mark) {
    return diff.lines().skip(2).filter(line -> line.charAt(0) == mark).count();
  }
}
