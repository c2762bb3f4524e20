package vn.nq57.sync.submission;

import java.time.OffsetDateTime;

/**
 * What became of the items one run queued: how many were queued, sent, accepted, rejected, failed
 * or are still pending; how many of its submissions are still open (PENDING or SENT); when one of
 * its submissions last changed and when one of its items was last acknowledged.
 */
public record DeliveryTally(
    int queued,
    int sent,
    int accepted,
    int rejected,
    int failed,
    int pending,
    int openSubmissions,
    OffsetDateTime lastUpdatedAt,
    OffsetDateTime lastAcknowledgedAt) {

  /** A run that queued nothing. */
  public static final DeliveryTally NONE = new DeliveryTally(0, 0, 0, 0, 0, 0, 0, null, null);
}
