package vn.nq57.sync.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A parsed YAML file that remembers the line of every node, so that a problem found later (by the
 * schema or a semantic check) can be reported as "file line N, at /json/pointer".
 */
final class YamlDocument {

  /**
   * The most characters a mapping or crosswalk file may have. The parser's default (3 MiB) holds a
   * crosswalk of only about 45,000 tasks; this one, about 500,000 (each entry ~65 characters).
   */
  static final int MAX_CODE_POINTS = 32 * 1024 * 1024;

  static final ObjectMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .loadSettings(LoadSettings.builder().setCodePointLimit(MAX_CODE_POINTS).build())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private final String origin;
  private final JsonNode root;
  private final Map<String, Integer> lines;

  private YamlDocument(String origin, JsonNode root, Map<String, Integer> lines) {
    this.origin = origin;
    this.root = root;
    this.lines = lines;
  }

  static YamlDocument parse(String text, String origin) {
    try {
      JsonNode root = YAML.readTree(text);
      if (root == null || !root.isObject()) {
        throw new MappingDefinitionException(
            origin + ": the file must hold a YAML mapping (key: value) at the top level.");
      }
      return new YamlDocument(origin, root, lines(text));
    } catch (JacksonException e) {
      throw new MappingDefinitionException(
          "%s line %d: not valid YAML: %s"
              .formatted(
                  origin,
                  e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                  e.getOriginalMessage().strip().replaceAll("\\s*\\n\\s*", " ")),
          e);
    }
  }

  private static Map<String, Integer> lines(String text) throws JacksonException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = YAML.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
          String pointer = p.streamReadContext().pathAsPointer().toString();
          lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
        }
      }
    }
    return lines;
  }

  String origin() {
    return origin;
  }

  JsonNode root() {
    return root;
  }

  /** "line N, at /pointer" for the nearest node on the pointer's path that has a line. */
  String where(String pointer) {
    for (String p = pointer; ; p = p.substring(0, Math.max(p.lastIndexOf('/'), 0))) {
      Integer line = lines.get(p);
      if (line != null || p.isEmpty()) {
        return "line %d, at %s"
            .formatted(line == null ? 1 : line, pointer.isEmpty() ? "/" : pointer);
      }
    }
  }

  /** The exception for one problem at a pointer. */
  MappingDefinitionException error(String pointer, String problem) {
    return new MappingDefinitionException("%s %s: %s".formatted(origin, where(pointer), problem));
  }

  /** The exception for several problems, one per line of the message. */
  MappingDefinitionException errors(List<String> problems) {
    return new MappingDefinitionException(
        origin + " is not a valid definition:\n  - " + String.join("\n  - ", problems));
  }

  /** A JSON pointer segment, escaped as RFC 6901 asks. */
  static String segment(Object name) {
    return "/" + String.valueOf(name).replace("~", "~0").replace("/", "~1");
  }
}
