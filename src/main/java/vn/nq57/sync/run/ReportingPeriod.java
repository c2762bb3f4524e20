package vn.nq57.sync.run;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A reporting period as the contract writes it ({@code 2025-11-21}, {@code 2025-W47}, {@code
 * 2025-11}, {@code 2025-Q4}, {@code 2025}), with its first and last day in Vietnam time.
 */
public record ReportingPeriod(PeriodType type, String id, LocalDate firstDay, LocalDate lastDay) {

  /** The period of the given type that contains the given Vietnam date. */
  public static ReportingPeriod containing(PeriodType type, LocalDate day) {
    return switch (type) {
      case DAY -> new ReportingPeriod(type, day.toString(), day, day);
      case WEEK -> week(day);
      case MONTH ->
          new ReportingPeriod(
              type,
              String.format("%d-%02d", day.getYear(), day.getMonthValue()),
              day.withDayOfMonth(1),
              day.with(TemporalAdjusters.lastDayOfMonth()));
      case QUARTER -> quarter(day);
      case YEAR ->
          new ReportingPeriod(
              type,
              String.valueOf(day.getYear()),
              day.withDayOfYear(1),
              day.with(TemporalAdjusters.lastDayOfYear()));
    };
  }

  public boolean contains(LocalDate day) {
    return day != null && !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }

  private static ReportingPeriod week(LocalDate day) {
    int weekYear = day.get(IsoFields.WEEK_BASED_YEAR);
    int week = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new ReportingPeriod(
        PeriodType.WEEK, String.format("%d-W%02d", weekYear, week), monday, monday.plusDays(6));
  }

  private static ReportingPeriod quarter(LocalDate day) {
    int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
    LocalDate first = LocalDate.of(day.getYear(), (quarter - 1) * 3 + 1, 1);
    return new ReportingPeriod(
        PeriodType.QUARTER,
        day.getYear() + "-Q" + quarter,
        first,
        first.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth()));
  }
}
