package vn.nq57.sync.run;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.source.ConfiguredSource;
import vn.nq57.sync.source.SourcePulls;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SourceRow;
import vn.nq57.sync.support.Sha256;
import vn.nq57.sync.support.VietnamTime;

/**
 * Pulls a REST or SQL source's records from its watermark into the source store for a run (a
 * dropped file is {@link FileIntake}'s). Each record is keyed by its mapping and stored with a
 * content hash; a record without a key (or, in a file, with the key of an earlier row) is parked.
 */
@Component
class RecordPulls {

  private final SourcePulls pulls;
  private final SourceRecordRepository records;
  private final RunRepository runs;
  private final Clock clock;

  RecordPulls(SourcePulls pulls, SourceRecordRepository records, RunRepository runs, Clock clock) {
    this.pulls = pulls;
    this.records = records;
    this.runs = runs;
    this.clock = clock;
  }

  /** Throws when the source cannot be read; what was stored before stays as it was. */
  PullCounts incremental(long runId, ConfiguredSource source, TaskMapping mapping) {
    RecordIntake intake =
        new RecordIntake(runId, mapping, false, records, runs, VietnamTime.now(clock), rows -> {});
    pulls.pull(runId, source, intake);
    intake.finish();
    return intake.counts();
  }

  /**
   * Hashes only the fields the mapping reads, by the mapping's names (an XLSX and its CSV export
   * hash alike whatever header spelling each uses), so a re-numbered row is not a change.
   */
  static String contentHash(SourceRow row, TaskMapping mapping) {
    StringBuilder content = new StringBuilder();
    mapping
        .sourceValues(row)
        .forEach(
            (field, value) ->
                content.append(field).append('\u001f').append(value).append('\u001e'));
    return Sha256.hex(content.toString());
  }
}
