package vn.nq57.sync.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How a column header or field name of a source is matched: spreadsheets export the same header in
 * NFC or NFD, with any capitalisation, stray spaces and a byte-order mark on the first one.
 */
public final class Headers {

  // \s alone misses U+00A0 and other Unicode spaces that Excel exports keep.
  private static final Pattern ANY_SPACE = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B\\u200C\\u200D]");

  /**
   * Every row of a source repeats the same few headers, normalised for each row by keying, hashing
   * and mapping: remembered, up to a bound that a source with ever new field names cannot pass.
   */
  private static final int REMEMBERED = 10_000;

  private static final Map<String, String> NORMALISED = new ConcurrentHashMap<>();

  private Headers() {}

  /**
   * Drops byte-order marks and zero-width characters, then NFC, lower case (Locale.ROOT), every run
   * of whitespace to one space, trimmed; null → "".
   */
  public static String normalise(String raw) {
    if (raw == null) {
      return "";
    }
    String known = NORMALISED.get(raw);
    if (known != null) {
      return known;
    }
    String normalised = normaliseNow(raw);
    if (NORMALISED.size() < REMEMBERED) {
      NORMALISED.put(raw, normalised);
    }
    return normalised;
  }

  private static String normaliseNow(String raw) {
    String visible = INVISIBLE.matcher(raw).replaceAll("");
    String nfc = Normalizer.normalize(visible, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return ANY_SPACE.matcher(nfc).replaceAll(" ").trim();
  }
}
