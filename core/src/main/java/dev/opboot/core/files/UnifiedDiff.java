package dev.opboot.core.files;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 * <p>Lines are matched by java-diff-utils' Myers O(ND) algorithm, so the diff is minimal; the
 * format is written here, as the library's own writer differs from git's (it always writes a
 * range's count, {@code -1,1}; starts an empty range after the line before it, {@code +1,0} for a
 * deleted file; and reads lines without their line break, so it has no {@code \ No newline} and no
 * change where only the last line break does). Should the files, less their common start and end,
 * differ in more than {@value #MAX_EDITS} lines, the search stops and what lies between is shown as
 * replaced wholesale: still a correct diff, just not a minimal one, and the time stays bounded.
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
   * Lines keep their {@code \n}, so a last line that gains or loses it is a change.
   */
  static List<int[]> changeBlocks(List<String> a, List<String> b) {
    // The common start and end are matched first, so that a search given up replaces the middle.
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<String> middleA = a.subList(prefix, a.size() - suffix);
    List<String> middleB = b.subList(prefix, b.size() - suffix);
    Patch<String> patch;
    try {
      patch = DiffUtils.diff(middleA, middleB, new MyersDiff<>(), new EditLimit());
    } catch (EditLimit.Reached e) {
      return List.of(new int[] {prefix, a.size() - suffix, prefix, b.size() - suffix});
    }
    List<int[]> blocks = new ArrayList<>();
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      Chunk<String> from = delta.getSource();
      Chunk<String> to = delta.getTarget();
      blocks.add(
          new int[] {
            prefix + from.getPosition(),
            prefix + from.getPosition() + from.size(),
            prefix + to.getPosition(),
            prefix + to.getPosition() + to.size()
          });
    }
    return blocks;
  }

  /** Stops Myers' search once it needs more than {@value #MAX_EDITS} edits. */
  private static final class EditLimit implements DiffAlgorithmListener {
    @Override
    public void diffStart() {}

    @Override
    public void diffStep(int edits, int max) {
      if (edits > MAX_EDITS) {
        throw new Reached();
      }
    }

    @Override
    public void diffEnd() {}

    private static final class Reached extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Reached() {
        super(null, null, false, false);
      }
    }
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
