package vn.nq57.sync.mapping;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exact calendar dates as Vietnamese offices type them: day first, {@code /}, {@code -} or {@code
 * .} as separator (one kind per date), optional spaces around separators, four-digit year.
 */
public final class VietnameseDates {

  /** Day, separator, month, the same separator again, year: "22/6-2025" is refused. */
  static final String DATE = "(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})";

  private static final Pattern EXACT = Pattern.compile(DATE);
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2099;

  private VietnameseDates() {}

  /**
   * The date the whole text denotes, or empty when it is blank, not in one of the accepted forms,
   * not a real calendar day (31/2/2025) or outside the years 2000–2099 (typing slips).
   */
  public static Optional<LocalDate> parse(String raw) {
    Matcher m = EXACT.matcher(VietnameseText.normalise(raw));
    return m.matches() ? of(m.group(1), m.group(3), m.group(4)) : Optional.empty();
  }

  /** A calendar date from the digits of day, month and year, or empty when no such day exists. */
  static Optional<LocalDate> of(String day, String month, String year) {
    int y = Integer.parseInt(year);
    if (y < FIRST_YEAR || y > LAST_YEAR) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Whether a four-digit year lies in the accepted range. */
  static boolean plausibleYear(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }
}
