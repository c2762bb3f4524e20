package vn.nq57.sync.submission;

import vn.nq57.sync.national.IndicatorReport;

/**
 * A mapped indicator value on its way to the outbox. Its revisions grow per indicator code, across
 * periods, so the national side never sees a lower revision of an indicator than before.
 *
 * @param sourceRecordId the source record it was mapped from
 * @param report the mapped value, without revision
 * @param mappingVersionId the indicator mapping version that produced it, or null when the mapping
 *     was read from its file
 */
public record OutboundIndicator(long sourceRecordId, IndicatorReport report, Long mappingVersionId)
    implements Outbound {

  /** The prefix of an indicator's key in the outbox, which task keys never carry. */
  public static final String KEY_PREFIX = "IND:";

  @Override
  public String localRef() {
    return KEY_PREFIX + report.indicatorCode();
  }

  @Override
  public String taskCode() {
    return null;
  }

  @Override
  public String indicatorCode() {
    return report.indicatorCode();
  }
}
