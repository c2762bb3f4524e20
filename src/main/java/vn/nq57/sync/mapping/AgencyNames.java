package vn.nq57.sync.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The matching key of an agency name: normalised text with the old and new placement of tone marks
 * made equal ("Tỉnh uỷ" = "Tỉnh ủy"), "UBND" spelt out, '&' read as "và" and punctuation ignored.
 */
final class AgencyNames {

  private static final Map<String, String> OLD_TONE_PLACEMENT =
      Map.ofEntries(
          Map.entry("oà", "òa"),
          Map.entry("oá", "óa"),
          Map.entry("oả", "ỏa"),
          Map.entry("oã", "õa"),
          Map.entry("oạ", "ọa"),
          Map.entry("oè", "òe"),
          Map.entry("oé", "óe"),
          Map.entry("oẻ", "ỏe"),
          Map.entry("oẽ", "õe"),
          Map.entry("oẹ", "ọe"),
          Map.entry("uỳ", "ùy"),
          Map.entry("uý", "úy"),
          Map.entry("uỷ", "ủy"),
          Map.entry("uỹ", "ũy"),
          Map.entry("uỵ", "ụy"));
  private static final Map<String, String> ABBREVIATIONS =
      Map.of("ubnd", "ủy ban nhân dân", "hđnd", "hội đồng nhân dân", "&", "và");
  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}&&[^&]]+");
  private static final Pattern SEPARATORS = Pattern.compile("[;\\n]");

  private AgencyNames() {}

  static String key(String name) {
    String text = VietnameseText.normalise(name);
    for (Map.Entry<String, String> e : OLD_TONE_PLACEMENT.entrySet()) {
      text = text.replace(e.getKey(), e.getValue());
    }
    text = PUNCTUATION.matcher(text.replace("&", " & ")).replaceAll(" ");
    return String.join(
        " ",
        Arrays.stream(text.trim().split(" +")).map(w -> ABBREVIATIONS.getOrDefault(w, w)).toList());
  }

  /** The parts of a list cell separated by ';' or line breaks, blanks dropped. */
  static List<String> parts(String cell) {
    return Arrays.stream(SEPARATORS.split(VietnameseText.cleanParagraphs(cell)))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }
}
