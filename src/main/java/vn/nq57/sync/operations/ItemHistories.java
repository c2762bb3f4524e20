package vn.nq57.sync.operations;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.submission.ItemHistory;
import vn.nq57.sync.submission.SubmissionSearch;

/** One report item's whole story: the source record, the report as sent, attempts, judgement. */
@Component
public class ItemHistories {

  private final SubmissionSearch search;
  private final SourceRecordRepository records;

  ItemHistories(SubmissionSearch search, SourceRecordRepository records) {
    this.search = search;
    this.records = records;
  }

  /** The item's history with the source record it was mapped from, if the item exists. */
  public Optional<ItemDetail> of(long itemId) {
    return search
        .item(itemId)
        .map(
            history ->
                new ItemDetail(
                    records
                        .find(history.item().sourceRecordId())
                        .map(
                            r ->
                                new SourceRecord(
                                    r.row().sourceId(),
                                    r.recordKey(),
                                    r.row().location(),
                                    r.changedAt(),
                                    r.row().fields()))
                        .orElse(null),
                    history));
  }

  /**
   * An item and where it came from.
   *
   * @param sourceRecord the stored source record as it is now (null when it is gone)
   * @param history the item, the report as sent, every attempt and the task's revisions
   */
  public record ItemDetail(SourceRecord sourceRecord, ItemHistory history) {}

  /**
   * A stored source record.
   *
   * @param sourceId its source
   * @param recordKey its key
   * @param location file and row, or record id
   * @param changedAt when its content last changed
   * @param fields the source's fields and their values
   */
  public record SourceRecord(
      String sourceId,
      String recordKey,
      String location,
      OffsetDateTime changedAt,
      Map<String, String> fields) {}
}
