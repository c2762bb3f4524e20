package vn.nq57.sync.scheduling;

import java.util.Locale;
import vn.nq57.sync.run.PeriodType;

/** The five schedules, each reporting one type of period; the key names its configuration. */
enum Cadence {
  DAILY(PeriodType.DAY),
  WEEKLY(PeriodType.WEEK),
  MONTHLY(PeriodType.MONTH),
  QUARTERLY(PeriodType.QUARTER),
  YEARLY(PeriodType.YEAR);

  private final PeriodType periodType;

  Cadence(PeriodType periodType) {
    this.periodType = periodType;
  }

  PeriodType periodType() {
    return periodType;
  }

  /** daily, weekly...: the key under nq57.schedules and the metric tag. */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
