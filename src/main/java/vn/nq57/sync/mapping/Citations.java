package vn.nq57.sync.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.nq57.sync.national.TaskReport.Evidence;

/**
 * Finds the documents a free text cites, such as "Kế hoạch số 125/KH-UBND ngày 02/6/2025" or "Quyết
 * định số 1827-QĐ/TU ngày 11/02/2025", as evidence items of the national contract.
 */
final class Citations {

  /** The contract's limits on evidence. */
  static final int MAX_ITEMS = 50;

  static final int MAX_DOCUMENT_NO = 64;
  static final int MAX_TITLE = 500;

  private static final String TYPE =
      "(?:kế hoạch|quyết định|công văn|thông báo|kết luận|nghị quyết|nghị định|chỉ thị|báo cáo"
          + "|tờ trình|thông tư|hướng dẫn|quy định|chương trình|đề án|văn bản)"
          + "(?: (?:hành động|kết luận|liên tịch|chỉ đạo))?";
  // A number, then a first separator (spaces allowed around '-': "06 - TB/CQTTBCĐ"), then parts.
  private static final String NUMBER = "(\\d+(?: ?- ?|/)[\\p{L}\\d&]+(?:[-/][\\p{L}\\d&]+)*)";
  private static final String DATE =
      "(?:,? ngày (?:(\\d{1,2}) ?([/.-]) ?(\\d{1,2}) ?\\3 ?(\\d{4})"
          + "|(\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4})))?";
  private static final Pattern CITATION =
      Pattern.compile(
          TYPE + "(?: số)? " + NUMBER + DATE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Citations() {}

  /**
   * The documents cited in the text, in order of first mention, one per document number (a mention
   * with a date wins over one without), at most {@link #MAX_ITEMS}.
   */
  static List<Evidence> in(String text) {
    Matcher m = CITATION.matcher(VietnameseText.clean(text));
    Map<String, Evidence> byNumber = new LinkedHashMap<>();
    while (m.find()) {
      String number = m.group(1).replace(" ", "");
      if (!number.matches(".*\\p{L}.*") || VietnameseText.length(number) > MAX_DOCUMENT_NO) {
        continue;
      }
      Evidence found = new Evidence(number, issuedOn(m), title(m.group()), null);
      byNumber.merge(
          number.toUpperCase(Locale.ROOT), found, (was, now) -> was.issuedOn() == null ? now : was);
    }
    List<Evidence> all = new ArrayList<>(byNumber.values());
    return List.copyOf(all.subList(0, Math.min(all.size(), MAX_ITEMS)));
  }

  private static LocalDate issuedOn(Matcher m) {
    if (m.group(2) != null) {
      return VietnameseDates.of(m.group(2), m.group(4), m.group(5)).orElse(null);
    }
    if (m.group(6) != null) {
      return VietnameseDates.of(m.group(6), m.group(7), m.group(8)).orElse(null);
    }
    return null;
  }

  private static String title(String citation) {
    return citation.length() > MAX_TITLE ? citation.substring(0, MAX_TITLE) : citation;
  }
}
