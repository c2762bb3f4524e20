package vn.nq57.sync.source;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Compares watermark values as the source writes them: date-times as instants, numbers as numbers,
 * anything else as text. A watermark is stored as the source's own text and sent back as is.
 */
final class Watermarks {

  private Watermarks() {}

  /** The later of two watermarks; a blank one loses. */
  static String later(String current, String candidate) {
    if (candidate == null || candidate.isBlank()) {
      return current;
    }
    if (current == null || current.isBlank()) {
      return candidate;
    }
    return compare(candidate, current) > 0 ? candidate : current;
  }

  static int compare(String a, String b) {
    Instant ia = instant(a);
    Instant ib = instant(b);
    if (ia != null && ib != null) {
      return ia.compareTo(ib);
    }
    BigDecimal na = number(a);
    BigDecimal nb = number(b);
    if (na != null && nb != null) {
      return na.compareTo(nb);
    }
    return a.compareTo(b);
  }

  /** The JDBC value a stored watermark is bound as: a date-time, a number or the text. */
  static Object jdbcValue(String watermark) {
    Instant instant = instant(watermark);
    if (instant != null) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    BigDecimal number = number(watermark);
    return number != null ? number : watermark;
  }

  static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
