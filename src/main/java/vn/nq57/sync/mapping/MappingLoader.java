package vn.nq57.sync.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.nq57.sync.national.TaskStatus;

/**
 * Turns mapping YAML into a ready {@link TaskMapping}: schema first, then the checks a schema
 * cannot express, then the crosswalk; nothing half-checked is ever used.
 */
final class MappingLoader {

  private static final ObjectMapper BINDER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private MappingLoader() {}

  static TaskMapping parse(String yaml, String origin, Function<String, String> crosswalkLoader) {
    YamlDocument doc = YamlDocument.parse(yaml, origin);
    DefinitionSchema.validate(doc);
    MappingSpec spec = bind(doc);
    Map<String, TaskStatus> statuses = statuses(doc, spec.status().valueMap());
    Crosswalk crosswalk = crosswalk(doc, spec.taskCode().crosswalk(), crosswalkLoader);
    String mappingName = origin.substring(origin.lastIndexOf('/') + 1);
    StatusRule status =
        new StatusRule(
            spec.status().from(), mappingName, statuses, spec.status().overdueWhenPastDue());
    KeyRule key = new KeyRule(spec.key().prefix(), spec.key().from());
    return new TaskMapping(spec.id(), key, rows(spec, crosswalk, status), sourceFields(spec));
  }

  private static RowMapper rows(MappingSpec spec, Crosswalk crosswalk, StatusRule status) {
    List<TextRule> texts =
        List.of(
            new TextRule(MappingSpec.from(spec.resultSummary()), "resultSummary", 8000),
            new TextRule(MappingSpec.from(spec.difficulties()), "difficulties", 4000),
            new TextRule(MappingSpec.from(spec.proposals()), "proposals", 4000));
    CompletionRule completion = new CompletionRule(MappingSpec.from(spec.completedOn()));
    return new RowMapper(crosswalk, status, MappingSpec.from(spec.deadline()), completion, texts);
  }

  private static MappingSpec bind(YamlDocument doc) {
    try {
      return BINDER.treeToValue(doc.root(), MappingSpec.class);
    } catch (JsonProcessingException e) {
      // The schema should have caught this; if not, schema and records disagree.
      throw doc.error(
          "", "the definition passed the schema but cannot be read: " + e.getOriginalMessage());
    }
  }

  /** The value map keyed by normalised wording; two spellings of one wording are refused. */
  private static Map<String, TaskStatus> statuses(YamlDocument doc, Map<String, String> valueMap) {
    Map<String, TaskStatus> byValue = new HashMap<>();
    Map<String, String> firstSpelling = new HashMap<>();
    valueMap.forEach(
        (wording, target) -> {
          String at = "/status/valueMap" + YamlDocument.segment(wording);
          String key = VietnameseText.normalise(wording);
          String earlier = firstSpelling.putIfAbsent(key, wording);
          if (earlier != null) {
            throw doc.error(
                at,
                "'%s' and '%s' are the same wording once case, spacing and Unicode form are ignored; keep one."
                    .formatted(earlier, wording));
          }
          byValue.put(key, status(doc, at, target));
        });
    return byValue;
  }

  private static TaskStatus status(YamlDocument doc, String at, String target) {
    try {
      return TaskStatus.valueOf(target);
    } catch (IllegalArgumentException e) {
      throw doc.error(
          at,
          "'%s' is not a national status; use one of %s."
              .formatted(target, List.of(TaskStatus.values())));
    }
  }

  private static Crosswalk crosswalk(
      YamlDocument doc, String name, Function<String, String> loader) {
    String text = read(doc, name, loader);
    // The crosswalk sits next to the mapping, so its messages name it by the mapping's folder.
    String origin = doc.origin().substring(0, doc.origin().lastIndexOf('/') + 1) + name;
    try {
      return Crosswalk.parse(name, origin, text);
    } catch (MappingDefinitionException e) {
      throw new MappingDefinitionException(
          e.getMessage() + " (crosswalk of " + doc.origin() + ")", e);
    }
  }

  private static String read(YamlDocument doc, String name, Function<String, String> loader) {
    String text;
    try {
      text = loader.apply(name);
    } catch (RuntimeException e) {
      throw new MappingDefinitionException(
          "%s %s: crosswalk '%s' cannot be read: %s"
              .formatted(doc.origin(), doc.where("/taskCode/crosswalk"), name, e.getMessage()),
          e);
    }
    if (text == null) {
      throw doc.error(
          "/taskCode/crosswalk",
          "crosswalk file '%s' does not exist next to the mapping.".formatted(name));
    }
    return text;
  }

  private static List<String> sourceFields(MappingSpec spec) {
    Stream<String> required =
        Stream.concat(spec.key().from().stream(), Stream.of(spec.status().from()));
    Stream<String> optional =
        Stream.of(
                spec.deadline(),
                spec.completedOn(),
                spec.resultSummary(),
                spec.difficulties(),
                spec.proposals())
            .map(MappingSpec::from)
            .filter(Objects::nonNull);
    Map<String, String> fields = new LinkedHashMap<>();
    Stream.concat(required, optional)
        .forEach(f -> fields.putIfAbsent(VietnameseText.normaliseHeader(f), f));
    return List.copyOf(fields.values());
  }
}
