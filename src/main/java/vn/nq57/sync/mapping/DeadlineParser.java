package vn.nq57.sync.mapping;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deadline cell in every form the provincial plans and reports use (see
 * docs/mapping-language.md) and refuses anything else, so that no task is sent with a guessed due
 * date.
 */
public final class DeadlineParser {

  /** The contract's limit on {@code dueText}. */
  public static final int MAX_DUE_TEXT = 200;

  private static final String DATE = VietnameseDates.DATE;
  private static final String QUARTER = "(iv|i{1,3}|[1-4])";
  private static final String MONTH_YEAR = "(\\d{1,2})\\s*(?:/|năm)\\s*(\\d{4})";

  // Forms are matched against the normalised (lower-case, NFC, single-spaced) text, in order.
  private static final List<Form> FORMS =
      List.of(
          new Form(
              "^" + DATE + "$", (m, text) -> date(m, 1).map(d -> new Deadline(d, null, false))),
          new Form("^" + DATE + " ?\\(.*\\)$", (m, text) -> date(m, 1).map(d -> exact(d, text))),
          new Form("^trước(?: ngày)? " + DATE + "$", (m, text) -> beforeDay(m, text)),
          new Form("^(?:tháng )?(\\d{1,2}) ?/ ?(\\d{4})$", DeadlineParser::month),
          new Form("^tháng ?" + MONTH_YEAR + "$", DeadlineParser::month),
          new Form("^quý ?" + QUARTER + " ?(?:/|năm) ?(\\d{4})$", DeadlineParser::quarter),
          new Form("^(?:năm )?(\\d{4})$", DeadlineParser::year),
          new Form(
              "^(?:thực hiện )?(?:thường xuyên|h[ằà]ng (?:năm|quý|tháng|tuần|ngày))(?: .*)?$",
              (m, text) -> Optional.of(new Deadline(null, text, true))),
          new Form(
              "^(?:sau khi|theo lộ trình|theo tiến độ|khi có)(?: .*)?$",
              (m, text) -> Optional.of(new Deadline(null, text, false))));

  private DeadlineParser() {}

  /**
   * The deadline a cell of the source field states.
   *
   * @throws UnmappableValueException with code {@code DEADLINE_UNRECOGNISED} or {@code
   *     FIELD_TOO_LONG}, naming the field
   */
  static Deadline parse(String raw, String field) {
    String text = VietnameseText.clean(raw);
    if (text.isEmpty()) {
      return Deadline.NONE;
    }
    String normal = VietnameseText.normalise(text);
    for (Form form : FORMS) {
      Matcher m = form.pattern().matcher(normal);
      if (m.matches()) {
        return checked(form.reader().apply(m, text), text, field);
      }
    }
    throw unrecognised(text, field);
  }

  private static Deadline checked(Optional<Deadline> read, String text, String field) {
    Deadline deadline = read.orElseThrow(() -> unrecognised(text, field));
    if (deadline.dueText() != null && VietnameseText.length(text) > MAX_DUE_TEXT) {
      throw new UnmappableValueException(
          "FIELD_TOO_LONG",
          "Field '%s' is %d characters long, over the national limit of %d for dueText; shorten it in the source."
              .formatted(field, VietnameseText.length(text), MAX_DUE_TEXT));
    }
    return deadline;
  }

  private static UnmappableValueException unrecognised(String text, String field) {
    return new UnmappableValueException(
        "DEADLINE_UNRECOGNISED",
        ("Field '%s' has the value %s, which is not a recognised deadline; write it as a date"
                + " (31/12/2025), a month (Tháng 12/2025), a quarter (Quý IV/2025), a year (2025),"
                + " 'Trước ngày 20/12/2025', a recurring ('Thường xuyên', 'Hằng năm') or a"
                + " conditional ('Sau khi …') wording, and correct it in the source.")
            .formatted(field, VietnameseText.quote(text)));
  }

  private static Deadline exact(LocalDate date, String text) {
    return new Deadline(date, text, false);
  }

  private static Optional<LocalDate> date(Matcher m, int firstGroup) {
    return VietnameseDates.of(
        m.group(firstGroup), m.group(firstGroup + 2), m.group(firstGroup + 3));
  }

  // "Trước ngày 20/12" means strictly before, so the last allowed day is the 19th.
  private static Optional<Deadline> beforeDay(Matcher m, String text) {
    return date(m, 1).map(d -> exact(d.minusDays(1), text));
  }

  private static Optional<Deadline> month(Matcher m, String text) {
    int month = Integer.parseInt(m.group(1));
    int year = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12 || !VietnameseDates.plausibleYear(year)) {
      return Optional.empty();
    }
    return Optional.of(exact(YearMonth.of(year, month).atEndOfMonth(), text));
  }

  private static Optional<Deadline> quarter(Matcher m, String text) {
    int quarter = List.of("i", "ii", "iii", "iv").indexOf(m.group(1)) + 1;
    quarter = quarter > 0 ? quarter : Integer.parseInt(m.group(1));
    int year = Integer.parseInt(m.group(2));
    if (!VietnameseDates.plausibleYear(year)) {
      return Optional.empty();
    }
    return Optional.of(exact(YearMonth.of(year, quarter * 3).atEndOfMonth(), text));
  }

  private static Optional<Deadline> year(Matcher m, String text) {
    int year = Integer.parseInt(m.group(1));
    return VietnameseDates.plausibleYear(year)
        ? Optional.of(exact(LocalDate.of(year, 12, 31), text))
        : Optional.empty();
  }

  private record Form(Pattern pattern, BiFunction<Matcher, String, Optional<Deadline>> reader) {
    Form(String regex, BiFunction<Matcher, String, Optional<Deadline>> reader) {
      this(Pattern.compile(regex), reader);
    }
  }
}
