package vn.nq57.sync.mappingstore;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.nq57.sync.source.ConfiguredSource;
import vn.nq57.sync.source.Headers;
import vn.nq57.sync.source.SourceInstances;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SourceRecordRepository.StoredRecord;

/**
 * Which configured sources use a mapping, and their stored records. The one place that knows how
 * sources name their mapping, so that a change to how sources are configured changes this class
 * alone.
 */
@Component
class MappingSources {

  private final SourceInstances sources;
  private final SourceRecordRepository records;

  MappingSources(SourceInstances sources, SourceRecordRepository records) {
    this.sources = sources;
    this.records = records;
  }

  /** Every mapping id some source uses. */
  List<String> mappingIds() {
    return sources.all().stream().map(ConfiguredSource::mapping).distinct().toList();
  }

  /** The ids of the sources that map their records with the mapping. */
  List<String> sourceIds(String mappingId) {
    return sources.all().stream()
        .filter(s -> s.mapping().equals(mappingId))
        .map(ConfiguredSource::id)
        .toList();
  }

  /** Streams the latest stored record of every task of every source using the mapping. */
  void forEachRecord(String mappingId, Consumer<StoredRecord> sink) {
    sourceIds(mappingId).forEach(source -> records.forEach(source, null, sink));
  }

  /** The normalised field names the stored records of the mapping's sources have. */
  Set<String> knownFields(String mappingId) {
    Set<String> fields = new HashSet<>();
    forEachRecord(
        mappingId, r -> r.row().fields().keySet().forEach(f -> fields.add(Headers.normalise(f))));
    return fields;
  }
}
