package vn.nq57.sync.scheduling;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.nq57.sync.support.VietnamTime;

/**
 * Looks for reports not acknowledged by their due time (routes/scheduling-due-check): each overdue
 * period is logged as a WARN once (the database remembers, across instances and restarts), and the
 * gauge {@code nq57.reports.overdue{schedule}} counts the overdue periods among the recent ones.
 */
@Component("dueCheck")
public class DueCheck {

  private static final Logger log = LoggerFactory.getLogger(DueCheck.class);

  private final ReportPeriods periods;
  private final ScheduleRepository schedules;
  private final Clock clock;
  private final Map<Cadence, AtomicInteger> overdue = new EnumMap<>(Cadence.class);
  private volatile List<OverduePeriod> lastOverdue = List.of();

  DueCheck(ReportPeriods periods, ScheduleRepository schedules, MeterRegistry meters, Clock clock) {
    this.periods = periods;
    this.schedules = schedules;
    this.clock = clock;
    for (Cadence cadence : Cadence.values()) {
      AtomicInteger count = new AtomicInteger();
      overdue.put(cadence, count);
      Gauge.builder("nq57.reports.overdue", count, AtomicInteger::get)
          .description("Recent reporting periods whose report was not acknowledged by its due time")
          .tag("schedule", cadence.key())
          .register(meters);
    }
  }

  /** Checks every schedule; answers how many periods are overdue in all. */
  public int check() {
    List<OverduePeriod> found = new ArrayList<>();
    OffsetDateTime now = VietnamTime.now(clock);
    for (Cadence cadence : Cadence.values()) {
      int count = 0;
      for (PeriodView period : periods.view(cadence, now).periods()) {
        if (period.state() == PeriodState.OVERDUE) {
          count++;
          found.add(new OverduePeriod(cadence.key(), period.periodId(), period.dueAt()));
          warnOnce(cadence, period);
        }
      }
      overdue.get(cadence).set(count);
    }
    lastOverdue = List.copyOf(found);
    return found.size();
  }

  /** The overdue periods the last check found. */
  public List<OverduePeriod> overdue() {
    return lastOverdue;
  }

  /** A period of a schedule whose report was not acknowledged by its due time. */
  public record OverduePeriod(String schedule, String periodId, OffsetDateTime dueAt) {}

  private void warnOnce(Cadence cadence, PeriodView period) {
    OffsetDateTime now = VietnamTime.now(clock);
    if (schedules.recordOverdue(cadence, period.periodId(), period.dueAt(), now)) {
      log.warn(
          "The {} report for {} was due at {} and is not acknowledged: runs {}, {} items pending,"
              + " {} failed (GET /api/periods)",
          cadence.key(),
          period.periodId(),
          period.dueAt(),
          period.runIds(),
          period.pending(),
          period.failed());
    }
  }
}
