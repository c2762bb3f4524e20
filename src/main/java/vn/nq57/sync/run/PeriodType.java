package vn.nq57.sync.run;

/** The reporting periods of the national contract. */
public enum PeriodType {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR
}
