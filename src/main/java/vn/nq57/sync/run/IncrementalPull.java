package vn.nq57.sync.run;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.source.ConfiguredSource;
import vn.nq57.sync.source.SourcePulls;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SourceWatermarkRepository;
import vn.nq57.sync.support.VietnamTime;

/**
 * Pulls a REST or SQL source from its stored watermark into the source store, and moves the
 * watermark on only once every record read is stored. A source that cannot be read throws, and its
 * stored records stay as they were.
 */
@Component
class IncrementalPull {

  private final SourcePulls pulls;
  private final SourceWatermarkRepository watermarks;
  private final SourceRecordRepository records;
  private final RunRepository runs;
  private final Clock clock;

  IncrementalPull(
      SourcePulls pulls,
      SourceWatermarkRepository watermarks,
      SourceRecordRepository records,
      RunRepository runs,
      Clock clock) {
    this.pulls = pulls;
    this.watermarks = watermarks;
    this.records = records;
    this.runs = runs;
    this.clock = clock;
  }

  /** Returns [records pulled, records parked]. */
  int[] pull(long runId, ConfiguredSource source, TaskMapping mapping) {
    String watermark = watermarks.find(source.id()).orElse(null);
    RecordIntake intake =
        new RecordIntake(runId, mapping, false, records, runs, VietnamTime.now(clock));
    String next = pulls.pull(source, watermark, intake);
    if (next != null && !next.equals(watermark)) {
      watermarks.save(source.id(), next, runId, VietnamTime.now(clock));
    }
    return new int[] {intake.pulled(), intake.parked()};
  }
}
