package vn.nq57.sync.mappingstore;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import vn.nq57.sync.mapping.MappingDefinitionException;
import vn.nq57.sync.mapping.VietnameseText;

/**
 * Adds an agency wording to an agency map: as a spelling variant of the unit with the given code,
 * or, for the target {@code GROUP}, to the group wordings. The edit is spliced into the text, so
 * the map's comments, quoting and layout are kept.
 */
final class AgencyMapEditor {

  static final String GROUP = "GROUP";

  private AgencyMapEditor() {}

  static String add(String agencyYaml, String wording, String target) {
    YamlText doc = YamlText.of(agencyYaml);
    String clean = VietnameseText.clean(wording);
    if (GROUP.equals(target)) {
      return YamlText.get(doc.root(), "groups")
          .filter(SequenceNode.class::isInstance)
          .map(groups -> doc.append((SequenceNode) groups, clean))
          .orElseGet(() -> doc.appendLines("groups:\n  - " + YamlText.quote(clean)));
    }
    MappingNode unit = unit(doc, target);
    Optional<Node> variants = YamlText.get(unit, "variants");
    if (variants.isPresent() && variants.get() instanceof SequenceNode list) {
      return doc.append(list, clean);
    }
    return doc.addToMapping(unit, "variants: [" + YamlText.quote(clean) + "]");
  }

  private static MappingNode unit(YamlText doc, String code) {
    List<Node> units =
        YamlText.get(doc.root(), "units")
            .filter(SequenceNode.class::isInstance)
            .map(n -> ((SequenceNode) n).getValue())
            .orElse(List.of());
    return units.stream()
        .filter(MappingNode.class::isInstance)
        .map(MappingNode.class::cast)
        .filter(u -> code.equals(YamlText.get(u, "code").map(YamlText::scalar).orElse(null)))
        .findFirst()
        .orElseThrow(
            () ->
                new MappingDefinitionException(
                    ("the agency map has no unit with the code '%s'; resolve with the code of one of"
                            + " its units %s, or %s for a wording that names many bodies, or add the"
                            + " unit in a draft of the agency map first.")
                        .formatted(
                            code,
                            units.stream()
                                .map(u -> YamlText.get(u, "code").map(YamlText::scalar).orElse("?"))
                                .toList(),
                            GROUP)));
  }
}
