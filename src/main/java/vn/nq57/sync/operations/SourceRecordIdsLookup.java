package vn.nq57.sync.operations;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.submission.SourceRecordIds;

/** Tells the outbox's filters which stored records belong to a source. */
@Component
class SourceRecordIdsLookup implements SourceRecordIds {

  private final SourceRecordRepository records;

  SourceRecordIdsLookup(SourceRecordRepository records) {
    this.records = records;
  }

  @Override
  public List<Long> of(String sourceId) {
    return records.idsOf(sourceId);
  }
}
