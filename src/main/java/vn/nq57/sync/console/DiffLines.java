package vn.nq57.sync.console;

import java.util.List;

/** A unified diff split into lines, each marked added, removed, a hunk header or context. */
record DiffLines(List<Line> lines) {

  static DiffLines of(String diff) {
    if (diff == null || diff.isEmpty()) {
      return new DiffLines(List.of());
    }
    return new DiffLines(diff.lines().map(DiffLines::line).toList());
  }

  private static Line line(String text) {
    String kind;
    if (text.startsWith("+++") || text.startsWith("---")) {
      kind = "file";
    } else if (text.startsWith("@@")) {
      kind = "hunk";
    } else if (text.startsWith("+")) {
      kind = "added";
    } else if (text.startsWith("-")) {
      kind = "removed";
    } else {
      kind = "context";
    }
    return new Line(kind, text);
  }

  /** One line of the diff and its kind: file, hunk, added, removed or context. */
  record Line(String kind, String text) {}
}
