package vn.nq57.sync.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figure of an indicator from Vietnamese text: a bare number or percentage ("78,52", "đạt
 * 78,52%", "1.234,5"), a fraction ("19/61", read only as the mapping's {@code fraction} says), or
 * prose that holds exactly one percentage (or else exactly one "đạt N"). Anything else is parked.
 */
final class IndicatorValues {

  private static final int RATIO_SCALE = 4;
  private static final String NUMBER = "(" + VietnameseNumbers.NUMBER + ")";
  private static final Pattern WHOLE = Pattern.compile("(?:đạt )?" + NUMBER + " ?(%)?");
  private static final Pattern FRACTION = Pattern.compile("(?:đạt )?(\\d+) ?/ ?(\\d+)");
  private static final Pattern PERCENT_IN_PROSE = Pattern.compile(NUMBER + " ?%");
  private static final Pattern REACHED_IN_PROSE = Pattern.compile("đạt " + NUMBER + "(?! ?/)");

  /** A figure and whether it is a percentage. */
  record Figure(BigDecimal value, boolean percent) {}

  private final String field;
  private final String fraction;

  /**
   * {@code fraction} is "percent" (19/61 is 31.15 %), "ratio" (0.3115), "numerator" (19) or null (a
   * fraction is then parked, never guessed).
   */
  IndicatorValues(String field, String fraction) {
    this.field = field;
    this.fraction = fraction;
  }

  Figure read(String raw) {
    String text = VietnameseText.normalise(raw);
    if (text.isEmpty()) {
      throw new UnmappableValueException(
          "INDICATOR_VALUE_MISSING",
          "Field '%s' is blank; enter the figure in the source.".formatted(field));
    }
    Matcher m = WHOLE.matcher(text);
    if (m.matches()) {
      return new Figure(VietnameseNumbers.parse(m.group(1)).orElseThrow(), m.group(2) != null);
    }
    m = FRACTION.matcher(text);
    if (m.matches()) {
      return fraction(raw, new BigDecimal(m.group(1)), new BigDecimal(m.group(2)));
    }
    List<MatchResult> percents = PERCENT_IN_PROSE.matcher(text).results().toList();
    if (percents.size() == 1) {
      return new Figure(VietnameseNumbers.parse(percents.get(0).group(1)).orElseThrow(), true);
    }
    List<MatchResult> reached = REACHED_IN_PROSE.matcher(text).results().toList();
    if (percents.isEmpty() && reached.size() == 1) {
      return new Figure(VietnameseNumbers.parse(reached.get(0).group(1)).orElseThrow(), false);
    }
    if (percents.size() > 1 || reached.size() > 1) {
      throw problem(
          "INDICATOR_VALUE_AMBIGUOUS",
          raw,
          "holds several figures; put one figure per row (e.g. 'đạt 78,52%') in the source");
    }
    throw problem(
        "INDICATOR_VALUE_UNRECOGNISED",
        raw,
        "holds no figure; write a number such as '78,52', '78,52%' or 'đạt 1.234,5'");
  }

  private Figure fraction(String raw, BigDecimal part, BigDecimal whole) {
    if (fraction == null) {
      throw problem(
          "INDICATOR_VALUE_AMBIGUOUS",
          raw,
          "is a fraction; say in the mapping whether it is reported as a percentage (value.fraction: percent), as a ratio (value.fraction: ratio) or as a count (value.fraction: numerator)");
    }
    if (fraction.equals("numerator")) {
      return new Figure(part, false);
    }
    if (whole.signum() == 0) {
      throw problem("INDICATOR_VALUE_UNRECOGNISED", raw, "divides by zero; correct the source");
    }
    if (fraction.equals("ratio")) {
      return new Figure(part.divide(whole, RATIO_SCALE, RoundingMode.HALF_UP), false);
    }
    BigDecimal percent =
        part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    return new Figure(percent, true);
  }

  private UnmappableValueException problem(String code, String raw, String what) {
    return new UnmappableValueException(
        code,
        "Field '%s' has the value %s, which %s."
            .formatted(field, VietnameseText.quote(VietnameseText.clean(raw)), what));
  }
}
