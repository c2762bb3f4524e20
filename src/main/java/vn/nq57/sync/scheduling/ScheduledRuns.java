package vn.nq57.sync.scheduling;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.nq57.sync.run.IndicatorRuns;
import vn.nq57.sync.run.ReportingPeriod;
import vn.nq57.sync.run.SyncRunService;
import vn.nq57.sync.run.TriggerKind;
import vn.nq57.sync.submission.ReportKind;
import vn.nq57.sync.support.VietnamTime;

/**
 * The runs the schedule routes start, one per schedule and period: a fire first claims its period
 * in the database, and a period already claimed (by another instance, or by a catch-up) is skipped.
 * A manual run (POST /api/runs) does not come here and is never limited.
 */
@Component("scheduledRuns")
public class ScheduledRuns {

  private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

  private final SyncRunService runs;
  private final IndicatorRuns indicators;
  private final ScheduleRepository schedules;
  private final Clock clock;

  ScheduledRuns(
      SyncRunService runs, IndicatorRuns indicators, ScheduleRepository schedules, Clock clock) {
    this.runs = runs;
    this.indicators = indicators;
    this.schedules = schedules;
    this.clock = clock;
  }

  /** The DAY report of changed tasks; empty when today was run already. */
  public Optional<Long> daily() {
    return fire(Cadence.DAILY);
  }

  /** The WEEK full update of the current ISO week; empty when it was run already. */
  public Optional<Long> weekly() {
    return fire(Cadence.WEEKLY);
  }

  /** The MONTH report; empty when this month was run already. */
  public Optional<Long> monthly() {
    return fire(Cadence.MONTHLY);
  }

  /** The QUARTER report; empty when this quarter was run already. */
  public Optional<Long> quarterly() {
    return fire(Cadence.QUARTERLY);
  }

  /** The YEAR report; empty when this year was run already. */
  public Optional<Long> yearly() {
    return fire(Cadence.YEARLY);
  }

  /** The MONTH indicator report; empty when this month was run already. */
  public Optional<Long> indicatorsMonthly() {
    return fire(Cadence.INDICATORS_MONTHLY);
  }

  /** The QUARTER indicator report; empty when this quarter was run already. */
  public Optional<Long> indicatorsQuarterly() {
    return fire(Cadence.INDICATORS_QUARTERLY);
  }

  Optional<Long> fire(Cadence cadence) {
    ReportingPeriod period =
        ReportingPeriod.containing(cadence.periodType(), VietnamTime.today(clock));
    return run(cadence, period, TriggerKind.SCHEDULE);
  }

  /** Claims the period for the schedule and runs it, unless it was claimed before. */
  Optional<Long> run(Cadence cadence, ReportingPeriod period, TriggerKind trigger) {
    if (!schedules.claim(cadence, period, trigger, VietnamTime.now(clock))) {
      log.info(
          "{} {} {} was already run by its schedule; not run again",
          cadence.key(),
          period.type(),
          period.id());
      return Optional.empty();
    }
    long runId =
        cadence.report() == ReportKind.INDICATOR_REPORT
            ? indicators.periodic(period, trigger)
            : runs.periodic(period, trigger);
    schedules.recordRun(cadence, period.id(), runId);
    return Optional.of(runId);
  }
}
