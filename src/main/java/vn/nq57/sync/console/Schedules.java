package vn.nq57.sync.console;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.quartz.CronExpression;
import vn.nq57.sync.scheduling.PeriodState;
import vn.nq57.sync.scheduling.PeriodView;
import vn.nq57.sync.scheduling.ScheduleView;
import vn.nq57.sync.support.VietnamTime;

/**
 * The schedules as the dashboard shows them: per schedule the latest period with a run and the next
 * fire of its cron (Vietnam time); and the periods at risk: OVERDUE ones, and OPEN ones due within
 * {@link #AT_RISK_WITHIN} that are not acknowledged yet.
 */
record Schedules(List<Row> rows, List<AtRisk> atRisk) {

  static final Duration AT_RISK_WITHIN = Duration.ofHours(3);

  static Schedules of(List<ScheduleView> views, OffsetDateTime now) {
    List<Row> rows = new ArrayList<>();
    List<AtRisk> risks = new ArrayList<>();
    for (ScheduleView view : views) {
      PeriodView last =
          view.periods().stream().filter(p -> !p.runIds().isEmpty()).findFirst().orElse(null);
      rows.add(
          new Row(
              view.schedule(),
              view.enabled(),
              view.cron(),
              last,
              last == null ? null : last.runIds().get(last.runIds().size() - 1),
              view.enabled() ? nextFire(view.cron(), now) : null));
      view.periods().stream()
          .filter(p -> atRisk(p, now))
          .forEach(p -> risks.add(new AtRisk(view.schedule(), p)));
    }
    return new Schedules(rows, risks);
  }

  private static boolean atRisk(PeriodView period, OffsetDateTime now) {
    return period.state() == PeriodState.OVERDUE
        || (period.state() == PeriodState.OPEN
            && period.dueAt().isBefore(now.plus(AT_RISK_WITHIN)));
  }

  /** The next time the cron fires after now, or null when it never will. */
  static OffsetDateTime nextFire(String cron, OffsetDateTime now) {
    try {
      CronExpression expression = new CronExpression(cron);
      expression.setTimeZone(TimeZone.getTimeZone(VietnamTime.ZONE));
      Date next = expression.getNextValidTimeAfter(Date.from(now.toInstant()));
      return next == null ? null : next.toInstant().atZone(VietnamTime.ZONE).toOffsetDateTime();
    } catch (java.text.ParseException e) {
      return null;
    }
  }

  /**
   * One schedule: its latest period with a run (null if none), that period's latest run, and when
   * it fires next (null when disabled).
   */
  record Row(
      String schedule,
      boolean enabled,
      String cron,
      PeriodView lastPeriod,
      Long lastRunId,
      OffsetDateTime nextRun) {}

  /** A period that is overdue or due soon without its acknowledgement. */
  record AtRisk(String schedule, PeriodView period) {}
}
