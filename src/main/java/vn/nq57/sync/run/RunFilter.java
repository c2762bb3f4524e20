package vn.nq57.sync.run;

import java.time.LocalDate;

/**
 * Which runs to list; a null member does not filter.
 *
 * @param state RUNNING, QUEUED, COMPLETED or FAILED
 * @param periodType the reporting period's type
 * @param periodId e.g. {@code 2025-W47}
 * @param source a source the run read (its id)
 * @param from started on or after this day (Vietnam time)
 * @param to started on or before this day (Vietnam time)
 */
public record RunFilter(
    RunState state,
    PeriodType periodType,
    String periodId,
    String source,
    LocalDate from,
    LocalDate to) {

  /** Every run. */
  public static final RunFilter ALL = new RunFilter(null, null, null, null, null, null);
}
