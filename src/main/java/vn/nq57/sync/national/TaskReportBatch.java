package vn.nq57.sync.national;

import java.time.OffsetDateTime;
import java.util.List;

/** The body of POST /api/v1/task-reports: at most 100 items for one unit and period. */
public record TaskReportBatch(
    String reportingUnitCode, Period period, OffsetDateTime generatedAt, List<TaskReport> items) {

  /** The largest number of items the contract takes in one request. */
  public static final int MAX_ITEMS = 100;

  /** A reporting period: DAY 2025-11-21, WEEK 2025-W47, MONTH 2025-11, QUARTER 2025-Q4, YEAR. */
  public record Period(String type, String id) {}
}
