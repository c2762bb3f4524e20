package vn.nq57.sync.run;

import java.time.OffsetDateTime;

/**
 * A run of a reporting period as schedules see it.
 *
 * @param finished the run did its work (QUEUED or COMPLETED)
 * @param finishedAt when the run ended, null while it runs
 */
public record PeriodRun(long id, String periodId, boolean finished, OffsetDateTime finishedAt) {}
