package vn.nq57.sync.run;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.mapping.VietnameseText;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SourceRow;
import vn.nq57.sync.source.SpreadsheetDrops;
import vn.nq57.sync.support.Sha256;
import vn.nq57.sync.support.VietnamTime;

/**
 * Pulls a dropped spreadsheet (CSV or XLSX) into the source store: each row is keyed by its mapping
 * and stored with a content hash; a row without a key, or with the key of an earlier row, is
 * parked.
 */
@Component
class FilePull {

  private final SpreadsheetDrops drops;
  private final SourceRecordRepository records;
  private final RunRepository runs;
  private final Clock clock;

  FilePull(
      SpreadsheetDrops drops, SourceRecordRepository records, RunRepository runs, Clock clock) {
    this.drops = drops;
    this.records = records;
    this.runs = runs;
    this.clock = clock;
  }

  /** Returns [rows pulled, rows parked]. */
  int[] pull(long runId, String sourceId, Path file, TaskMapping mapping) {
    RecordIntake intake =
        new RecordIntake(runId, mapping, true, records, runs, VietnamTime.now(clock));
    drops.read(file, sourceId, mapping.keyFields(), mapping.sourceFields(), intake::accept);
    return new int[] {intake.pulled(), intake.parked()};
  }

  /** Hashes only the fields the mapping reads, so a re-numbered row is not a change. */
  static String contentHash(SourceRow row, TaskMapping mapping) {
    Map<String, String> byHeader = new HashMap<>();
    row.fields()
        .forEach((name, value) -> byHeader.put(VietnameseText.normaliseHeader(name), value));
    StringBuilder content = new StringBuilder();
    for (String field : mapping.sourceFields()) {
      content.append(field).append('\u001f');
      content
          .append(byHeader.getOrDefault(VietnameseText.normaliseHeader(field), ""))
          .append('\u001e');
    }
    return Sha256.hex(content.toString());
  }
}
