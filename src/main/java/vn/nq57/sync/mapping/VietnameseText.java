package vn.nq57.sync.mapping;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text normalisation for Vietnamese source data, which arrives in NFC or NFD, with any
 * capitalisation and with stray spaces (including non-breaking ones) from spreadsheets.
 */
public final class VietnameseText {

  // \s alone misses U+00A0 and other Unicode spaces that Excel exports keep.
  private static final Pattern ANY_SPACE = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\h\\x0B\\f]+");
  private static final Pattern SPACE_AROUND_BREAK = Pattern.compile(" ?\n ?");

  private VietnameseText() {}

  /** NFC, lower case (Locale.ROOT), every run of whitespace to one space, trimmed; null → "". */
  public static String normalise(String raw) {
    if (raw == null) {
      return "";
    }
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return ANY_SPACE.matcher(nfc).replaceAll(" ").trim();
  }

  /** NFC, whitespace runs to one space, trimmed, case kept: the form a value is reported in. */
  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    return ANY_SPACE.matcher(nfc).replaceAll(" ").trim();
  }

  /**
   * NFC, runs of spaces and tabs to one space, line breaks kept (as \n), trimmed: the form of
   * free-text fields, whose paragraphs matter to the reader.
   */
  public static String cleanParagraphs(String raw) {
    if (raw == null) {
      return "";
    }
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n");
    String spaced = HORIZONTAL_SPACE.matcher(nfc.replace('\r', '\n')).replaceAll(" ");
    return SPACE_AROUND_BREAK.matcher(spaced).replaceAll("\n").trim();
  }

  /** Length as the contract's JSON Schema counts it: in code points, not UTF-16 units. */
  static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /** A value quoted for a reason sentence, shortened so a long cell does not drown the reason. */
  static String quote(String value) {
    String shown = value.length() > 120 ? value.substring(0, 117) + "…" : value;
    return "'" + shown + "'";
  }
}
