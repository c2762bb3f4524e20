package vn.nq57.sync.national;

import java.util.List;

/** The body of POST /api/v1/indicator-reports: at most 100 values for one unit and period. */
public record IndicatorReportBatch(
    String reportingUnitCode, TaskReportBatch.Period period, List<IndicatorReport> items) {}
