package vn.nq57.sync.run;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.MappingOutcome;
import vn.nq57.sync.mappingstore.MappingVersions.ActiveMapping;
import vn.nq57.sync.mappingstore.UnmappedValues;
import vn.nq57.sync.national.TaskReport;
import vn.nq57.sync.national.TaskStatus;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SourceRecordRepository.StoredRecord;
import vn.nq57.sync.submission.OutboundItem;
import vn.nq57.sync.submission.Outbox;
import vn.nq57.sync.submission.OutboxWriter;
import vn.nq57.sync.support.VietnamTime;

/**
 * Maps stored source records and queues the reports a period calls for. A DAY report carries only
 * tasks whose content changed since last queued; the other periods are full updates: every task not
 * yet completed, plus those completed within the period.
 */
@Component
class MapAndQueue {

  private final SourceRecordRepository records;
  private final Outbox outbox;
  private final RunRepository runs;
  private final UnmappedValues unmapped;
  private final Clock clock;

  MapAndQueue(
      SourceRecordRepository records,
      Outbox outbox,
      RunRepository runs,
      UnmappedValues unmapped,
      Clock clock) {
    this.records = records;
    this.unmapped = unmapped;
    this.outbox = outbox;
    this.runs = runs;
    this.clock = clock;
  }

  /** Maps the records of a source (only those pulled in pulledInRun, when given). */
  RunCounts run(
      long runId,
      String sourceId,
      Long pulledInRun,
      ActiveMapping mapping,
      ReportingPeriod period) {
    return run(runId, Map.of(sourceId, mapping), pulledInRun, period);
  }

  /** Maps the stored records of several sources, each with its mapping, into one report. */
  RunCounts run(
      long runId, Map<String, ActiveMapping> sources, Long pulledInRun, ReportingPeriod period) {
    LocalDate today = VietnamTime.today(clock);
    OffsetDateTime now = VietnamTime.now(clock);
    boolean daily = period.type() == PeriodType.DAY;
    Tally tally = new Tally();
    OutboxWriter writer = outbox.writer(runId, period.type().name(), period.id(), daily);
    sources.forEach(
        (sourceId, active) ->
            records.forEach(
                sourceId,
                pulledInRun,
                record -> {
                  MappingOutcome outcome =
                      active.mapping().map(record.row(), record.recordKey(), today);
                  if (outcome instanceof MappingOutcome.Mapped m) {
                    tally.mapped++;
                    if (daily || isDue(m.report(), period)) {
                      writer.add(
                          new OutboundItem(
                              record.id(), m.report(), record.changedAt(), active.versionId()));
                    }
                  } else {
                    tally.parked++;
                    MappingOutcome.Parked p = (MappingOutcome.Parked) outcome;
                    park(runId, record, p, now);
                    unmapped.recordParked(active, record.row(), p);
                  }
                }));
    OutboxWriter.Counts counts = writer.finish();
    return new RunCounts(0, tally.mapped, counts.unchanged(), tally.parked, counts.queued());
  }

  private static boolean isDue(TaskReport report, ReportingPeriod period) {
    return report.status() != TaskStatus.COMPLETED || period.contains(report.completedOn());
  }

  private void park(
      long runId, StoredRecord record, MappingOutcome.Parked parked, OffsetDateTime now) {
    runs.park(
        runId,
        new ParkedRecord(
            record.row().sourceId(),
            record.recordKey(),
            record.row().location(),
            parked.code(),
            parked.reason()),
        now);
  }

  /** Records mapped and parked so far in one run. */
  private static final class Tally {
    int mapped;
    int parked;
  }
}
