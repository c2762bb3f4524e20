package vn.nq57.sync.scheduling;

import java.util.Locale;
import vn.nq57.sync.run.PeriodType;
import vn.nq57.sync.submission.ReportKind;

/**
 * The schedules, each reporting one type of period of one report: the five of task reports and the
 * two of indicator reports. The key names its configuration (nq57.schedules.&lt;key&gt;).
 */
enum Cadence {
  DAILY(PeriodType.DAY, ReportKind.TASK_REPORT),
  WEEKLY(PeriodType.WEEK, ReportKind.TASK_REPORT),
  MONTHLY(PeriodType.MONTH, ReportKind.TASK_REPORT),
  QUARTERLY(PeriodType.QUARTER, ReportKind.TASK_REPORT),
  YEARLY(PeriodType.YEAR, ReportKind.TASK_REPORT),
  INDICATORS_MONTHLY(PeriodType.MONTH, ReportKind.INDICATOR_REPORT),
  INDICATORS_QUARTERLY(PeriodType.QUARTER, ReportKind.INDICATOR_REPORT);

  private final PeriodType periodType;
  private final ReportKind report;

  Cadence(PeriodType periodType, ReportKind report) {
    this.periodType = periodType;
    this.report = report;
  }

  PeriodType periodType() {
    return periodType;
  }

  /** Which report the schedule makes. */
  ReportKind report() {
    return report;
  }

  /** daily, weekly, …, indicators-monthly: the key under nq57.schedules and the metric tag. */
  String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
