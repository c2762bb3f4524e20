package vn.nq57.sync.scheduling;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One reporting period as the operator sees it: when its report is due, the runs that reported it,
 * what became of their items, and whether the report was acknowledged in time.
 */
public record PeriodView(
    String periodId,
    LocalDate firstDay,
    LocalDate lastDay,
    OffsetDateTime dueAt,
    List<Long> runIds,
    int queued,
    int accepted,
    int rejected,
    int failed,
    int pending,
    OffsetDateTime acknowledgedAt,
    PeriodState state) {}
