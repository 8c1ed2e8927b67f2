package dev.opboot.core.files;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unified diff of one file, in the form {@code git diff} and {@code diff -u} print.
 *
 * <pre>
 * --- a/config/crd/bases/x.yaml
 * +++ b/config/crd/bases/x.yaml
 * &#64;&#64; -12,7 +12,7 &#64;&#64;
 *  context
 * -old line
 * +new line
 *  context
 * </pre>
 *
 * <p>Hunks carry {@value #CONTEXT} lines of context, and two changes closer than twice that share a
 * hunk. A range of one line is written as its start alone ({@code -4}) and an empty range as the
 * line before it with a count of 0 ({@code -0,0}), as GNU diff and git do. A last line without a
 * line break is followed by {@code \ No newline at end of file}; {@code \r} stays part of the line.
 * A new file ({@code before == null}) diffs against {@code /dev/null}, and so does a deleted one
 * ({@code after == null}). Equal contents give the empty string.
 *
 * <p>Lines are matched with Myers' O(ND) algorithm after trimming the common start and end, so the
 * diff is minimal. Should the trimmed middles differ in more than {@value #MAX_EDITS} lines, the
 * search stops and the middle is shown as replaced wholesale: still a correct diff, just not a
 * minimal one, and memory stays bounded.
 */
public final class UnifiedDiff {
  /** Lines of context around each change. */
  public static final int CONTEXT = 3;

  /** Edits Myers' search explores before giving up on a minimal diff. */
  static final int MAX_EDITS = 2_000;

  private static final String NO_NEWLINE = "\\ No newline at end of file\n";

  private UnifiedDiff() {}

  /**
   * The diff from {@code before} to {@code after}, both read as UTF-8; {@code null} stands for a
   * file that does not exist.
   */
  public static String of(String path, byte[] before, byte[] after) {
    if (Arrays.equals(before, after)) {
      return "";
    }
    return of(
        path,
        before == null ? null : new String(before, UTF_8),
        after == null ? null : new String(after, UTF_8));
  }

  /**
   * The diff from {@code before} to {@code after}; {@code null} stands for a file that does not
   * exist.
   */
  public static String of(String path, String before, String after) {
    if (before == null ? after == null : before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(before == null ? "/dev/null" : "a/" + path).append('\n');
    out.append("+++ ").append(after == null ? "/dev/null" : "b/" + path).append('\n');
    List<int[]> blocks = changeBlocks(a, b);
    int first = 0;
    while (first < blocks.size()) {
      int last = first;
      while (last + 1 < blocks.size()
          && blocks.get(last + 1)[0] - blocks.get(last)[1] <= 2 * CONTEXT) {
        last++;
      }
      hunk(out, a, b, blocks.subList(first, last + 1));
      first = last + 1;
    }
    return out.toString();
  }

  /**
   * Splits text after each {@code \n}; the last line lacks it when the text does not end in one.
   */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    if (text == null) {
      return lines;
    }
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end + 1;
      lines.add(text.substring(start, end));
      start = end;
    }
    return lines;
  }

  /**
   * The changes between matched lines, in order, each as {@code {aStart, aEnd, bStart, bEnd}}:
   * lines {@code a[aStart, aEnd)} replaced by {@code b[bStart, bEnd)}, one range possibly empty.
   */
  static List<int[]> changeBlocks(List<String> a, List<String> b) {
    // Lines become numbers so that comparing them is cheap.
    Map<String, Integer> ids = new HashMap<>();
    int[] x = a.stream().mapToInt(line -> ids.computeIfAbsent(line, k -> ids.size())).toArray();
    int[] y = b.stream().mapToInt(line -> ids.computeIfAbsent(line, k -> ids.size())).toArray();

    int prefix = 0;
    while (prefix < x.length && prefix < y.length && x[prefix] == y[prefix]) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < x.length - prefix
        && suffix < y.length - prefix
        && x[x.length - 1 - suffix] == y[y.length - 1 - suffix]) {
      suffix++;
    }
    int[] mid1 = Arrays.copyOfRange(x, prefix, x.length - suffix);
    int[] mid2 = Arrays.copyOfRange(y, prefix, y.length - suffix);

    List<int[]> blocks = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (int[] match : matches(mid1, mid2)) {
      if (match[0] > i || match[1] > j) {
        blocks.add(new int[] {prefix + i, prefix + match[0], prefix + j, prefix + match[1]});
      }
      i = match[0] + 1;
      j = match[1] + 1;
    }
    if (i < mid1.length || j < mid2.length) {
      blocks.add(new int[] {prefix + i, prefix + mid1.length, prefix + j, prefix + mid2.length});
    }
    return blocks;
  }

  /**
   * The pairs {@code {i, j}} with {@code a[i] == b[j]} on a shortest edit path from {@code a} to
   * {@code b}, in increasing order (Myers, "An O(ND) Difference Algorithm and Its Variations").
   */
  static List<int[]> matches(int[] a, int[] b) {
    int n = a.length;
    int m = b.length;
    int max = Math.min(n + m, MAX_EDITS);
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    // rows.get(d)[k + d] is the furthest x reached on diagonal k = x - y with d edits.
    List<int[]> rows = new ArrayList<>();
    for (int d = 0; d <= max; d++) {
      for (int k = -d; k <= d; k += 2) {
        int xx =
            k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                ? v[offset + k + 1]
                : v[offset + k - 1] + 1;
        int yy = xx - k;
        while (xx < n && yy < m && a[xx] == b[yy]) {
          xx++;
          yy++;
        }
        v[offset + k] = xx;
        if (xx >= n && yy >= m) {
          return backtrack(rows, d, n, m);
        }
      }
      rows.add(Arrays.copyOfRange(v, offset - d, offset + d + 1));
    }
    return List.of(); // too different: no matches, the whole middle is replaced
  }

  private static List<int[]> backtrack(List<int[]> rows, int edits, int n, int m) {
    List<int[]> reversed = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = edits; d > 0; d--) {
      int[] prev = rows.get(d - 1);
      int k = x - y;
      boolean down = k == -d || (k != d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1]);
      int prevK = down ? k + 1 : k - 1;
      int prevX = prev[prevK + d - 1];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        x--;
        y--;
        reversed.add(new int[] {x, y});
      }
      x = prevX;
      y = prevY;
    }
    while (x > 0 && y > 0) {
      x--;
      y--;
      reversed.add(new int[] {x, y});
    }
    List<int[]> result = new ArrayList<>(reversed.size());
    for (int i = reversed.size() - 1; i >= 0; i--) {
      result.add(reversed.get(i));
    }
    return result;
  }

  private static void hunk(StringBuilder out, List<String> a, List<String> b, List<int[]> blocks) {
    int[] first = blocks.get(0);
    int[] last = blocks.get(blocks.size() - 1);
    int aStart = Math.max(0, first[0] - CONTEXT);
    int bStart = first[2] - (first[0] - aStart);
    int aEnd = Math.min(a.size(), last[1] + CONTEXT);
    int bEnd = last[3] + (aEnd - last[1]);
    out.append("@@ -")
        .append(range(aStart, aEnd - aStart))
        .append(" +")
        .append(range(bStart, bEnd - bStart))
        .append(" @@\n");
    int i = aStart;
    for (int[] block : blocks) {
      for (; i < block[0]; i++) {
        line(out, ' ', a.get(i));
      }
      for (; i < block[1]; i++) {
        line(out, '-', a.get(i));
      }
      for (int j = block[2]; j < block[3]; j++) {
        line(out, '+', b.get(j));
      }
    }
    for (; i < aEnd; i++) {
      line(out, ' ', a.get(i));
    }
  }

  private static String range(int start, int count) {
    if (count == 1) {
      return Integer.toString(start + 1);
    }
    return (count == 0 ? start : start + 1) + "," + count;
  }

  private static void line(StringBuilder out, char mark, String line) {
    out.append(mark).append(line);
    if (!line.endsWith("\n")) {
      out.append('\n').append(NO_NEWLINE);
    }
  }
}
