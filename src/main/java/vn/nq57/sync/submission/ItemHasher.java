package vn.nq57.sync.submission;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.national.IndicatorReport;
import vn.nq57.sync.national.TaskReport;
import vn.nq57.sync.support.Sha256;

/** The content hash of a report, revision and change time left out: equal hash, same content. */
final class ItemHasher {

  private final ObjectMapper json;

  ItemHasher(ObjectMapper json) {
    this.json = json;
  }

  Hashed hash(TaskReport report) {
    return hashOf(report.withRevision(0, null));
  }

  /**
   * An indicator value is the value of one period: the same figure reported for the next period is
   * new content, so its hash covers the period too.
   */
  Hashed hash(IndicatorReport report, String periodType, String periodId) {
    return hashOf(new PeriodValue(periodType, periodId, report));
  }

  private Hashed hashOf(Object content) {
    try {
      byte[] bytes = json.writeValueAsBytes(content);
      return new Hashed(Sha256.hex(bytes), bytes.length);
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot hash a report item", e);
    }
  }

  /** A report's content hash and the size of its JSON, which bounds the request body. */
  record Hashed(String hash, int size) {}

  private record PeriodValue(String periodType, String periodId, IndicatorReport value) {}
}
