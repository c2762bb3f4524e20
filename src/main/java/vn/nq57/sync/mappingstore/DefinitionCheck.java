package vn.nq57.sync.mappingstore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.nq57.sync.mapping.MappingDefinitionException;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.mapping.VietnameseText;

/**
 * Checks a mapping version: the engine's schema and rules ({@link TaskMapping#parse}), then what
 * only the admin side can see: the id matches the mapping, no value-map entry is unreachable, and
 * every source field the mapping reads exists in the records stored for its sources.
 */
final class DefinitionCheck {

  static final ObjectMapper YAML = new YAMLMapper();

  private DefinitionCheck() {}

  /** The file name the engine's messages use for a mapping. */
  static String origin(String mappingId) {
    return "mappings/" + mappingId + ".yaml";
  }

  /**
   * @param knownFields normalised headers of stored source records; empty when none is stored
   */
  static Validation check(
      String mappingId,
      String yaml,
      String crosswalk,
      Set<String> knownFields,
      Function<String, String> shared) {
    String origin = origin(mappingId);
    TaskMapping mapping;
    try {
      String crosswalkName = VersionWorkflow.crosswalkName(yaml);
      mapping =
          TaskMapping.parse(
              yaml, origin, name -> name.equals(crosswalkName) ? crosswalk : shared.apply(name));
    } catch (MappingDefinitionException e) {
      return new Validation(null, DefinitionError.from(e), List.of());
    }
    JsonNode root = tree(yaml);
    List<DefinitionError> errors = new ArrayList<>();
    if (!mapping.id().equals(mappingId)) {
      errors.add(
          error(
              yaml,
              origin,
              "/id",
              "the id '%s' must be the mapping's id '%s'.".formatted(mapping.id(), mappingId)));
    }
    root.properties()
        .forEach(part -> unreachable(yaml, origin, part.getKey(), part.getValue(), errors));
    List<DefinitionError> warnings = new ArrayList<>();
    if (!knownFields.isEmpty()) {
      for (String field : mapping.sourceFields()) {
        if (mapping.headerSpellings(field).stream().noneMatch(knownFields::contains)) {
          warnings.add(
              error(
                  yaml,
                  origin,
                  pointerOf(root, field),
                  "no stored source record has the field '%s'; rows will be parked SOURCE_FIELD_ABSENT."
                      .formatted(field)));
        }
      }
    }
    return new Validation(errors.isEmpty() ? mapping : null, errors, warnings);
  }

  /** A value-map key that is blank, or reads like an earlier key, can never be looked up. */
  private static void unreachable(
      String yaml, String origin, String part, JsonNode node, List<DefinitionError> errors) {
    JsonNode valueMap = node.path("valueMap");
    Map<String, String> first = new HashMap<>();
    valueMap
        .propertyNames()
        .forEach(
            key -> {
              String at = "/" + part + "/valueMap/" + key.replace("~", "~0").replace("/", "~1");
              String normal = VietnameseText.normalise(key);
              String earlier = first.putIfAbsent(normal, key);
              if (normal.isEmpty()) {
                errors.add(
                    error(
                        yaml,
                        origin,
                        at,
                        "a blank key is never looked up (a blank cell is parked); remove it."));
              } else if (earlier != null) {
                errors.add(
                    error(
                        yaml,
                        origin,
                        at,
                        "unreachable: reads the same as '%s' once case, spacing and Unicode form are ignored."
                            .formatted(earlier)));
              }
            });
  }

  static JsonNode tree(String yaml) {
    try {
      JsonNode root = YAML.readTree(yaml);
      return root == null ? YAML.createObjectNode() : root;
    } catch (JacksonException e) {
      throw new MappingDefinitionException("not valid YAML: " + e.getMessage(), e);
    }
  }

  private static String pointerOf(JsonNode root, String field) {
    List<String> found = new ArrayList<>();
    root.properties()
        .forEach(
            part -> {
              JsonNode from = part.getValue().path("from");
              boolean hit = from.isString() ? from.asString().equals(field) : false;
              for (int i = 0; from.isArray() && i < from.size(); i++) {
                hit |= from.get(i).asString().equals(field);
              }
              if (hit) {
                found.add("/" + part.getKey() + "/from");
              }
            });
    return found.isEmpty() ? "" : found.get(0);
  }

  static DefinitionError error(String yaml, String origin, String pointer, String message) {
    return new DefinitionError(
        origin, lineOf(yaml, pointer), pointer.isEmpty() ? "/" : pointer, message);
  }

  /** The line of the pointer's node, or of its nearest ancestor that has one. */
  static int lineOf(String yaml, String pointer) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = YAML.createParser(yaml)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        lines.putIfAbsent(
            p.streamReadContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
      }
    } catch (JacksonException e) {
      return 1;
    }
    for (String at = pointer; ; at = at.substring(0, Math.max(at.lastIndexOf('/'), 0))) {
      if (lines.containsKey(at) || at.isEmpty()) {
        return lines.getOrDefault(at, 1);
      }
    }
  }
}
