package vn.nq57.sync.run;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import vn.nq57.sync.mapping.KeyResult;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.source.RecordSink;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SourceRecordRepository.NewRecord;
import vn.nq57.sync.source.SourceRow;

/**
 * Takes the records a source delivers in one pull: keys each by its mapping and stores it with a
 * content hash; parks a record without a key, a malformed one, and (in a file) a second row with
 * the key of an earlier one. Codes of these pull-time parks are in {@link #PULL_CODES}. Records and
 * parks are written in JDBC batches of {@link #BATCH}; {@link #flush()} writes the rest, and after
 * every batch the rows read so far are reported to the progress callback.
 */
final class RecordIntake implements RecordSink {

  static final List<String> PULL_CODES =
      List.of("KEY_MISSING", "DUPLICATE_KEY", "RECORD_MALFORMED");
  static final int BATCH = 1_000;

  /**
   * After storing at least this many records a pull refreshes the planner's statistics of the
   * record table, so the run's reads of them are planned for their real number at once instead of
   * when autovacuum next looks (a page read planned for a few hundred rows reads them all).
   */
  static final int ANALYZE_AFTER = 10_000;

  private final long runId;
  private final TaskMapping mapping;
  private final boolean oneRowPerKey;
  private final SourceRecordRepository records;
  private final RunRepository runs;
  private final OffsetDateTime now;
  private final IntConsumer progress;
  private final Map<String, String> firstSeenAt = new HashMap<>();
  private final List<NewRecord> toStore = new ArrayList<>();
  private final Set<String> keysToStore = new HashSet<>();
  private final List<ParkedRecord> toPark = new ArrayList<>();
  private int pulled;
  private int parked;
  private int stored;

  RecordIntake(
      long runId,
      TaskMapping mapping,
      boolean oneRowPerKey,
      SourceRecordRepository records,
      RunRepository runs,
      OffsetDateTime now,
      IntConsumer progress) {
    this.runId = runId;
    this.mapping = mapping;
    this.oneRowPerKey = oneRowPerKey;
    this.records = records;
    this.runs = runs;
    this.now = now;
    this.progress = progress;
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
    if (!keysToStore.add(localRef)) {
      // A source that sends a key twice in one pull: the later row wins, as when stored one by one.
      flush();
      keysToStore.add(localRef);
    }
    toStore.add(new NewRecord(row, localRef, RecordPulls.contentHash(row, mapping)));
    flushWhenFull();
  }

  @Override
  public void malformed(String sourceId, String location, String reason) {
    pulled++;
    park(sourceId, null, location, "RECORD_MALFORMED", reason);
  }

  @Override
  public void flush() {
    records.upsertAll(toStore, runId, now);
    stored += toStore.size();
    runs.parkAll(runId, toPark, now);
    toStore.clear();
    keysToStore.clear();
    toPark.clear();
    progress.accept(pulled);
  }

  /** Writes the rest and, after a large pull, refreshes the statistics (see ANALYZE_AFTER). */
  void finish() {
    flush();
    if (stored >= ANALYZE_AFTER) {
      records.refreshStatistics();
    }
  }

  /** What was handed over; call after {@link #finish()}. */
  PullCounts counts() {
    return new PullCounts(pulled, parked);
  }

  private void park(String sourceId, String key, String location, String code, String reason) {
    parked++;
    toPark.add(new ParkedRecord(sourceId, key, location, code, reason));
    flushWhenFull();
  }

  private void flushWhenFull() {
    if (toStore.size() + toPark.size() >= BATCH) {
      flush();
    }
  }
}
