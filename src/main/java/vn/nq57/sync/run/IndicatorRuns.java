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
import vn.nq57.sync.mappingstore.IndicatorMappings;
import vn.nq57.sync.mappingstore.IndicatorMappings.ActiveIndicatorMapping;
import vn.nq57.sync.source.ConfiguredSource;
import vn.nq57.sync.source.DroppedFile;
import vn.nq57.sync.source.SourceInstances;
import vn.nq57.sync.source.SourcePulls;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SpreadsheetDrops;
import vn.nq57.sync.submission.ReportKind;
import vn.nq57.sync.support.VietnamTime;

/**
 * Runs of the indicator report ({@code POST /api/v1/indicator-reports}), beside the task runs of
 * {@link SyncRunService}: an indicator sheet dropped into its inbox is stored and its values queued
 * for the current period at once; a scheduled or manual run pulls the REST and SQL indicator
 * sources from their watermarks, then maps the stored values of every indicator source and queues
 * the period's report. Runs are recorded with kind INDICATOR_REPORT.
 */
@Service
public class IndicatorRuns {

  private static final Logger log = LoggerFactory.getLogger(IndicatorRuns.class);

  private final RunRepository runs;
  private final SourceInstances sources;
  private final IndicatorMappings mappings;
  private final SpreadsheetDrops drops;
  private final IndicatorFileIntake files;
  private final SourcePulls pulls;
  private final SourceRecordRepository records;
  private final IndicatorQueue queue;
  private final IndicatorRunProperties properties;
  private final RunMetrics metrics;
  private final RunVersions versions;
  private final Clock clock;

  IndicatorRuns(
      RunRepository runs,
      SourceInstances sources,
      IndicatorMappings mappings,
      SpreadsheetDrops drops,
      IndicatorFileIntake files,
      SourcePulls pulls,
      SourceRecordRepository records,
      IndicatorQueue queue,
      IndicatorRunProperties properties,
      RunMetrics metrics,
      RunVersions versions,
      Clock clock) {
    this.runs = runs;
    this.sources = sources;
    this.mappings = mappings;
    this.drops = drops;
    this.files = files;
    this.pulls = pulls;
    this.records = records;
    this.queue = queue;
    this.properties = properties;
    this.metrics = metrics;
    this.versions = versions;
    this.clock = clock;
  }

  /** Reads an indicator sheet dropped into its inbox once; empty when the content was read. */
  public Optional<Long> fileDrop(String sourceId, Path file) {
    ConfiguredSource source = sources.find(sourceId).orElseThrow();
    ReportingPeriod period =
        ReportingPeriod.containing(properties.dropPeriod(), VietnamTime.today(clock));
    String name = file.getFileName().toString();
    DroppedFile dropped = inspect(source, file, period);
    if (drops.alreadyRead(sourceId, dropped.fingerprint())) {
      drops.recordDuplicate(sourceId, file, dropped.fingerprint());
      log.info("{} has the content of a file already read; not read again", name);
      return Optional.empty();
    }
    long runId = start(TriggerKind.FILE_DROP, period, name);
    MDC.put("runId", Long.toString(runId));
    try {
      ActiveIndicatorMapping mapping = mappings.active(source.mapping());
      versions.record(runId, List.of(mapping.used()));
      PullCounts pulled = files.read(runId, source, dropped, mapping.mapping());
      runs.recordSource(runId, source, SourceOutcome.PULLED, pulled, null, now());
      RunCounts counts =
          queue.run(runId, Map.of(sourceId, mapping), runId, period).withPull(pulled);
      runs.finish(runId, counts, now());
      drops.recordRead(sourceId, file, dropped.fingerprint(), runId, pulled.pulled());
      metrics.finished(TriggerKind.FILE_DROP, counts, false);
      log.info(
          "Run {} read indicator sheet {} for {} {}: {}",
          runId,
          name,
          period.type(),
          period.id(),
          counts);
      return Optional.of(runId);
    } catch (RuntimeException e) {
      runs.fail(runId, RunCounts.NONE, e.getMessage(), now());
      metrics.failed(TriggerKind.FILE_DROP);
      drops.recordFailed(sourceId, file, dropped.fingerprint(), runId, e.getMessage());
      log.error("Run {} could not read indicator sheet {}: {}", runId, name, e.getMessage());
      throw e;
    } finally {
      MDC.remove("runId");
    }
  }

  /** The indicator report of the period of this type containing today. */
  public long periodic(PeriodType type, TriggerKind trigger) {
    return periodic(ReportingPeriod.containing(type, VietnamTime.today(clock)), trigger);
  }

  /**
   * Pulls the REST and SQL indicator sources, maps the stored values of every indicator source and
   * queues the period's indicator report. A source that cannot be read is recorded FAILED on the
   * run while the others go on; its stored values are reported as they were.
   */
  public long periodic(ReportingPeriod period, TriggerKind trigger) {
    long runId = start(trigger, period, "indicator sources");
    MDC.put("runId", Long.toString(runId));
    try {
      PullCounts pulled = PullCounts.NONE;
      List<String> failures = new ArrayList<>();
      Map<String, ActiveIndicatorMapping> toMap = new LinkedHashMap<>();
      for (ConfiguredSource source : sources.indicators()) {
        ActiveIndicatorMapping mapping = mappings.active(source.mapping());
        versions.record(runId, List.of(mapping.used()));
        pulled = pulled.plus(pullOne(runId, source, mapping, failures));
        toMap.put(source.id(), mapping);
      }
      RunCounts counts = queue.run(runId, toMap, null, period).withPull(pulled);
      runs.finish(runId, counts, failures.isEmpty() ? null : String.join("; ", failures), now());
      metrics.finished(trigger, counts, !failures.isEmpty());
      log.info(
          "Run {} (indicators {} {}, {}): {}", runId, period.type(), period.id(), trigger, counts);
      return runId;
    } catch (RuntimeException e) {
      runs.fail(runId, RunCounts.NONE, e.getMessage(), now());
      metrics.failed(trigger);
      log.error("Run {} (indicators) failed: {}", runId, e.getMessage(), e);
      throw e;
    } finally {
      MDC.remove("runId");
    }
  }

  private PullCounts pullOne(
      long runId, ConfiguredSource source, ActiveIndicatorMapping mapping, List<String> failures) {
    if (!source.pulledByRuns()) {
      runs.recordSource(runId, source, SourceOutcome.STORED, PullCounts.NONE, null, now());
      return PullCounts.NONE;
    }
    try {
      IndicatorIntake intake =
          new IndicatorIntake(runId, mapping.mapping(), false, records, runs, now());
      pulls.pull(runId, source, intake);
      intake.flush();
      runs.recordSource(runId, source, SourceOutcome.PULLED, intake.counts(), null, now());
      return intake.counts();
    } catch (RuntimeException e) {
      failures.add("source " + source.id() + " could not be read: " + e.getMessage());
      runs.recordSource(runId, source, SourceOutcome.FAILED, PullCounts.NONE, e, now());
      log.error(
          "Run {}: indicator source {} could not be read; its stored values are kept: {}",
          runId,
          source.id(),
          e.getMessage());
      return PullCounts.NONE;
    }
  }

  /** Looks at a dropped file; a refused one gets a FAILED run and record with its reason. */
  private DroppedFile inspect(ConfiguredSource source, Path file, ReportingPeriod period) {
    try {
      return drops.inspect(source, file);
    } catch (RuntimeException e) {
      long runId = start(TriggerKind.FILE_DROP, period, file.getFileName().toString());
      runs.fail(runId, RunCounts.NONE, e.getMessage(), now());
      metrics.failed(TriggerKind.FILE_DROP);
      drops.recordFailed(source.id(), file, null, runId, e.getMessage());
      log.warn("Run {} refused {}: {}", runId, file.getFileName(), e.getMessage());
      throw e;
    }
  }

  private long start(TriggerKind trigger, ReportingPeriod period, String label) {
    return runs.start(ReportKind.INDICATOR_REPORT, trigger, period, label, now());
  }

  private OffsetDateTime now() {
    return VietnamTime.now(clock);
  }
}
