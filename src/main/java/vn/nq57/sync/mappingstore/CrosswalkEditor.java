package vn.nq57.sync.mappingstore;

import java.util.List;

/**
 * Adds confirmed links to a crosswalk document as text, so that its comments and the order of its
 * entries stay as the admin wrote them.
 */
final class CrosswalkEditor {

  private CrosswalkEditor() {}

  /** The crosswalk with one {@code tasks} entry appended per link; a null crosswalk starts one. */
  static String add(String crosswalk, List<MappingWork.Link> links) {
    StringBuilder out = new StringBuilder(crosswalk == null ? "tasks:\n" : crosswalk);
    if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    for (MappingWork.Link link : links) {
      out.append("  - localRef: ")
          .append(quoted(link.localRef()))
          .append("\n    taskCode: ")
          .append(quoted(link.taskCode()))
          .append('\n');
    }
    return out.toString();
  }

  /** A YAML double-quoted scalar; keys and codes hold no control characters. */
  private static String quoted(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
