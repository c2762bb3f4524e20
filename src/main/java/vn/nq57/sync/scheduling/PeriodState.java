package vn.nq57.sync.scheduling;

import java.time.OffsetDateTime;

/**
 * Where a period's report stands against its due time: acknowledged before it (ON_TIME) or after it
 * (LATE); not acknowledged and the due time has passed (OVERDUE) or not yet (OPEN).
 */
public enum PeriodState {
  ON_TIME,
  LATE,
  OVERDUE,
  OPEN;

  static PeriodState of(PeriodCounts counts, OffsetDateTime dueAt, OffsetDateTime now) {
    if (counts.acknowledged()) {
      return counts.lastActivity().isAfter(dueAt) ? LATE : ON_TIME;
    }
    return now.isBefore(dueAt) ? OPEN : OVERDUE;
  }
}
