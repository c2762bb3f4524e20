package vn.nq57.sync.scheduling;

import java.time.OffsetDateTime;
import java.util.List;
import vn.nq57.sync.run.PeriodType;

/**
 * A schedule with its current and recent periods, newest first; only periods due after the schedule
 * was first registered are listed, and none for a disabled schedule.
 */
public record ScheduleView(
    String schedule,
    boolean enabled,
    PeriodType periodType,
    String cron,
    String due,
    OffsetDateTime registeredAt,
    List<PeriodView> periods) {}
