package vn.nq57.sync.mappingstore;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds confirmed links to a crosswalk by editing its text, so the comments and layout an admin
 * wrote stay as they were: a local task already listed gets its taskCode line replaced, a new one
 * is appended as an entry in the file's own indentation.
 */
final class CrosswalkEditor {

  private static final Pattern ENTRY = Pattern.compile("^(\\s*)-\\s+localRef:.*$");
  private static final Pattern EMPTY_LIST = Pattern.compile("(?m)^tasks:\\s*\\[\\s*]\\s*$");
  private static final int TITLE_LENGTH = 90;

  private CrosswalkEditor() {}

  /** One confirmed link; the title is what a person reads in the file. */
  record Link(String localRef, String taskCode, String title) {}

  /** The crosswalk with the links; {@code note} becomes a comment above the appended entries. */
  static String link(String crosswalkYaml, List<Link> links, String note) {
    List<String> lines =
        new ArrayList<>(
            List.of(EMPTY_LIST.matcher(crosswalkYaml).replaceAll("tasks:").split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    String indent = indent(lines);
    List<String> appended = new ArrayList<>();
    for (Link link : links) {
      if (!retarget(lines, link)) {
        appended.add(indent + "- localRef: " + quoted(link.localRef()));
        appended.add(indent + "  taskCode: " + quoted(link.taskCode()));
        appended.add(indent + "  title: " + quoted(shortened(link.title())));
      }
    }
    if (!appended.isEmpty()) {
      lines.add(indent + "# " + note.replace('\n', ' '));
      lines.addAll(appended);
    }
    return String.join("\n", lines) + "\n";
  }

  /** Replaces the taskCode line of the entry of link's localRef; false when it has no entry. */
  private static boolean retarget(List<String> lines, Link link) {
    Pattern own =
        Pattern.compile(
            "^\\s*(-\\s+)?localRef:\\s*[\"']?" + Pattern.quote(link.localRef()) + "[\"']?\\s*$");
    for (int i = 0; i < lines.size(); i++) {
      if (own.matcher(lines.get(i)).matches()) {
        int start = lines.get(i).trim().startsWith("-") ? i : entryStart(lines, i);
        for (int j = start; j < lines.size() && (j == start || !isEntry(lines.get(j))); j++) {
          Matcher code = Pattern.compile("^(\\s*(?:-\\s+)?taskCode:\\s*).*$").matcher(lines.get(j));
          if (code.matches()) {
            lines.set(j, code.group(1) + quoted(link.taskCode()));
            return true;
          }
        }
      }
    }
    return false;
  }

  private static int entryStart(List<String> lines, int from) {
    for (int i = from; i >= 0; i--) {
      if (isEntry(lines.get(i)) || lines.get(i).trim().startsWith("- ")) {
        return i;
      }
    }
    return from;
  }

  private static boolean isEntry(String line) {
    return line.trim().startsWith("- ");
  }

  private static String indent(List<String> lines) {
    for (String line : lines) {
      Matcher entry = ENTRY.matcher(line);
      if (entry.matches()) {
        return entry.group(1);
      }
    }
    return "  ";
  }

  private static String shortened(String title) {
    int[] points = title.codePoints().toArray();
    return points.length <= TITLE_LENGTH ? title : new String(points, 0, TITLE_LENGTH);
  }

  /** A YAML double-quoted scalar (JSON escapes are valid in it). */
  static String quoted(String value) {
    StringBuilder out = new StringBuilder("\"");
    value
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                  if (c < 0x20) {
                    out.append(String.format("\\u%04x", c));
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.append('"').toString();
  }
}
