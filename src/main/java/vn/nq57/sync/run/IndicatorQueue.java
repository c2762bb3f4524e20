package vn.nq57.sync.run;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.IndicatorItem;
import vn.nq57.sync.mapping.IndicatorOutcome;
import vn.nq57.sync.mappingstore.IndicatorMappings.ActiveIndicatorMapping;
import vn.nq57.sync.national.IndicatorReport;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SourceRecordRepository.StoredRecord;
import vn.nq57.sync.submission.OutboundIndicator;
import vn.nq57.sync.submission.Outbox;
import vn.nq57.sync.submission.OutboxWriter;
import vn.nq57.sync.support.VietnamTime;

/**
 * Maps stored indicator rows with their source's indicator mapping and queues the values as the
 * period's indicator report; parks a value the mapping cannot read (with its reason and the cell
 * text) and a second value of an indicator already reported by another row in the same run.
 */
@Component
class IndicatorQueue {

  private final SourceRecordRepository records;
  private final Outbox outbox;
  private final RunRepository runs;
  private final Clock clock;

  IndicatorQueue(SourceRecordRepository records, Outbox outbox, RunRepository runs, Clock clock) {
    this.records = records;
    this.outbox = outbox;
    this.runs = runs;
    this.clock = clock;
  }

  /** Maps the stored rows of the sources (only those pulled in pulledInRun, when given). */
  RunCounts run(
      long runId,
      Map<String, ActiveIndicatorMapping> sources,
      Long pulledInRun,
      ReportingPeriod period) {
    OutboxWriter writer = outbox.indicatorWriter(runId, period.type().name(), period.id());
    Map<String, String> reportedAt = new HashMap<>();
    int[] mappedAndParked = new int[2];
    sources.forEach(
        (sourceId, active) ->
            records.forEach(
                sourceId,
                pulledInRun,
                record -> {
                  String parkedCode = queue(record, active, writer, reportedAt, runId);
                  mappedAndParked[parkedCode == null ? 0 : 1]++;
                }));
    OutboxWriter.Counts counts = writer.finish();
    return new RunCounts(
        0, mappedAndParked[0], counts.unchanged(), mappedAndParked[1], counts.queued());
  }

  /** Queues one row's value; returns null, or the code it was parked with. */
  private String queue(
      StoredRecord record,
      ActiveIndicatorMapping active,
      OutboxWriter writer,
      Map<String, String> reportedAt,
      long runId) {
    IndicatorOutcome outcome = active.mapping().map(record.row());
    if (outcome instanceof IndicatorOutcome.Parked p) {
      return park(runId, record, p.code(), p.reason());
    }
    IndicatorItem item = ((IndicatorOutcome.Mapped) outcome).item();
    String first = reportedAt.putIfAbsent(item.indicatorCode(), record.row().location());
    if (first != null) {
      return park(
          runId,
          record,
          "DUPLICATE_INDICATOR",
          "The indicator %s is reported by %s already; report each indicator in one source row only"
              .formatted(item.indicatorCode(), first));
    }
    IndicatorReport report =
        new IndicatorReport(item.indicatorCode(), item.value(), item.unit(), null, item.note());
    writer.add(new OutboundIndicator(record.id(), report, active.versionId()));
    return null;
  }

  private String park(long runId, StoredRecord record, String code, String reason) {
    OffsetDateTime now = VietnamTime.now(clock);
    runs.park(
        runId,
        new ParkedRecord(
            record.row().sourceId(), record.recordKey(), record.row().location(), code, reason),
        now);
    return code;
  }
}
