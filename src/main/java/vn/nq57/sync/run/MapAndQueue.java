package vn.nq57.sync.run;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.MappingOutcome;
import vn.nq57.sync.mapping.TaskMapping;
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
  private final Clock clock;

  MapAndQueue(SourceRecordRepository records, Outbox outbox, RunRepository runs, Clock clock) {
    this.records = records;
    this.outbox = outbox;
    this.runs = runs;
    this.clock = clock;
  }

  /** Maps the records of a source (only those pulled in pulledInRun, when given). */
  RunCounts run(
      long runId, String sourceId, Long pulledInRun, TaskMapping mapping, ReportingPeriod period) {
    LocalDate today = VietnamTime.today(clock);
    OffsetDateTime now = VietnamTime.now(clock);
    boolean daily = period.type() == PeriodType.DAY;
    int[] mapped = {0};
    int[] parked = {0};
    OutboxWriter writer = outbox.writer(runId, period.type().name(), period.id(), daily);
    records.forEach(
        sourceId,
        pulledInRun,
        record -> {
          MappingOutcome outcome = mapping.map(record.row(), record.recordKey(), today);
          if (outcome instanceof MappingOutcome.Mapped m) {
            mapped[0]++;
            if (daily || isDue(m.report(), period)) {
              writer.add(new OutboundItem(record.id(), m.report(), record.changedAt()));
            }
          } else {
            parked[0]++;
            park(runId, record, (MappingOutcome.Parked) outcome, now);
          }
        });
    OutboxWriter.Counts counts = writer.finish();
    return new RunCounts(0, mapped[0], counts.unchanged(), parked[0], counts.queued());
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
}
