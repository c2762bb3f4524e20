package vn.nq57.sync.run;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.source.SpreadsheetDrops;
import vn.nq57.sync.support.VietnamTime;

/**
 * Runs the pipeline up to the outbox: a dropped file is pulled, mapped and queued as a DAY report;
 * a scheduled or manual run maps every stored record for its period. Delivery follows from the
 * outbox, so a run returns as soon as its submissions are safely written.
 */
@Service
public class SyncRunService {

  private static final Logger log = LoggerFactory.getLogger(SyncRunService.class);

  private final RunRepository runs;
  private final ActiveMappings mappings;
  private final SpreadsheetDrops drops;
  private final FilePull filePull;
  private final MapAndQueue mapAndQueue;
  private final Clock clock;

  SyncRunService(
      RunRepository runs,
      ActiveMappings mappings,
      SpreadsheetDrops drops,
      FilePull filePull,
      MapAndQueue mapAndQueue,
      Clock clock) {
    this.runs = runs;
    this.mappings = mappings;
    this.drops = drops;
    this.filePull = filePull;
    this.mapAndQueue = mapAndQueue;
    this.clock = clock;
  }

  /** Reads a dropped file once; empty when the same content was read before. */
  public Optional<Long> fileDrop(Path file) {
    String fingerprint = drops.fingerprint(file);
    if (drops.alreadyRead(fingerprint)) {
      drops.recordDuplicate(file, fingerprint);
      log.info("{} has the content of a file already read; not read again", file.getFileName());
      return Optional.empty();
    }
    ReportingPeriod period = ReportingPeriod.containing(PeriodType.DAY, VietnamTime.today(clock));
    long runId = runs.start(TriggerKind.FILE_DROP, period, file.getFileName().toString(), now());
    try {
      TaskMapping mapping = mappings.get(drops.mappingId());
      int[] pulled = filePull.pull(runId, file, mapping);
      RunCounts mapped = mapAndQueue.run(runId, drops.sourceId(), runId, mapping, period);
      RunCounts counts = withPull(mapped, pulled);
      runs.finish(runId, counts, now());
      drops.recordRead(file, fingerprint, runId, pulled[0]);
      log.info("Run {} read {}: {}", runId, file.getFileName(), counts);
      return Optional.of(runId);
    } catch (RuntimeException e) {
      runs.fail(runId, RunCounts.NONE, e.getMessage(), now());
      drops.recordFailed(file, fingerprint, runId, e.getMessage());
      log.error("Run {} could not read {}: {}", runId, file.getFileName(), e.getMessage());
      throw e;
    }
  }

  /** Maps every stored record and queues the report of the current period of this type. */
  public long periodic(PeriodType type, TriggerKind trigger) {
    ReportingPeriod period = ReportingPeriod.containing(type, VietnamTime.today(clock));
    long runId = runs.start(trigger, period, drops.sourceId(), now());
    try {
      TaskMapping mapping = mappings.get(drops.mappingId());
      RunCounts counts = mapAndQueue.run(runId, drops.sourceId(), null, mapping, period);
      runs.finish(runId, counts, now());
      log.info("Run {} ({} {}, {}): {}", runId, type, period.id(), trigger, counts);
      return runId;
    } catch (RuntimeException e) {
      runs.fail(runId, RunCounts.NONE, e.getMessage(), now());
      log.error("Run {} failed: {}", runId, e.getMessage(), e);
      throw e;
    }
  }

  private static RunCounts withPull(RunCounts mapped, int[] pulled) {
    return new RunCounts(
        pulled[0],
        mapped.mapped(),
        mapped.unchanged(),
        mapped.parked() + pulled[1],
        mapped.queued());
  }

  private java.time.OffsetDateTime now() {
    return VietnamTime.now(clock);
  }
}
