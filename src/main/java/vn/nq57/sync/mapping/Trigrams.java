package vn.nq57.sync.mapping;

import java.util.HashMap;
import java.util.Map;

/** The character-trigram profile of a title, compared by cosine similarity. */
final class Trigrams {

  private final Map<String, Integer> counts;
  private final double norm;

  private Trigrams(Map<String, Integer> counts) {
    this.counts = counts;
    this.norm = Math.sqrt(counts.values().stream().mapToDouble(c -> (double) c * c).sum());
  }

  /** Trigrams of the normalised text with punctuation read as spaces, padded at word ends. */
  static Trigrams of(String title) {
    String text = " " + VietnameseText.normalise(title.replaceAll("[\\p{P}\\p{S}]", " ")) + " ";
    Map<String, Integer> counts = new HashMap<>();
    int[] points = text.codePoints().toArray();
    for (int i = 0; i + 3 <= points.length; i++) {
      counts.merge(new String(points, i, 3), 1, Integer::sum);
    }
    return new Trigrams(counts);
  }

  double cosine(Trigrams other) {
    if (norm == 0 || other.norm == 0) {
      return 0;
    }
    double dot = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      dot += e.getValue() * other.counts.getOrDefault(e.getKey(), 0);
    }
    return dot / (norm * other.norm);
  }
}
