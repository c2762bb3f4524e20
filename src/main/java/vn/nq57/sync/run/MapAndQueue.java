package vn.nq57.sync.run;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.MappingOutcome;
import vn.nq57.sync.mappingstore.MappingVersions.ActiveMapping;
import vn.nq57.sync.mappingstore.UnmappedValues;
import vn.nq57.sync.national.TaskReport;
import vn.nq57.sync.national.TaskStatus;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SourceRecordRepository.Mapped;
import vn.nq57.sync.source.SourceRecordRepository.Stale;
import vn.nq57.sync.source.SourceRecordRepository.StoredRecord;
import vn.nq57.sync.submission.OutboundItem;
import vn.nq57.sync.submission.Outbox;
import vn.nq57.sync.submission.OutboxWriter;
import vn.nq57.sync.support.VietnamTime;

/**
 * Maps stored source records and queues the reports a period calls for. A DAY report carries only
 * tasks whose content changed since last queued; the other periods are full updates: every task not
 * yet completed, plus those completed within the period. A DAY report maps only the records whose
 * content, mapping version or due-day validity changed since their item was queued; the others'
 * items are still current and are counted as mapped and unchanged without being read.
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
    boolean daily = period.type() == PeriodType.DAY;
    Tally tally = new Tally(runId, VietnamTime.now(clock));
    OutboxWriter writer = outbox.writer(runId, period.type().name(), period.id(), daily);
    if (daily) {
      // The national side holds a newer revision of these: their content goes out again.
      records.markStale(outbox.forgottenTasks());
    }
    Map<Long, List<Mapped>> queued = new HashMap<>();
    sources.forEach(
        (sourceId, active) -> {
          Stale stale = daily ? new Stale(active.fingerprint(), today) : null;
          if (daily) {
            tally.current += records.countCurrent(sourceId, pulledInRun, stale);
          }
          List<Mapped> marks = queued.computeIfAbsent(active.fingerprint(), v -> new ArrayList<>());
          records.forEach(
              sourceId,
              pulledInRun,
              stale,
              record -> {
                MappingOutcome outcome =
                    active.mapping().map(record.row(), record.recordKey(), today);
                if (outcome instanceof MappingOutcome.Mapped m) {
                  tally.mapped++;
                  if (daily || isDue(m.report(), period)) {
                    writer.add(
                        new OutboundItem(
                            record.id(), m.report(), record.changedAt(), active.versionId()));
                    marks.add(
                        new Mapped(record.id(), record.contentHash(), until(m.report(), today)));
                  }
                } else {
                  MappingOutcome.Parked p = (MappingOutcome.Parked) outcome;
                  tally.park(record, p);
                  unmapped.recordParked(active, record.row(), p);
                }
              });
        });
    tally.flushParked();
    OutboxWriter.Counts counts = writer.finish();
    // Only now is every item above in the outbox (queued, or equal to what was queued before).
    queued.forEach(records::markMapped);
    return new RunCounts(
        0,
        tally.mapped + tally.current,
        counts.unchanged() + tally.current,
        tally.parked.size() + tally.parkedBefore,
        counts.queued());
  }

  private static boolean isDue(TaskReport report, ReportingPeriod period) {
    return report.status() != TaskStatus.COMPLETED || period.contains(report.completedOn());
  }

  /** The day an open task's item turns OVERDUE and must be mapped again; null: never by date. */
  private static LocalDate until(TaskReport report, LocalDate today) {
    boolean open = report.status() != TaskStatus.COMPLETED && report.status() != TaskStatus.OVERDUE;
    LocalDate due = report.dueOn();
    return open && due != null && !due.isBefore(today) ? due.plusDays(1) : null;
  }

  /** Records mapped and parked so far in one run; parks are written in batches. */
  private final class Tally {
    private final long runId;
    private final OffsetDateTime now;
    private final List<ParkedRecord> parked = new ArrayList<>();
    int mapped;
    int current;
    int parkedBefore;

    Tally(long runId, OffsetDateTime now) {
      this.runId = runId;
      this.now = now;
    }

    void park(StoredRecord record, MappingOutcome.Parked p) {
      parked.add(
          new ParkedRecord(
              record.row().sourceId(),
              record.recordKey(),
              record.row().location(),
              p.code(),
              p.reason()));
      if (parked.size() == RecordIntake.BATCH) {
        flushParked();
      }
    }

    void flushParked() {
      runs.parkAll(runId, parked, now);
      parkedBefore += parked.size();
      parked.clear();
    }
  }
}
