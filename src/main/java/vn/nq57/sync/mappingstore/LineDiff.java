package vn.nq57.sync.mappingstore;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by lines (longest common subsequence, three lines of context), as
 * {@code diff -u} prints it; enough for mapping files of a few hundred lines.
 */
final class LineDiff {

  private static final int CONTEXT = 3;

  private LineDiff() {}

  /** The unified diff from before to after; empty when they have the same lines. */
  static String unified(String name, String before, String after) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<String> ops = operations(a, b);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).charAt(0) == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = hunkEnd(ops, i);
      if (out.isEmpty()) {
        out.append("--- a/").append(name).append('\n').append("+++ b/").append(name).append('\n');
      }
      hunk(ops, start, end, out);
      i = end;
    }
    return out.toString();
  }

  /** Where a hunk that starts changing at i ends, merging changes less than 2×context apart. */
  private static int hunkEnd(List<String> ops, int i) {
    int lastChange = i;
    for (int j = i; j < ops.size() && j - lastChange <= 2 * CONTEXT; j++) {
      if (ops.get(j).charAt(0) != ' ') {
        lastChange = j;
      }
    }
    return Math.min(ops.size(), lastChange + 1 + CONTEXT);
  }

  private static void hunk(List<String> ops, int start, int end, StringBuilder out) {
    int oldLine = 1;
    int newLine = 1;
    for (int k = 0; k < start; k++) {
      oldLine += ops.get(k).charAt(0) != '+' ? 1 : 0;
      newLine += ops.get(k).charAt(0) != '-' ? 1 : 0;
    }
    int oldCount = 0;
    int newCount = 0;
    for (int k = start; k < end; k++) {
      oldCount += ops.get(k).charAt(0) != '+' ? 1 : 0;
      newCount += ops.get(k).charAt(0) != '-' ? 1 : 0;
    }
    out.append("@@ -")
        .append(range(oldLine, oldCount))
        .append(" +")
        .append(range(newLine, newCount))
        .append(" @@\n");
    ops.subList(start, end).forEach(op -> out.append(op).append('\n'));
  }

  private static String range(int line, int count) {
    return (count == 0 ? line - 1 : line) + (count == 1 ? "" : "," + count);
  }

  /** Each line prefixed ' ' (kept), '-' (removed) or '+' (added), in order. */
  private static List<String> operations(List<String> a, List<String> b) {
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        ops.add(" " + a.get(i++));
        j++;
      } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.add("-" + a.get(i++));
      } else {
        ops.add("+" + b.get(j++));
      }
    }
    return ops;
  }

  private static List<String> lines(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    String[] lines = text.split("\r?\n", -1);
    // A final line break ends the last line; it does not start an empty one.
    return List.of(lines).subList(0, text.endsWith("\n") ? lines.length - 1 : lines.length);
  }
}
