package vn.nq57.sync.scheduling;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The schedules, in Asia/Ho_Chi_Minh: per schedule whether it runs, its Quartz cron and when its
 * period's report is due. The defaults (daily and weekly task reports and the monthly and quarterly
 * indicator reports on, the others off) are in application.yaml; docs/schedules.md explains every
 * key.
 *
 * @param daily the daily schedule (period DAY): the report of tasks changed since last queued
 * @param weekly the weekly schedule (period WEEK, ISO week): the full update
 * @param monthly the monthly schedule (period MONTH): the full update
 * @param quarterly the quarterly schedule (period QUARTER): the full update
 * @param yearly the yearly schedule (period YEAR): the full update
 * @param indicatorsMonthly the monthly indicator report (period MONTH): every indicator value
 * @param indicatorsQuarterly the quarterly indicator report (period QUARTER): every indicator value
 * @param recentPeriods how many periods before the current one the due check and GET /api/periods
 *     look at
 * @param dueCheckInterval how often overdue reports are looked for
 */
@Validated
@ConfigurationProperties("nq57.schedules")
record ScheduleProperties(
    @Valid @NotNull Schedule daily,
    @Valid @NotNull Schedule weekly,
    @Valid @NotNull Schedule monthly,
    @Valid @NotNull Schedule quarterly,
    @Valid @NotNull Schedule yearly,
    @Valid @NotNull Schedule indicatorsMonthly,
    @Valid @NotNull Schedule indicatorsQuarterly,
    @DefaultValue("4") @Min(0) @Max(60) int recentPeriods,
    @DefaultValue("1m") @NotNull Duration dueCheckInterval) {

  /** The settings of one schedule. */
  Schedule of(Cadence cadence) {
    return switch (cadence) {
      case DAILY -> daily;
      case WEEKLY -> weekly;
      case MONTHLY -> monthly;
      case QUARTERLY -> quarterly;
      case YEARLY -> yearly;
      case INDICATORS_MONTHLY -> indicatorsMonthly;
      case INDICATORS_QUARTERLY -> indicatorsQuarterly;
    };
  }

  /**
   * One schedule.
   *
   * @param enabled whether its Quartz trigger runs and its periods are watched
   * @param cron Quartz cron expression in Vietnam time; a fire reports the period containing it
   * @param due when the period's report must be acknowledged, from the period's first day 00:00
   */
  record Schedule(
      @DefaultValue("false") boolean enabled,
      @NotBlank @QuartzCron String cron,
      @NotNull DueOffset due) {}
}
