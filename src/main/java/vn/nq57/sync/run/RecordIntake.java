package vn.nq57.sync.run;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import vn.nq57.sync.mapping.KeyResult;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.source.RecordSink;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SourceRow;

/**
 * Takes the records a source delivers in one pull: keys each by its mapping and stores it with a
 * content hash; parks a record without a key, a malformed one, and (in a file) a second row with
 * the key of an earlier one. Codes of these pull-time parks are in {@link #PULL_CODES}.
 */
final class RecordIntake implements RecordSink {

  static final java.util.List<String> PULL_CODES =
      java.util.List.of("KEY_MISSING", "DUPLICATE_KEY", "RECORD_MALFORMED");

  private final long runId;
  private final TaskMapping mapping;
  private final boolean oneRowPerKey;
  private final SourceRecordRepository records;
  private final RunRepository runs;
  private final OffsetDateTime now;
  private final Map<String, String> firstSeenAt = new HashMap<>();
  private int pulled;
  private int parked;

  RecordIntake(
      long runId,
      TaskMapping mapping,
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
      park(row.sourceId(), null, row.location(), "KEY_MISSING", missing.reason());
      return;
    }
    String localRef = ((KeyResult.Key) key).localRef();
    String earlier = oneRowPerKey ? firstSeenAt.putIfAbsent(localRef, row.location()) : null;
    if (earlier != null) {
      park(
          row.sourceId(),
          localRef,
          row.location(),
          "DUPLICATE_KEY",
          "The same task appears twice in one file (first at "
              + earlier
              + "); remove or merge the duplicate row");
      return;
    }
    records.upsert(row, localRef, RecordPulls.contentHash(row, mapping), runId, now);
  }

  @Override
  public void malformed(String sourceId, String location, String reason) {
    pulled++;
    park(sourceId, null, location, "RECORD_MALFORMED", reason);
  }

  PullCounts counts() {
    return new PullCounts(pulled, parked);
  }

  private void park(String sourceId, String key, String location, String code, String reason) {
    parked++;
    runs.park(runId, new ParkedRecord(sourceId, key, location, code, reason), now);
  }
}
