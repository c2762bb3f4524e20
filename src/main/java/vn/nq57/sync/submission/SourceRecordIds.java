package vn.nq57.sync.submission;

import java.util.List;

/**
 * The stored source records of a source, for filtering submissions and items by source: the outbox
 * knows only record ids; the source module knows which source each came from. Implemented outside
 * this module (operations), which may call both.
 */
public interface SourceRecordIds {

  /** The ids of the stored records of this source (empty for an unknown source). */
  List<Long> of(String sourceId);
}
