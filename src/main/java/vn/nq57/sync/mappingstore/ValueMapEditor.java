package vn.nq57.sync.mappingstore;

import java.util.Iterator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import vn.nq57.sync.mapping.MappingDefinitionException;
import vn.nq57.sync.mapping.VietnameseText;

/**
 * Adds a wording to a value map of a mapping by editing the YAML as a tree. The order of keys is
 * kept; comments and quoting style of that document are not (YAML trees do not hold them).
 */
final class ValueMapEditor {

  private static final ObjectMapper WRITER =
      YAMLMapper.builder()
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .build();

  private ValueMapEditor() {}

  /**
   * The mapping with {@code part.valueMap[wording] = target}; a key that reads the same as the
   * wording (case, spacing, Unicode form ignored) is re-targeted instead of duplicated.
   */
  static String put(String mappingYaml, String part, String wording, String target) {
    JsonNode root = DefinitionCheck.tree(mappingYaml);
    if (!(root.get(part) instanceof ObjectNode section)) {
      throw new MappingDefinitionException(
          "the mapping has no '%s' part with a valueMap to add '%s' to.".formatted(part, wording));
    }
    ObjectNode valueMap =
        section.get("valueMap") instanceof ObjectNode existing
            ? existing
            : section.putObject("valueMap");
    valueMap.put(sameWording(valueMap, wording), target);
    try {
      return WRITER.writeValueAsString(root);
    } catch (JacksonException e) {
      throw new IllegalStateException("a YAML tree is always writable", e);
    }
  }

  private static String sameWording(ObjectNode valueMap, String wording) {
    String normal = VietnameseText.normalise(wording);
    for (Iterator<String> keys = valueMap.propertyNames().iterator(); keys.hasNext(); ) {
      String key = keys.next();
      if (VietnameseText.normalise(key).equals(normal)) {
        return key;
      }
    }
    return VietnameseText.clean(wording);
  }
}
