package vn.nq57.sync.mapping;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese offices type them: a decimal comma ({@code 78,52}) and dots between
 * thousands ({@code 1.234,5}); a dot followed by other than three digits is read as a decimal point
 * ({@code 78.52}), as English-language exports write it.
 */
final class VietnameseNumbers {

  /** A number in one of the accepted forms, for use inside larger patterns. */
  static final String NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?";

  private static final Pattern THOUSANDS = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+)(?:,(\\d+))?");
  private static final Pattern DECIMAL = Pattern.compile("(\\d+)(?:[.,](\\d+))?");

  private VietnameseNumbers() {}

  /** The value of a bare number, or empty when the text is not one. */
  static Optional<BigDecimal> parse(String text) {
    Matcher m = THOUSANDS.matcher(text);
    if (!m.matches()) {
      m = DECIMAL.matcher(text);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    String whole = m.group(1).replace(".", "");
    return Optional.of(new BigDecimal(m.group(2) == null ? whole : whole + "." + m.group(2)));
  }
}
