package vn.nq57.sync.run;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.nq57.sync.mapping.IndicatorMapping;
import vn.nq57.sync.mapping.KeyResult;
import vn.nq57.sync.source.Headers;
import vn.nq57.sync.source.RecordSink;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SourceRecordRepository.NewRecord;
import vn.nq57.sync.source.SourceRow;
import vn.nq57.sync.support.Sha256;

/**
 * Takes the rows of an indicator source in one pull: keys each by the national code of the
 * indicator it reports and stores it with a hash of the fields its mapping reads; parks a row that
 * names no known indicator, a malformed one and (in a file) a second row of the same indicator.
 * Indicator sheets are short, so everything is written at {@link #flush()}.
 */
final class IndicatorIntake implements RecordSink {

  private final long runId;
  private final IndicatorMapping mapping;
  private final boolean oneRowPerKey;
  private final SourceRecordRepository records;
  private final RunRepository runs;
  private final OffsetDateTime now;
  private final Map<String, String> firstSeenAt = new HashMap<>();
  private final Map<String, NewRecord> toStore = new LinkedHashMap<>();
  private final List<ParkedRecord> toPark = new ArrayList<>();
  private int pulled;
  private int parked;

  IndicatorIntake(
      long runId,
      IndicatorMapping mapping,
      boolean oneRowPerKey,
      SourceRecordRepository records,
      RunRepository runs,
      OffsetDateTime now) {
    this.runId = runId;
    this.mapping = mapping;
    this.oneRowPerKey = oneRowPerKey;
    this.records = records;
    this.runs = runs;
    this.now = now;
  }

  @Override
  public void accept(SourceRow row) {
    pulled++;
    KeyResult key = mapping.keyOf(row);
    if (key instanceof KeyResult.Missing missing) {
      park(row, null, "KEY_MISSING", missing.reason());
      return;
    }
    String code = ((KeyResult.Key) key).localRef();
    String earlier = oneRowPerKey ? firstSeenAt.putIfAbsent(code, row.location()) : null;
    if (earlier != null) {
      park(
          row,
          code,
          "DUPLICATE_KEY",
          "The indicator "
              + code
              + " appears twice in one file (first at "
              + earlier
              + "); keep one row per indicator");
      return;
    }
    // A source that sends an indicator twice in one pull: the later row wins.
    toStore.put(code, new NewRecord(row, code, contentHash(row)));
  }

  @Override
  public void malformed(String sourceId, String location, String reason) {
    pulled++;
    parked++;
    toPark.add(new ParkedRecord(sourceId, null, location, "RECORD_MALFORMED", reason));
  }

  @Override
  public void flush() {
    records.upsertAll(List.copyOf(toStore.values()), runId, now);
    runs.parkAll(runId, toPark, now);
    toStore.clear();
    toPark.clear();
  }

  /** What was handed over; call after {@link #flush()}. */
  PullCounts counts() {
    return new PullCounts(pulled, parked);
  }

  private void park(SourceRow row, String key, String code, String reason) {
    parked++;
    toPark.add(new ParkedRecord(row.sourceId(), key, row.location(), code, reason));
  }

  /** Only the fields the mapping reads, so a re-ordered sheet is not a change. */
  private String contentHash(SourceRow row) {
    Map<String, String> byHeader = new HashMap<>();
    row.fields().forEach((name, value) -> byHeader.put(Headers.normalise(name), value));
    StringBuilder content = new StringBuilder();
    for (String field : mapping.sourceFields()) {
      content.append(field).append('\u001f');
      content.append(byHeader.getOrDefault(Headers.normalise(field), "")).append('\u001e');
    }
    return Sha256.hex(content.toString());
  }
}
