package vn.nq57.sync.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The progress of a task in whole percent (0–100) from a number or percentage text such as {@code
 * 80}, {@code 80%} or {@code đạt 78,52%} (rounded half up to 79); anything else is parked.
 */
final class ProgressRule {

  private static final Pattern PERCENT =
      Pattern.compile("(?:đạt|khoảng|được)? ?(" + VietnameseNumbers.NUMBER + ") ?%?");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Selector source;

  /** {@code source} is null when the mapping does not report progress. */
  ProgressRule(Selector source) {
    this.source = source;
  }

  /** The percentage, or null when the cell is blank or the part is left out. */
  Integer percent(RowFields row) {
    if (source == null || !source.applies(row)) {
      return null;
    }
    String text = VietnameseText.clean(source.read(row));
    if (text.isEmpty()) {
      return null;
    }
    BigDecimal value = number(text).orElseThrow(() -> invalid(text, "is not a percentage"));
    if (value.compareTo(HUNDRED) > 0) {
      throw invalid(text, "is over 100%");
    }
    return value.setScale(0, RoundingMode.HALF_UP).intValueExact();
  }

  private static Optional<BigDecimal> number(String text) {
    Matcher m = PERCENT.matcher(VietnameseText.normalise(text));
    return m.matches() ? VietnameseNumbers.parse(m.group(1)) : Optional.empty();
  }

  private UnmappableValueException invalid(String text, String problem) {
    return new UnmappableValueException(
        "PROGRESS_UNRECOGNISED",
        "Field '%s' has the value %s, which %s; write the progress as a number from 0 to 100 (e.g. 80 or 78,5%%) in the source."
            .formatted(source.label(), VietnameseText.quote(text), problem));
  }
}
