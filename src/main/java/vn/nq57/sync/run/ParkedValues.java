package vn.nq57.sync.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.nq57.sync.source.SourceRecordRepository;

/**
 * Adds to parked records the source values their reasons are about. Every parking reason names the
 * fields it is about in quotes ({@code Field 'Ngày hoàn thành' has the value …}); the values come
 * from the stored source record, read when asked, so parking itself stays as fast as it is. A row
 * parked before it was stored (a blank key) shows the named fields as blank.
 */
@Component
class ParkedValues {

  private static final Pattern NAMED_FIELD = Pattern.compile("[Ff]ield '([^']+)'");

  private final SourceRecordRepository records;

  ParkedValues(SourceRecordRepository records) {
    this.records = records;
  }

  List<ParkedView> of(Collection<RunRepository.CurrentParked> parked) {
    Map<String, Map<String, Map<String, String>>> stored = new LinkedHashMap<>();
    parked.stream()
        .filter(p -> p.recordKey() != null)
        .collect(
            Collectors.groupingBy(
                RunRepository.CurrentParked::sourceId,
                Collectors.mapping(RunRepository.CurrentParked::recordKey, Collectors.toSet())))
        .forEach((source, keys) -> stored.put(source, records.fields(source, keys)));
    List<ParkedView> views = new ArrayList<>();
    for (RunRepository.CurrentParked p : parked) {
      Map<String, String> fields =
          p.recordKey() == null
              ? null
              : stored.getOrDefault(p.sourceId(), Map.of()).get(p.recordKey());
      views.add(
          new ParkedView(
              p.runId(),
              p.parkedAt(),
              p.sourceId(),
              p.recordKey(),
              p.location(),
              p.code(),
              p.reason(),
              values(p.reason(), fields)));
    }
    return views;
  }

  /** The fields the reason names, with their stored values; blank when nothing was stored. */
  static Map<String, String> values(String reason, Map<String, String> fields) {
    Map<String, String> named = new LinkedHashMap<>();
    Matcher m = NAMED_FIELD.matcher(Objects.toString(reason, ""));
    while (m.find()) {
      String field = m.group(1);
      named.put(field, fields == null ? "" : fields.getOrDefault(field, ""));
    }
    if (fields != null) {
      // A reason may also quote a field without the word "field" before it.
      fields.forEach(
          (field, value) -> {
            if (reason != null && reason.contains("'" + field + "'")) {
              named.putIfAbsent(field, value);
            }
          });
    }
    return named;
  }
}
