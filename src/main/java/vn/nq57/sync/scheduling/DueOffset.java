package vn.nq57.sync.scheduling;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.boot.convert.DurationStyle;
import vn.nq57.sync.support.VietnamTime;

/**
 * When a period's report must be acknowledged, counted from the period's first day 00:00 in Vietnam
 * time: a calendar part (months and days, so "P2M9D" is the 10th of a quarter's last month whatever
 * the month lengths) plus a time part. Written as a duration ({@code 16h}, {@code P4DT17H}) or an
 * ISO-8601 period with an optional time ({@code P9D}, {@code P10M9D}).
 */
record DueOffset(Period calendar, Duration time) {

  DueOffset {
    if (calendar.isNegative() || time.isNegative()) {
      throw new IllegalArgumentException("a due offset cannot be negative");
    }
  }

  /** Parses "16h", "P4DT17H", "P2M9D"...; Spring binds configuration values through this. */
  public static DueOffset valueOf(String text) {
    String value = text.strip().toUpperCase(Locale.ROOT);
    try {
      if (!value.startsWith("P")) {
        return new DueOffset(Period.ZERO, DurationStyle.detectAndParse(text.strip()));
      }
      int t = value.indexOf('T');
      String datePart = t < 0 ? value : value.substring(0, t);
      Period calendar = datePart.equals("P") ? Period.ZERO : Period.parse(datePart);
      Duration time = t < 0 ? Duration.ZERO : Duration.parse("P" + value.substring(t));
      return new DueOffset(calendar.normalized(), time);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a due offset; write e.g. 16h, P4DT17H or P2M9D", e);
    }
  }

  /** The due time of a period that starts on the given day. */
  OffsetDateTime dueAt(LocalDate firstDay) {
    return firstDay.plus(calendar).atStartOfDay(VietnamTime.ZONE).plus(time).toOffsetDateTime();
  }

  @Override
  public String toString() {
    if (time.isZero()) {
      return calendar.toString();
    }
    return (calendar.isZero() ? "P" : calendar.toString()) + time.toString().substring(1);
  }
}
