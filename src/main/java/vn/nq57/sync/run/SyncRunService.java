package vn.nq57.sync.run;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.mappingstore.MappingVersions.ActiveMapping;
import vn.nq57.sync.source.ConfiguredSource;
import vn.nq57.sync.source.DroppedFile;
import vn.nq57.sync.source.SourceInstances;
import vn.nq57.sync.source.SpreadsheetDrops;
import vn.nq57.sync.support.VietnamTime;

/**
 * Runs the pipeline up to the outbox. A dropped file is pulled, mapped and queued as a DAY report.
 * A scheduled or manual run first pulls every REST and SQL source from its watermark, then maps the
 * stored records of every source for its period. A source that cannot be read is recorded FAILED on
 * the run while the others go on; its stored records are kept and mapped as they were, so nothing
 * is reported as removed or emptied because a source was down.
 */
@Service
public class SyncRunService {

  private static final Logger log = LoggerFactory.getLogger(SyncRunService.class);

  private final RunRepository runs;
  private final ActiveMappings mappings;
  private final SourceInstances sources;
  private final SpreadsheetDrops drops;
  private final RecordPulls pulls;
  private final FileIntake fileIntake;
  private final MapAndQueue mapAndQueue;
  private final RunMetrics metrics;
  private final RunVersions versions;
  private final MissingTasks missing;
  private final Clock clock;

  SyncRunService(
      RunRepository runs,
      ActiveMappings mappings,
      SourceInstances sources,
      SpreadsheetDrops drops,
      RecordPulls pulls,
      FileIntake fileIntake,
      MapAndQueue mapAndQueue,
      RunMetrics metrics,
      RunVersions versions,
      MissingTasks missing,
      Clock clock) {
    this.runs = runs;
    this.mappings = mappings;
    this.sources = sources;
    this.drops = drops;
    this.pulls = pulls;
    this.fileIntake = fileIntake;
    this.mapAndQueue = mapAndQueue;
    this.metrics = metrics;
    this.versions = versions;
    this.missing = missing;
    this.clock = clock;
  }

  /** Reads a file dropped into the default inbox. */
  public Optional<Long> fileDrop(Path file) {
    return fileDrop(sources.all().get(0).id(), file);
  }

  /**
   * Reads a file dropped into a source's inbox once; empty when the content was read before. A file
   * the inbox refuses (a link, not a regular file, a name it does not read, empty, too large) fails
   * its run with the reason, like a file that cannot be read; either way nothing of it is stored.
   */
  public Optional<Long> fileDrop(String sourceId, Path file) {
    ConfiguredSource source = source(sourceId);
    ReportingPeriod period = ReportingPeriod.containing(PeriodType.DAY, VietnamTime.today(clock));
    DroppedFile dropped = inspect(source, file, period);
    String fingerprint = dropped.fingerprint();
    if (drops.alreadyRead(sourceId, fingerprint)) {
      drops.recordDuplicate(sourceId, file, fingerprint);
      log.info("{} has the content of a file already read; not read again", file.getFileName());
      return Optional.empty();
    }
    long runId = runs.start(TriggerKind.FILE_DROP, period, file.getFileName().toString(), now());
    MDC.put("runId", Long.toString(runId)); // in every log line of the run (JSON logs: README)
    try {
      ActiveMapping mapping = mappings.of(source);
      versions.record(runId, mapping.used());
      FileIntake.FileRead read =
          metrics.step("pull", () -> fileIntake.read(runId, source, dropped, mapping.mapping()));
      fingerprint = read.file().fingerprint();
      PullCounts pulled = read.counts().plusParked(missing.afterSnapshot(runId, source, file));
      runs.recordSource(runId, source, SourceOutcome.PULLED, pulled, null, now());
      RunCounts mapped =
          metrics.step("map", () -> mapAndQueue.run(runId, sourceId, runId, mapping, period));
      RunCounts counts = mapped.withPull(pulled);
      runs.finish(runId, counts, now());
      drops.recordRead(sourceId, file, fingerprint, runId, pulled.pulled());
      metrics.finished(TriggerKind.FILE_DROP, counts, false);
      log.info("Run {} read {}: {}", runId, file.getFileName(), counts);
      return Optional.of(runId);
    } catch (RuntimeException e) {
      runs.fail(runId, RunCounts.NONE, e.getMessage(), now());
      metrics.failed(TriggerKind.FILE_DROP);
      drops.recordFailed(sourceId, file, fingerprint, runId, e.getMessage());
      log.error("Run {} could not read {}: {}", runId, file.getFileName(), e.getMessage());
      throw e;
    } finally {
      MDC.remove("runId");
    }
  }

  /** Looks at a dropped file; a refused one gets a FAILED run and record with its reason. */
  private DroppedFile inspect(ConfiguredSource source, Path file, ReportingPeriod period) {
    try {
      return drops.inspect(source, file);
    } catch (RuntimeException e) {
      long runId = runs.start(TriggerKind.FILE_DROP, period, file.getFileName().toString(), now());
      runs.fail(runId, RunCounts.NONE, e.getMessage(), now());
      metrics.failed(TriggerKind.FILE_DROP);
      drops.recordFailed(source.id(), file, null, runId, e.getMessage());
      log.warn(
          "Run {} refused {}, moved to .error/: {}", runId, file.getFileName(), e.getMessage());
      throw e;
    }
  }

  /** Pulls the REST and SQL sources, maps every source's records and queues the period's report. */
  public long periodic(PeriodType type, TriggerKind trigger) {
    return periodic(ReportingPeriod.containing(type, VietnamTime.today(clock)), trigger);
  }

  /** The same for a given period: a catch-up reports the period whose schedule was missed. */
  public long periodic(ReportingPeriod period, TriggerKind trigger) {
    PeriodType type = period.type();
    long runId = runs.start(trigger, period, "all sources", now());
    MDC.put("runId", Long.toString(runId));
    try {
      PullCounts pulled = PullCounts.NONE;
      List<String> failures = new ArrayList<>();
      Map<String, ActiveMapping> toMap = new LinkedHashMap<>();
      for (ConfiguredSource source : sources.all()) {
        ActiveMapping mapping = mappings.of(source);
        versions.record(runId, mapping.used());
        pulled =
            pulled.plus(
                metrics.step("pull", () -> pullOne(runId, source, mapping.mapping(), failures)));
        pulled = pulled.plusParked(missing.stillMissing(runId, source));
        toMap.put(source.id(), mapping);
      }
      RunCounts counts =
          metrics.step("map", () -> mapAndQueue.run(runId, toMap, null, period)).withPull(pulled);
      runs.finish(runId, counts, failures.isEmpty() ? null : String.join("; ", failures), now());
      metrics.finished(trigger, counts, !failures.isEmpty());
      log.info("Run {} ({} {}, {}): {}", runId, type, period.id(), trigger, counts);
      return runId;
    } catch (RuntimeException e) {
      runs.fail(runId, RunCounts.NONE, e.getMessage(), now());
      metrics.failed(trigger);
      log.error("Run {} failed: {}", runId, e.getMessage(), e);
      throw e;
    } finally {
      MDC.remove("runId");
    }
  }

  /** Pulls one source if runs pull it; a source that cannot be read is added to the failures. */
  private PullCounts pullOne(
      long runId, ConfiguredSource source, TaskMapping mapping, List<String> failures) {
    if (!source.pulledByRuns()) {
      runs.recordSource(runId, source, SourceOutcome.STORED, PullCounts.NONE, null, now());
      return PullCounts.NONE;
    }
    try {
      PullCounts pulled = pulls.incremental(runId, source, mapping);
      runs.recordSource(runId, source, SourceOutcome.PULLED, pulled, null, now());
      return pulled;
    } catch (RuntimeException e) {
      failures.add("source " + source.id() + " could not be read: " + e.getMessage());
      runs.recordSource(runId, source, SourceOutcome.FAILED, PullCounts.NONE, e, now());
      log.error(
          "Run {}: source {} could not be read; its stored records are kept: {}",
          runId,
          source.id(),
          e.getMessage());
      return PullCounts.NONE;
    }
  }

  private ConfiguredSource source(String sourceId) {
    return sources
        .find(sourceId)
        .orElseThrow(() -> new IllegalStateException("no source configured with id " + sourceId));
  }

  private OffsetDateTime now() {
    return VietnamTime.now(clock);
  }
}
