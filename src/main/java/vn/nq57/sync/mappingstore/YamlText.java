package vn.nq57.sync.mappingstore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import vn.nq57.sync.mapping.MappingDefinitionException;

/**
 * A YAML document edited as text: the node tree (with the position of every node) says where, and
 * the change is spliced into the original text, so comments, quoting and layout of everything else
 * stay as the admin wrote them. Each edit answers the new text; the document itself is not changed.
 */
final class YamlText {

  private final String text;
  private final Node root;
  private final List<Integer> lineStarts = new ArrayList<>();
  private final String newline;

  private YamlText(String text, Node root) {
    this.text = text;
    this.root = root;
    this.newline = text.contains("\r\n") ? "\r\n" : "\n";
    lineStarts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts.add(i + 1);
      }
    }
  }

  static YamlText of(String yaml) {
    try {
      Node root = new Compose(LoadSettings.builder().build()).composeString(yaml).orElse(null);
      if (!(root instanceof MappingNode)) {
        throw new MappingDefinitionException("the document must hold a YAML mapping at its top.");
      }
      return new YamlText(yaml, root);
    } catch (YamlEngineException e) {
      throw new MappingDefinitionException("not valid YAML: " + e.getMessage(), e);
    }
  }

  Node root() {
    return root;
  }

  /** The value of a key of a mapping node, if the node is a mapping and has the key. */
  static Optional<Node> get(Node mapping, String key) {
    return tuple(mapping, key).map(NodeTuple::getValueNode);
  }

  static Optional<NodeTuple> tuple(Node mapping, String key) {
    if (!(mapping instanceof MappingNode m)) {
      return Optional.empty();
    }
    return m.getValue().stream()
        .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
        .findFirst();
  }

  static String scalar(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  /** The text with a double-quoted item added at the end of the sequence. */
  String append(SequenceNode sequence, String item) {
    String quoted = quote(item);
    List<Node> items = sequence.getValue();
    if (sequence.getFlowStyle() == FlowStyle.FLOW) {
      int close = offset(sequence.getEndMark().orElseThrow()) - 1;
      if (close < 0 || text.charAt(close) != ']') {
        throw new MappingDefinitionException("cannot find the end of the list to add " + quoted);
      }
      return splice(close, items.isEmpty() ? quoted : ", " + quoted);
    }
    Node last = items.get(items.size() - 1);
    Mark start = last.getStartMark().orElseThrow();
    String line = line(start.getLine());
    String prefix = line.substring(0, Math.min(line.length(), columnOffset(line, start)));
    if (!prefix.matches(" *- +")) {
      prefix = " ".repeat(Math.max(0, start.getColumn() - 2)) + "- ";
    }
    return insertLinesAfter(lastLine(last), prefix + quoted);
  }

  /**
   * The text with lines added after the last line of a block mapping, each indented as the
   * mapping's keys (a flow mapping gets one {@code key: value} before its closing brace).
   */
  String addToMapping(MappingNode mapping, String... lines) {
    if (mapping.getFlowStyle() == FlowStyle.FLOW) {
      int close = offset(mapping.getEndMark().orElseThrow()) - 1;
      if (close < 0 || text.charAt(close) != '}' || lines.length != 1) {
        throw new MappingDefinitionException("cannot add " + lines[0] + " to this mapping");
      }
      return splice(close, (mapping.getValue().isEmpty() ? "" : ", ") + lines[0].strip());
    }
    NodeTuple first = mapping.getValue().get(0);
    String indent = " ".repeat(first.getKeyNode().getStartMark().orElseThrow().getColumn());
    List<String> indented = new ArrayList<>();
    for (String line : lines) {
      indented.add(indent + line);
    }
    return insertLinesAfter(lastLine(mapping), String.join("\n", indented));
  }

  /** The text with a scalar node's text replaced (its quotes included). */
  String replace(Node scalar, String replacement) {
    int start = offset(scalar.getStartMark().orElseThrow());
    int end = offset(scalar.getEndMark().orElseThrow());
    return text.substring(0, start) + replacement + text.substring(end);
  }

  /** The text with lines added at its end. */
  String appendLines(String lines) {
    String separator = text.isEmpty() || text.endsWith("\n") ? "" : newline;
    return text + separator + lines.replace("\n", newline) + newline;
  }

  /** Quotes a value as a YAML double-quoted scalar. */
  static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private String insertLinesAfter(int line, String lines) {
    if (line + 1 < lineStarts.size()) {
      return splice(lineStarts.get(line + 1), lines.replace("\n", newline) + newline);
    }
    return appendLines(lines);
  }

  /** The line of the last scalar of a node: block collections end where the next token starts. */
  private static int lastLine(Node node) {
    if (node instanceof SequenceNode s && !s.getValue().isEmpty()) {
      return s.getFlowStyle() == FlowStyle.FLOW
          ? s.getEndMark().orElseThrow().getLine()
          : lastLine(s.getValue().get(s.getValue().size() - 1));
    }
    if (node instanceof MappingNode m && !m.getValue().isEmpty()) {
      return m.getFlowStyle() == FlowStyle.FLOW
          ? m.getEndMark().orElseThrow().getLine()
          : lastLine(m.getValue().get(m.getValue().size() - 1).getValueNode());
    }
    return node.getEndMark().orElseThrow().getLine();
  }

  private String splice(int at, String insert) {
    return text.substring(0, at) + insert + text.substring(at);
  }

  private String line(int line) {
    int start = lineStarts.get(line);
    int end = line + 1 < lineStarts.size() ? lineStarts.get(line + 1) : text.length();
    return text.substring(start, end).replaceAll("\r?\n$", "");
  }

  private int offset(Mark mark) {
    return lineStarts.get(mark.getLine()) + columnOffset(line(mark.getLine()), mark);
  }

  // Marks count code points; Java strings count UTF-16 units.
  private static int columnOffset(String line, Mark mark) {
    int points = Math.min(mark.getColumn(), line.codePointCount(0, line.length()));
    return line.offsetByCodePoints(0, points);
  }
}
