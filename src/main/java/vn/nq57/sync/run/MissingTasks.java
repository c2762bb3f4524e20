package vn.nq57.sync.run;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nq57.sync.source.ConfiguredSource;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SourceRecordRepository.MissingRecord;
import vn.nq57.sync.support.VietnamTime;

/**
 * Tasks that left a source that sends full snapshots ({@code spreadsheet.snapshot: full}): a task
 * the latest file lacks is parked {@code MISSING_FROM_SOURCE} with where it was last read, and is
 * no longer reported (not even as open in a weekly update). Every run that reads or maps the source
 * parks it again, so it stays in {@code /api/parked} until a file lists it again. Incremental
 * sources (REST, SQL) never lose tasks this way: a record they do not send is only unchanged.
 */
@Component
class MissingTasks {

  static final String CODE = "MISSING_FROM_SOURCE";
  private static final Logger log = LoggerFactory.getLogger(MissingTasks.class);

  private final SourceRecordRepository records;
  private final RunRepository runs;
  private final TransactionTemplate tx;
  private final Clock clock;

  MissingTasks(
      SourceRecordRepository records,
      RunRepository runs,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.records = records;
    this.runs = runs;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /**
   * After a run stored a dropped file: tasks it lists are no longer missing; for a full-snapshot
   * source, those it lacks are marked missing. Parks every missing task; answers how many.
   */
  int afterSnapshot(long runId, ConfiguredSource source, Path file) {
    return tx.execute(
        status -> {
          records.clearMissing(source.id(), runId);
          if (!source.fullSnapshot()) {
            return 0;
          }
          OffsetDateTime now = VietnamTime.now(clock);
          List<MissingRecord> newly = records.markMissing(source.id(), runId, now);
          if (!newly.isEmpty()) {
            log.warn(
                "Run {}: {} task(s) of source {} are not in {}, a full snapshot; parked {}",
                runId,
                newly.size(),
                source.id(),
                file.getFileName(),
                CODE);
          }
          return park(runId, source, now);
        });
  }

  /** Parks again, in a run that maps the source without reading it, every task still missing. */
  int stillMissing(long runId, ConfiguredSource source) {
    return source.fullSnapshot() ? park(runId, source, VietnamTime.now(clock)) : 0;
  }

  private int park(long runId, ConfiguredSource source, OffsetDateTime now) {
    List<ParkedRecord> parked =
        records.missing(source.id()).stream()
            .map(m -> new ParkedRecord(source.id(), m.recordKey(), m.location(), CODE, reason(m)))
            .toList();
    runs.parkAll(runId, parked, now);
    return parked.size();
  }

  private static String reason(MissingRecord missing) {
    return ("The task is not in the latest file of its source, which lists every task"
            + " (snapshot: full); last listed at %s, missing since %s. It is no longer reported."
            + " If it was dropped on purpose nothing is to be done; otherwise restore its row in"
            + " the next file (a changed task name is a new task: update the crosswalk)")
        .formatted(missing.location(), missing.missingSince().toLocalDate());
  }
}
