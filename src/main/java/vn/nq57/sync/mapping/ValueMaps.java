package vn.nq57.sync.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

/** Value maps whose keys match source wording case-, spacing- and Unicode-form-insensitively. */
final class ValueMaps {

  private ValueMaps() {}

  /** The map keyed by normalised wording; two spellings of one wording refuse the definition. */
  static Map<String, String> normalised(YamlDocument doc, String pointer, Map<String, String> map) {
    Map<String, String> byValue = new LinkedHashMap<>();
    Map<String, String> firstSpelling = new LinkedHashMap<>();
    map.forEach(
        (wording, target) -> {
          String key = VietnameseText.normalise(wording);
          String earlier = firstSpelling.putIfAbsent(key, wording);
          if (earlier != null) {
            throw doc.error(
                pointer + YamlDocument.segment(wording),
                "'%s' and '%s' are the same wording once case, spacing and Unicode form are ignored; keep one."
                    .formatted(earlier, wording));
          }
          byValue.put(key, target);
        });
    return byValue;
  }
}
