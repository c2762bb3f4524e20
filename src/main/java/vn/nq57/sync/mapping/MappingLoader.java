package vn.nq57.sync.mapping;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.sync.national.TaskStatus;
import vn.nq57.sync.source.Headers;

/**
 * Turns mapping YAML into a ready {@link TaskMapping}: schema first, then the checks a schema
 * cannot express, then the referenced files; nothing half-checked is ever used.
 */
final class MappingLoader {

  static final ObjectMapper BINDER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // An absent optional flag of a definition reads as false, as the schema documents.
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private MappingLoader() {}

  static TaskMapping parse(String yaml, String origin, Function<String, String> siblingLoader) {
    YamlDocument doc = YamlDocument.parse(yaml, origin);
    DefinitionSchema.MAPPING.check(doc);
    MappingSpec spec = bind(doc, MappingSpec.class);
    SelectorCheck.check(doc, spec);
    Map<String, TaskStatus> statuses = statuses(doc, spec.status().valueMap());
    SiblingFiles files = new SiblingFiles(doc, siblingLoader);
    Crosswalk crosswalk =
        spec.taskCode().crosswalk() == null
            ? null
            : files.parse(
                "/taskCode/crosswalk", "crosswalk", spec.taskCode().crosswalk(), Crosswalk::parse);
    Aliases aliases = Aliases.parse(doc, spec.aliases());
    String mappingName = origin.substring(origin.lastIndexOf('/') + 1);
    StatusRule status =
        new StatusRule(
            Selector.of(spec.status().select()),
            mappingName,
            statuses,
            spec.status().overdueWhenPastDue());
    KeyRule key = new KeyRule(spec.key().prefix(), spec.key().from());
    TaskCodeRule taskCode = new TaskCodeRule(spec.taskCode().from(), crosswalk);
    return new TaskMapping(
        spec.id(), key, rows(spec, taskCode, status, files), sourceFields(spec), aliases);
  }

  private static RowMapper rows(
      MappingSpec spec, TaskCodeRule taskCode, StatusRule status, SiblingFiles files) {
    List<TextRule> texts =
        List.of(
            new TextRule(Selector.of(spec.resultSummary()), "resultSummary", 8000),
            new TextRule(Selector.of(spec.difficulties()), "difficulties", 4000),
            new TextRule(Selector.of(spec.proposals()), "proposals", 4000));
    CompletionRule completion = new CompletionRule(Selector.of(spec.completedOn()));
    RowMapper.Parts parts =
        new RowMapper.Parts(
            new ProgressRule(Selector.of(spec.progressPercent())),
            leadUnit(spec.leadUnit(), files),
            texts,
            new EvidenceRule(Selector.of(spec.evidence())));
    return new RowMapper(taskCode, status, Selector.of(spec.deadline()), completion, parts);
  }

  private static LeadUnitRule leadUnit(MappingSpec.LeadUnit spec, SiblingFiles files) {
    if (spec == null) {
      return new LeadUnitRule(null, null);
    }
    AgencyMap agencies =
        files.parse("/leadUnit/agencyMap", "agency map", spec.agencyMap(), AgencyMap::parse);
    return new LeadUnitRule(Selector.of(spec.select()), agencies);
  }

  static <T> T bind(YamlDocument doc, Class<T> type) {
    try {
      return BINDER.treeToValue(doc.root(), type);
    } catch (JacksonException e) {
      // The schema should have caught this; if not, schema and records disagree.
      throw doc.error(
          "", "the definition passed the schema but cannot be read: " + e.getOriginalMessage());
    }
  }

  /** The value map keyed by normalised wording; two spellings of one wording are refused. */
  private static Map<String, TaskStatus> statuses(YamlDocument doc, Map<String, String> valueMap) {
    valueMap.forEach(
        (wording, target) ->
            status(doc, "/status/valueMap" + YamlDocument.segment(wording), target));
    Map<String, TaskStatus> byValue = new HashMap<>();
    ValueMaps.normalised(doc, "/status/valueMap", valueMap)
        .forEach((key, target) -> byValue.put(key, TaskStatus.valueOf(target)));
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

  private static List<String> sourceFields(MappingSpec spec) {
    Stream<String> required =
        Stream.of(
                spec.key().from().stream(),
                Stream.ofNullable(spec.taskCode().from()),
                fields(spec.status().select()))
            .flatMap(s -> s);
    Stream<MappingSpec.Field> optional =
        Stream.of(
            spec.deadline(),
            spec.completedOn(),
            spec.resultSummary(),
            spec.difficulties(),
            spec.proposals(),
            spec.progressPercent(),
            spec.leadUnit() == null ? null : spec.leadUnit().select(),
            spec.evidence());
    Map<String, String> fields = new LinkedHashMap<>();
    Stream.concat(required, optional.filter(Objects::nonNull).flatMap(MappingLoader::fields))
        .forEach(f -> fields.putIfAbsent(Headers.normalise(f), f));
    return List.copyOf(fields.values());
  }

  private static Stream<String> fields(MappingSpec.Field field) {
    return Selector.of(field).fields().stream();
  }
}
