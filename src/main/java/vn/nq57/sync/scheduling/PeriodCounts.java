package vn.nq57.sync.scheduling;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the runs of one period did: their ids, how many of them finished their work (QUEUED or
 * COMPLETED), and their items by state. {@code lastActivity} is the latest acknowledgement or run
 * end: when the period's report became complete, if it is.
 */
record PeriodCounts(
    List<Long> runIds,
    int finishedRuns,
    int queued,
    int accepted,
    int rejected,
    int failed,
    int pending,
    OffsetDateTime lastActivity) {

  static final PeriodCounts NONE = new PeriodCounts(List.of(), 0, 0, 0, 0, 0, 0, null);

  /** A run finished its work and every item it queued is ACCEPTED or REJECTED. */
  boolean acknowledged() {
    return finishedRuns > 0 && pending == 0 && failed == 0;
  }
}
