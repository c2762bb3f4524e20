package vn.nq57.sync.mappingstore;

import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import vn.nq57.sync.mapping.MappingDefinitionException;
import vn.nq57.sync.mapping.VietnameseText;

/**
 * Adds a wording to a value map of a mapping. The edit is spliced into the text, so the mapping's
 * comments, quoting and layout are kept; only the one entry changes or is added.
 */
final class ValueMapEditor {

  private ValueMapEditor() {}

  /**
   * The mapping with {@code part.valueMap[wording] = target}; a key that reads the same as the
   * wording (case, spacing, Unicode form ignored) is re-targeted instead of duplicated.
   */
  static String put(String mappingYaml, String part, String wording, String target) {
    YamlText doc = YamlText.of(mappingYaml);
    if (!(YamlText.get(doc.root(), part).orElse(null) instanceof MappingNode section)) {
      throw new MappingDefinitionException(
          "the mapping has no '%s' part with a valueMap to add '%s' to.".formatted(part, wording));
    }
    String value = target.matches("[A-Z][A-Z0-9_]*") ? target : YamlText.quote(target);
    String key = YamlText.quote(VietnameseText.clean(wording));
    if (!(YamlText.get(section, "valueMap").orElse(null) instanceof MappingNode valueMap)) {
      return doc.addToMapping(section, "valueMap:", "  " + key + ": " + value);
    }
    Optional<NodeTuple> same = sameWording(valueMap, wording);
    if (same.isPresent()) {
      return doc.replace(same.get().getValueNode(), value);
    }
    return doc.addToMapping(valueMap, key + ": " + value);
  }

  private static Optional<NodeTuple> sameWording(MappingNode valueMap, String wording) {
    String normal = VietnameseText.normalise(wording);
    return valueMap.getValue().stream()
        .filter(t -> normal.equals(normalised(t.getKeyNode())))
        .findFirst();
  }

  private static String normalised(Node key) {
    String text = YamlText.scalar(key);
    return text == null ? null : VietnameseText.normalise(text);
  }
}
