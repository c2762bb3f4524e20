package vn.nq57.sync.scheduling;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.nq57.sync.run.ReportingPeriod;
import vn.nq57.sync.support.VietnamTime;

/**
 * The current and recent periods of every schedule with their due times and states. A period whose
 * due time is not after the schedule's first registration is left out: the adapter was not there to
 * report it.
 */
@Service
public class ReportPeriods {

  private final ScheduleProperties properties;
  private final ScheduleRepository schedules;
  private final PeriodStatus status;
  private final Clock clock;

  ReportPeriods(
      ScheduleProperties properties,
      ScheduleRepository schedules,
      PeriodStatus status,
      Clock clock) {
    this.properties = properties;
    this.schedules = schedules;
    this.status = status;
    this.clock = clock;
  }

  /** Every schedule with its current and recent periods. */
  public List<ScheduleView> overview() {
    OffsetDateTime now = VietnamTime.now(clock);
    return Arrays.stream(Cadence.values()).map(c -> view(c, now)).toList();
  }

  ScheduleView view(Cadence cadence, OffsetDateTime now) {
    ScheduleProperties.Schedule schedule = properties.of(cadence);
    OffsetDateTime registeredAt = schedules.registeredAt(cadence).orElse(null);
    List<PeriodView> periods =
        schedule.enabled() && registeredAt != null
            ? periods(cadence, schedule.due(), registeredAt, now)
            : List.of();
    return new ScheduleView(
        cadence.key(),
        schedule.enabled(),
        cadence.periodType(),
        schedule.cron(),
        schedule.due().toString(),
        registeredAt,
        periods);
  }

  private List<PeriodView> periods(
      Cadence cadence, DueOffset due, OffsetDateTime registeredAt, OffsetDateTime now) {
    List<ReportingPeriod> recent =
        SchedulePeriods.recent(cadence, now.toLocalDate(), properties.recentPeriods()).stream()
            .filter(p -> due.dueAt(p.firstDay()).isAfter(registeredAt))
            .toList();
    Map<String, PeriodCounts> counts =
        status.counts(
            cadence.report(),
            cadence.periodType(),
            recent.stream().map(ReportingPeriod::id).toList());
    return recent.stream()
        .map(
            p ->
                view(
                    p,
                    due.dueAt(p.firstDay()),
                    counts.getOrDefault(p.id(), PeriodCounts.NONE),
                    now))
        .toList();
  }

  private static PeriodView view(
      ReportingPeriod period, OffsetDateTime dueAt, PeriodCounts counts, OffsetDateTime now) {
    return new PeriodView(
        period.id(),
        period.firstDay(),
        period.lastDay(),
        dueAt,
        counts.runIds(),
        counts.queued(),
        counts.accepted(),
        counts.rejected(),
        counts.failed(),
        counts.pending(),
        counts.acknowledged() ? counts.lastActivity() : null,
        PeriodState.of(counts, dueAt, now));
  }
}
