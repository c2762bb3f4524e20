package vn.nq57.sync.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Derives a row identity that survives re-ordering and re-export of a spreadsheet: a hash of the
 * normalised key values, so typing differences in case or spacing do not create a new task.
 */
final class KeyRule {

  private final String prefix;
  private final List<String> fields;

  KeyRule(String prefix, List<String> fields) {
    this.prefix = prefix;
    this.fields = List.copyOf(fields);
  }

  List<String> fields() {
    return fields;
  }

  KeyResult keyOf(RowFields row) {
    List<String> values = new ArrayList<>();
    for (String field : fields) {
      String value = VietnameseText.normalise(row.find(field).orElse(null));
      if (value.isEmpty()) {
        return new KeyResult.Missing(
            "Key field '%s' is blank or absent, so the row has no identity; fill it in the source (a header or spacer row can be ignored)."
                .formatted(field));
      }
      values.add(value);
    }
    return new KeyResult.Key(prefix + ":" + hash(String.join("\u001f", values)));
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }
}
