package vn.nq57.sync.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.KeyResult;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.mapping.VietnameseText;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SourceRow;
import vn.nq57.sync.source.SpreadsheetDrops;
import vn.nq57.sync.support.VietnamTime;

/**
 * Pulls a dropped spreadsheet into the source store: each row is keyed by its mapping and stored
 * with a content hash; a row without a key, or with the key of an earlier row, is parked.
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
  int[] pull(long runId, Path file, TaskMapping mapping) {
    OffsetDateTime now = VietnamTime.now(clock);
    Map<String, String> firstSeenAt = new HashMap<>();
    int[] parked = {0};
    int pulled =
        drops.read(
            file,
            mapping.keyFields(),
            row -> {
              if (!store(runId, row, mapping, firstSeenAt, now)) {
                parked[0]++;
              }
            });
    return new int[] {pulled, parked[0]};
  }

  private boolean store(
      long runId,
      SourceRow row,
      TaskMapping mapping,
      Map<String, String> firstSeenAt,
      OffsetDateTime now) {
    KeyResult key = mapping.keyOf(row);
    if (key instanceof KeyResult.Missing missing) {
      park(runId, row, null, "KEY_MISSING", missing.reason(), now);
      return false;
    }
    String localRef = ((KeyResult.Key) key).localRef();
    String earlier = firstSeenAt.putIfAbsent(localRef, row.location());
    if (earlier != null) {
      park(
          runId,
          row,
          localRef,
          "DUPLICATE_KEY",
          "The same task appears twice in one file (first at "
              + earlier
              + "); remove or merge the duplicate row",
          now);
      return false;
    }
    records.upsert(row, localRef, contentHash(row, mapping), runId, now);
    return true;
  }

  private void park(
      long runId, SourceRow row, String key, String code, String reason, OffsetDateTime now) {
    runs.park(runId, new ParkedRecord(row.sourceId(), key, row.location(), code, reason), now);
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
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
